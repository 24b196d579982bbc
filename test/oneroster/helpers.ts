import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { TestApp } from "../helpers/app.ts";
import { enroll } from "../helpers/enrollments.ts";
import {
  createCatalogEntry,
  createCourse,
  createInstructor,
  createStudent,
  createTerm,
} from "../helpers/factories.ts";

export const BASE = "/ims/oneroster/rostering/v1p2";

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string }[];
  responses: Record<
    string,
    { content?: Record<string, { schema: { $ref: string } }>; headers?: Record<string, unknown> }
  >;
  security: { OAuth2CC: string[] }[];
}

export interface OfficialDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

export const officialDocument = JSON.parse(
  readFileSync(
    new URL(
      "../../../shared/specs/oneroster/onerosterv1p2rostersservice_openapi3_v1p0.json",
      import.meta.url,
    ),
    "utf8",
  ),
) as OfficialDocument;

/** Ajv over the document's own component schemas, so that $refs resolve exactly as the document wrote them. */
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: "oneroster", components: officialDocument.components });

export const validatorFor = (ref: string): ValidateFunction =>
  ajv.getSchema(`oneroster${ref}`) ?? ajv.compile({ $ref: `oneroster${ref}` });

export const getOperations = () =>
  Object.entries(officialDocument.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => method === "get")
      .map(([, operation]) => ({ path, operation })),
  );

export interface SeededRoster {
  /** A real sourcedId for every path parameter name of the document. */
  params: Record<string, string>;
  /** A real sourcedId per top-level collection, for its single-record endpoint (none: Registrar has none). */
  records: Record<string, string | undefined>;
}

/**
 * A small roster with every kind of record: a term, a catalog entry and a section of it in the term, a section
 * with neither, a student enrolled in both, a student who dropped, and an instructor teaching the first.
 */
export async function seedRoster(t: TestApp): Promise<SeededRoster> {
  const term = await createTerm(t, { sourced_id: undefined });
  const entry = await createCatalogEntry(t);
  const section = await createCourse(t, { term_id: term.id, catalog_id: entry.id, capacity: 10 });
  const loose = await createCourse(t);
  const instructor = await createInstructor(t);
  const patched = await t.patch(`/api/v1/courses/${section.id}`, { instructor_ids: [instructor.id] });
  if (patched.statusCode !== 200) throw new Error(patched.body);
  const student = await createStudent(t);
  const dropper = await createStudent(t);
  await enroll(t, student.id, section.id);
  await enroll(t, student.id, loose.id);
  await enroll(t, dropper.id, section.id);
  const dropped = await t.delete(`/api/v1/students/${dropper.id}/courses/${section.id}`);
  if (dropped.statusCode !== 204) throw new Error(dropped.body);
  const classId = `registrar-course-${section.id}`;
  return {
    records: {
      academicSessions: `registrar-term-${term.id}`,
      classes: classId,
      courses: `registrar-catalog-${entry.id}`,
      enrollments: `enr-${student.id}-${section.id}`,
      orgs: "registrar-school",
      schools: "registrar-school",
      students: `registrar-student-${student.id}`,
      teachers: `registrar-instructor-${instructor.id}`,
      terms: `registrar-term-${term.id}`,
      users: `registrar-student-${student.id}`,
      gradingPeriods: undefined,
      demographics: undefined,
    },
    params: {
      classSourcedId: classId,
      courseSourcedId: `registrar-catalog-${entry.id}`,
      schoolSourcedId: "registrar-school",
      studentSourcedId: `registrar-student-${student.id}`,
      teacherSourcedId: `registrar-instructor-${instructor.id}`,
      termSourcedId: `registrar-term-${term.id}`,
      userSourcedId: `registrar-student-${student.id}`,
    },
  };
}

export const SCOPE = "https://purl.imsglobal.org/spec/or/v1p2/scope/";
export const everyScope = ["roster.readonly", "roster-core.readonly", "roster-demographics.readonly"].map(
  (scope) => SCOPE + scope,
);

/** Creates an OAuth client through the admin API and trades its credentials for a token. */
export async function oauthToken(t: TestApp, scopes: string[] = everyScope): Promise<string> {
  const created = await t.post("/api/v1/oauth-clients", { name: `lms-${Math.random()}`, scopes });
  if (created.statusCode !== 201) throw new Error(created.body);
  const { client_id, client_secret } = created.json<{ client_id: string; client_secret: string }>();
  const issued = await t.app.inject({
    method: "POST",
    url: "/ims/oneroster/oauth2/token",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ grant_type: "client_credentials", client_id, client_secret }).toString(),
  });
  if (issued.statusCode !== 200) throw new Error(issued.body);
  return issued.json<{ access_token: string }>().access_token;
}

/** GETs on the provider as an OAuth client holding `scopes`. */
export async function rosterClient(t: TestApp, scopes?: string[]) {
  const token = await oauthToken(t, scopes);
  return (url: string) => t.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });
}

import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/auth.service.ts";
import { bearer, testApp, type TestApp } from "../helpers/app.ts";
import {
  createCatalogEntry,
  createCourse,
  createInstructor,
  createStudent,
  createTerm,
} from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

interface Route {
  method: InjectOptions["method"] & string;
  path: string;
}

/** Every documented route of the app (OpenAPI): a route added later is in here too, and closed to students. */
async function routesOf(t: TestApp): Promise<Route[]> {
  await t.app.ready();
  const paths = (t.app.swagger().paths ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ["get", "head", "post", "put", "patch", "delete"].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
}

/** Outside /api, signing in and out and the session probes: every caller may, a student too. */
const isOpen = ({ method, path }: Route) =>
  !path.startsWith("/api/") ||
  path === "/api/v1/session" ||
  (path === "/api/v1/session/state" && method === "GET");

/**
 * What the contract gives a student: reading the terms, the catalog, courses and instructors ("open"), and
 * these about itself only ("self"). Everything else in the document is 403.
 */
const studentMay: Record<string, "open" | "self"> = {
  "GET /api/v1/terms": "open",
  "GET /api/v1/terms/{term_id}": "open",
  "GET /api/v1/catalog": "open",
  "GET /api/v1/catalog/{catalog_id}": "open",
  "GET /api/v1/courses": "open",
  "GET /api/v1/courses/{course_id}": "open",
  "GET /api/v1/courses/seats": "open",
  "GET /api/v1/instructors": "open",
  "GET /api/v1/instructors/{instructor_id}": "open",
  "GET /api/v1/students/{student_id}": "self",
  "GET /api/v1/students/{student_id}/courses": "self",
  "POST /api/v1/students/{student_id}/courses": "self",
  "DELETE /api/v1/students/{student_id}/courses/{course_id}": "self",
  "GET /api/v1/students/{student_id}/courses/{course_id}/history": "self",
  "GET /api/v1/students/{student_id}/holds": "self",
  "POST /api/v1/students/{student_id}/registration": "self",
  "POST /api/v1/enroll": "self",
};

interface School {
  t: TestApp;
  own: number;
  other: number;
  course: number;
  secondCourse: number;
  thirdCourse: number;
  ids: Record<string, number | string>;
  student: Record<string, string>;
}

/** Two students (one with a token), a term, a catalog entry, an instructor and courses, with enrollments. */
async function school(): Promise<School> {
  const t = await testApp();
  const own = (await createStudent(t)).id;
  const other = (await createStudent(t)).id;
  const term = (await createTerm(t)).id;
  const catalog = (await createCatalogEntry(t)).id;
  const instructor = (await createInstructor(t)).id;
  const course = (await createCourse(t, { term_id: term, catalog_id: catalog, instructor_ids: [instructor] }))
    .id;
  const secondCourse = (await createCourse(t, { capacity: 5 })).id;
  const thirdCourse = (await createCourse(t)).id;
  for (const student_id of [own, other]) {
    expect((await t.post("/api/v1/enroll", { student_id, course_id: course })).statusCode).toBe(201);
  }
  const hold = await t.post(`/api/v1/students/${other}/holds`, { reason: "Library fine" });
  const token = (await createToken(t.db, { name: "ada", role: "student", student_id: own })).token;
  return {
    t,
    own,
    other,
    course,
    secondCourse,
    thirdCourse,
    ids: {
      term_id: term,
      catalog_id: catalog,
      instructor_id: instructor,
      course_id: course,
      hold_id: hold.json<{ id: number }>().id,
      override_id: 1,
      import_id: 1,
      client_id: "client",
      name: "ada",
    },
    student: bearer(token),
  };
}

const urlOf = (s: School, route: Route, student_id: number) =>
  route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    String(name === "student_id" ? student_id : (s.ids[name] ?? 1)),
  );

/** A body the route would accept from its own student, so that the answer is the route's normal one. */
function bodyOf(s: School, route: Route, student_id: number): object | undefined {
  if (route.method === "GET" || route.method === "HEAD" || route.method === "DELETE") return undefined;
  if (route.path === "/api/v1/enroll") return { student_id, course_id: s.secondCourse };
  if (route.path.endsWith("/registration")) return { add: [s.secondCourse], dry_run: true };
  if (route.path.endsWith("/{student_id}/courses")) return { course_id: s.thirdCourse };
  return {};
}

const send = (s: School, route: Route, student_id: number) =>
  s.t.request({
    method: route.method,
    url: urlOf(s, route, student_id),
    headers: s.student,
    ...(bodyOf(s, route, student_id) !== undefined && { payload: bodyOf(s, route, student_id) }),
  });

async function snapshot(t: TestApp) {
  return {
    students: await t.db.selectFrom("students").selectAll().orderBy("id").execute(),
    courses: await t.db.selectFrom("courses").selectAll().orderBy("id").execute(),
    enrollments: await t.db.selectFrom("student_courses").selectAll().orderBy("student_id").execute(),
    events: await t.db.selectFrom("enrollment_events").selectAll().orderBy("id").execute(),
    holds: await t.db.selectFrom("holds").selectAll().orderBy("id").execute(),
    tokens: await t.db.selectFrom("api_tokens").selectAll().orderBy("id").execute(),
    keys: await t.db.selectFrom("idempotency_keys").selectAll().execute(),
  };
}

describe("a student token, on every route of the OpenAPI document", () => {
  it("is refused (403) everywhere the contract does not give students, even about itself, changing nothing", async () => {
    const s = await school();
    const closed = (await routesOf(s.t)).filter(
      (route) => !isOpen(route) && studentMay[`${route.method} ${route.path}`] === undefined,
    );
    expect(closed.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        "GET /api/v1/students",
        "PATCH /api/v1/students/{student_id}",
        "PATCH /api/v1/students/{student_id}/courses/{course_id}",
        "GET /api/v1/courses/{course_id}/students",
        "POST /api/v1/enrollments/batch",
        "POST /api/v1/students/{student_id}/holds",
        "GET /api/v1/students/{student_id}/overrides",
        "POST /api/v1/imports",
        "GET /api/v1/exports/oneroster",
        "GET /api/v1/tokens",
        "GET /api/v1/oauth-clients",
      ]),
    );
    const before = await snapshot(s.t);

    for (const route of closed) {
      const response = await send(s, route, s.own);
      expectProblem(response, 403, "forbidden");
    }
    expect(await snapshot(s.t)).toEqual(before);
  });

  it("is refused (403) on every route about a student when the student is another one, changing nothing", async () => {
    const s = await school();
    const selfRoutes = (await routesOf(s.t)).filter(
      (route) => studentMay[`${route.method} ${route.path}`] === "self",
    );
    expect(selfRoutes).toHaveLength(Object.values(studentMay).filter((may) => may === "self").length);
    const before = await snapshot(s.t);

    for (const route of selfRoutes) {
      const response = await send(s, route, s.other);
      expect(response.statusCode, `${route.method} ${route.path}: ${response.body}`).toBe(403);
      expectProblem(response, 403, "forbidden");
    }
    expect(await snapshot(s.t)).toEqual(before);
  });

  it("answers as usual on the routes it may use: the open ones, and the ones about itself", async () => {
    const s = await school();
    const allowed = (await routesOf(s.t)).filter(
      (route) => studentMay[`${route.method} ${route.path}`] !== undefined,
    );
    expect(allowed).toHaveLength(Object.keys(studentMay).length);

    for (const route of allowed) {
      // A stream that never ends: test/seats/seats.test.ts follows it as a student.
      if (route.path === "/api/v1/courses/seats") continue;
      const response = await send(s, route, s.own);
      const label = `${route.method} ${route.path}: ${response.body}`;
      expect([200, 201, 204], label).toContain(response.statusCode);
    }
  });
});

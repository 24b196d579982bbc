/**
 * Every GET operation of the official OneRoster 1.2 Rostering document, as data: its path (relative to the
 * base path), the entity it answers with, the scopes its security requirement accepts, and for a
 * sub-collection the parents that must exist and which of the entity's rows belong to them.
 */
import { sql, type RawBuilder } from "kysely";
import { entities, type EntityName } from "./entities.ts";
import { enrollments, type SourceContext } from "./sources.ts";

export const SCOPE_PREFIX = "https://purl.imsglobal.org/spec/or/v1p2/scope/";
export const scopes = {
  core: `${SCOPE_PREFIX}roster-core.readonly`,
  roster: `${SCOPE_PREFIX}roster.readonly`,
  demographics: `${SCOPE_PREFIX}roster-demographics.readonly`,
} as const;
export type Scope = (typeof scopes)[keyof typeof scopes];

/** The document: top-level collections and single records accept either roster scope; the rest roster only. */
const core: Scope[] = [scopes.roster, scopes.core];
const roster: Scope[] = [scopes.roster];

type Params = Record<string, string>;
type Within = (params: Params, context: SourceContext) => RawBuilder<boolean>;

export interface Endpoint {
  operationId: string;
  path: string;
  entity: EntityName;
  /** A single record, named by the path's {sourcedId}; otherwise a collection. */
  single: boolean;
  scopes: readonly Scope[];
  /** Path parameters naming records that must exist (404 otherwise), in path order. */
  parents: readonly { param: string; entity: EntityName }[];
  within: Within | null;
}

const column = (field: string) => sql`${sql.id("r", field)}`;

/** Users with an active enrollment of `role` in the class, or classes in which the user has one. */
const enrolled =
  (role: string | null, param: string, side: "users" | "classes"): Within =>
  (params, context) => {
    const [mine, theirs] = side === "users" ? ["user", "class"] : ["class", "user"];
    const byRole = role === null ? sql`1 = 1` : sql`e.role = ${role}`;
    return sql<boolean>`${column("sourcedId")} in (select e.${sql.id(`${mine}.sourcedId`)}
      from (${enrollments.table(context)}) e
      where e.${sql.id(`${theirs}.sourcedId`)} = ${params[param]} and e.status = 'active' and ${byRole})`;
  };
const equals =
  (field: string, param: string): Within =>
  (params) =>
    sql<boolean>`${column(field)} = ${params[param]}`;
const every: Within = () => sql<boolean>`1 = 1`;

const top = (entity: EntityName, operation: string): Endpoint[] => [
  {
    operationId: `getAll${entity.charAt(0).toUpperCase()}${entity.slice(1)}`,
    path: `/${entity}`,
    entity,
    single: false,
    scopes: core,
    parents: [],
    within: null,
  },
  {
    operationId: `get${operation}`,
    path: `/${entity}/{sourcedId}`,
    entity,
    single: true,
    scopes: core,
    parents: [],
    within: null,
  },
];

const sub = (
  operationId: string,
  path: string,
  entity: EntityName,
  parents: Endpoint["parents"],
  within: Within,
): Endpoint => ({ operationId, path, entity, single: false, scopes: roster, parents, within });

const school = { param: "schoolSourcedId", entity: "schools" } as const;
const klass = { param: "classSourcedId", entity: "classes" } as const;

export const endpoints: Endpoint[] = [
  ...top("academicSessions", "AcademicSession"),
  ...top("classes", "Class"),
  ...top("courses", "Course"),
  ...top("enrollments", "Enrollment"),
  ...top("gradingPeriods", "GradingPeriod"),
  ...top("orgs", "Org"),
  ...top("schools", "School"),
  ...top("students", "Student"),
  ...top("teachers", "Teacher"),
  ...top("terms", "Term"),
  ...top("users", "User"),
  ...top("demographics", "Demographics").map((endpoint) => ({
    ...endpoint,
    operationId: endpoint.single ? "getDemographics" : "getAllDemographics",
    scopes: [scopes.demographics],
  })),
  sub(
    "getStudentsForClass",
    "/classes/{classSourcedId}/students",
    "students",
    [klass],
    enrolled("student", "classSourcedId", "users"),
  ),
  sub(
    "getTeachersForClass",
    "/classes/{classSourcedId}/teachers",
    "teachers",
    [klass],
    enrolled("teacher", "classSourcedId", "users"),
  ),
  sub(
    "getClassesForCourse",
    "/courses/{courseSourcedId}/classes",
    "classes",
    [{ param: "courseSourcedId", entity: "courses" }],
    equals("course.sourcedId", "courseSourcedId"),
  ),
  sub(
    "getClassesForSchool",
    "/schools/{schoolSourcedId}/classes",
    "classes",
    [school],
    equals("school.sourcedId", "schoolSourcedId"),
  ),
  sub(
    "getEnrollmentsForClassInSchool",
    "/schools/{schoolSourcedId}/classes/{classSourcedId}/enrollments",
    "enrollments",
    [school, klass],
    (params, context) =>
      sql<boolean>`${equals("school.sourcedId", "schoolSourcedId")(params, context)}
        and ${equals("class.sourcedId", "classSourcedId")(params, context)}`,
  ),
  sub(
    "getStudentsForClassInSchool",
    "/schools/{schoolSourcedId}/classes/{classSourcedId}/students",
    "students",
    [school, klass],
    enrolled("student", "classSourcedId", "users"),
  ),
  sub(
    "getTeachersForClassInSchool",
    "/schools/{schoolSourcedId}/classes/{classSourcedId}/teachers",
    "teachers",
    [school, klass],
    enrolled("teacher", "classSourcedId", "users"),
  ),
  sub(
    "getCoursesForSchool",
    "/schools/{schoolSourcedId}/courses",
    "courses",
    [school],
    equals("org.sourcedId", "schoolSourcedId"),
  ),
  sub(
    "getEnrollmentsForSchool",
    "/schools/{schoolSourcedId}/enrollments",
    "enrollments",
    [school],
    equals("school.sourcedId", "schoolSourcedId"),
  ),
  sub(
    "getStudentsForSchool",
    "/schools/{schoolSourcedId}/students",
    "students",
    [school],
    equals("primaryOrg.sourcedId", "schoolSourcedId"),
  ),
  sub(
    "getTeachersForSchool",
    "/schools/{schoolSourcedId}/teachers",
    "teachers",
    [school],
    equals("primaryOrg.sourcedId", "schoolSourcedId"),
  ),
  // Every term is the one school's: Registrar has no other org.
  sub("getTermsForSchool", "/schools/{schoolSourcedId}/terms", "terms", [school], every),
  sub(
    "getClassesForStudent",
    "/students/{studentSourcedId}/classes",
    "classes",
    [{ param: "studentSourcedId", entity: "students" }],
    enrolled("student", "studentSourcedId", "classes"),
  ),
  sub(
    "getClassesForTeacher",
    "/teachers/{teacherSourcedId}/classes",
    "classes",
    [{ param: "teacherSourcedId", entity: "teachers" }],
    enrolled("teacher", "teacherSourcedId", "classes"),
  ),
  sub(
    "getClassesForTerm",
    "/terms/{termSourcedId}/classes",
    "classes",
    [{ param: "termSourcedId", entity: "terms" }],
    equals("terms.sourcedId", "termSourcedId"),
  ),
  // Registrar has no grading periods, so a term has none; the term itself must exist.
  sub(
    "getGradingPeriodsForTerm",
    "/terms/{termSourcedId}/gradingPeriods",
    "gradingPeriods",
    [{ param: "termSourcedId", entity: "terms" }],
    every,
  ),
  sub(
    "getClassesForUser",
    "/users/{userSourcedId}/classes",
    "classes",
    [{ param: "userSourcedId", entity: "users" }],
    enrolled(null, "userSourcedId", "classes"),
  ),
];

export const entityOf = (endpoint: Endpoint) => entities[endpoint.entity];

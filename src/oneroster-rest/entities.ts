/**
 * The provider's entities: each is a source (sources.ts), how its rows become records (records.ts), the
 * envelope names of the official document, and every property of its DType (what `fields` may select: a
 * property Registrar holds no value for may be selected, and is absent, as in a full record).
 */
import { sql, type RawBuilder } from "kysely";
import * as records from "./records.ts";
import * as sources from "./sources.ts";

export interface Entity {
  /** The collection envelope's key ({"users": […]}). */
  plural: string;
  /** The single-record envelope's key ({"user": {…}}). */
  singular: string;
  /** What an unknown sourcedId names in a 404. */
  what: string;
  source: sources.Source;
  record: records.RecordBuilder;
  properties: readonly string[];
  /** Which rows of the source are this entity (students among users, terms among sessions). */
  scope: RawBuilder<boolean>;
}

const base = ["sourcedId", "status", "dateLastModified", "metadata"] as const;
const all = sql<boolean>`1 = 1`;
const column = (field: string) => sql`${sql.id("r", field)}`;
const hasRole = (role: string) => sql<boolean>`(',' || ${column("_roles")} || ',') like ${`%,${role},%`}`;

const orgProperties = [...base, "name", "type", "identifier", "parent", "children"];
const sessionProperties = [
  ...base,
  "title",
  "startDate",
  "endDate",
  "type",
  "parent",
  "children",
  "schoolYear",
];
const userProperties = [
  ...base,
  "userMasterIdentifier",
  "username",
  "userIds",
  "enabledUser",
  "givenName",
  "familyName",
  "middleName",
  "preferredFirstName",
  "preferredMiddleName",
  "preferredLastName",
  "pronouns",
  "roles",
  "userProfiles",
  "primaryOrg",
  "identifier",
  "email",
  "sms",
  "phone",
  "agents",
  "grades",
  "password",
  "resources",
];

const org = { plural: "orgs", singular: "org", source: sources.orgs, record: records.orgRecord };
const session = {
  plural: "academicSessions",
  singular: "academicSession",
  source: sources.academicSessions,
  record: records.academicSessionRecord,
  properties: sessionProperties,
};
const user = {
  plural: "users",
  singular: "user",
  source: sources.users,
  record: records.userRecord,
  properties: userProperties,
};
const ofType = (type: string) => sql<boolean>`${column("type")} = ${type}`;

export const entities = {
  orgs: { ...org, what: "org", properties: orgProperties, scope: all },
  schools: { ...org, what: "school", properties: orgProperties, scope: ofType("school") },
  academicSessions: { ...session, what: "academic session", scope: all },
  terms: { ...session, what: "term", scope: ofType("term") },
  gradingPeriods: { ...session, what: "grading period", scope: ofType("gradingPeriod") },
  courses: {
    plural: "courses",
    singular: "course",
    what: "course",
    source: sources.courses,
    record: records.courseRecord,
    properties: [
      ...base,
      "title",
      "schoolYear",
      "courseCode",
      "grades",
      "subjects",
      "org",
      "subjectCodes",
      "resources",
    ],
    scope: all,
  },
  classes: {
    plural: "classes",
    singular: "class",
    what: "class",
    source: sources.classes,
    record: records.classRecord,
    properties: [
      ...base,
      ...["title", "classCode", "classType", "location", "grades", "subjects", "course", "school", "terms"],
      ...["subjectCodes", "periods", "resources"],
    ],
    scope: all,
  },
  users: { ...user, what: "user", scope: all },
  students: { ...user, what: "student", scope: hasRole("student") },
  teachers: { ...user, what: "teacher", scope: hasRole("teacher") },
  enrollments: {
    plural: "enrollments",
    singular: "enrollment",
    what: "enrollment",
    source: sources.enrollments,
    record: records.enrollmentRecord,
    properties: [...base, "user", "class", "school", "role", "primary", "beginDate", "endDate"],
    scope: all,
  },
  demographics: {
    plural: "demographics",
    singular: "demographics",
    what: "demographics record",
    source: sources.demographics,
    record: records.demographicsRecord,
    properties: [
      ...base,
      ...["birthDate", "sex", "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican"],
      ...["nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces"],
      ...["hispanicOrLatinoEthnicity", "countryOfBirthCode", "stateOfBirthAbbreviation", "cityOfBirth"],
      "publicSchoolResidenceStatus",
    ],
    scope: all,
  },
} satisfies Record<string, Entity>;

export type EntityName = keyof typeof entities;

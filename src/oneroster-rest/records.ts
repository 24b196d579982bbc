/**
 * A row of an entity's derived table (sources.ts) as the OneRoster JSON record: references become GUIDRefs
 * with an absolute href (the document types href as a URI), and fields Registrar has no value for are left
 * out rather than sent empty.
 */
export type Row = Record<string, string | number | null>;

type RefType = "org" | "academicSession" | "course" | "class" | "user";

/** Where each reference type is read in this API. */
const collectionOf: Record<RefType, string> = {
  org: "orgs",
  academicSession: "academicSessions",
  course: "courses",
  class: "classes",
  user: "users",
};

export type RecordBuilder = (row: Row, baseUrl: string) => Record<string, unknown>;

const text = (row: Row, column: string): string => String(row[column]);

const ref = (baseUrl: string, type: RefType, sourcedId: string) => ({
  href: `${baseUrl}/${collectionOf[type]}/${encodeURIComponent(sourcedId)}`,
  sourcedId,
  type,
});

const base = (row: Row) => ({
  sourcedId: text(row, "sourcedId"),
  status: text(row, "status"),
  dateLastModified: text(row, "dateLastModified"),
});

export const orgRecord: RecordBuilder = (row) => ({
  ...base(row),
  name: text(row, "name"),
  type: text(row, "type"),
  identifier: text(row, "identifier"),
});

export const academicSessionRecord: RecordBuilder = (row) => ({
  ...base(row),
  title: text(row, "title"),
  startDate: text(row, "startDate"),
  endDate: text(row, "endDate"),
  type: text(row, "type"),
  schoolYear: text(row, "schoolYear"),
});

export const courseRecord: RecordBuilder = (row, baseUrl) => ({
  ...base(row),
  // The mark the CSV import reads to skip a placeholder course (ADR 0004), so a consumer can tell them too.
  ...(Number(row._placeholder) === 1 && { metadata: { "registrar.placeholder": "true" } }),
  title: text(row, "title"),
  courseCode: text(row, "courseCode"),
  org: ref(baseUrl, "org", text(row, "org.sourcedId")),
});

export const classRecord: RecordBuilder = (row, baseUrl) => ({
  ...base(row),
  title: text(row, "title"),
  classCode: text(row, "classCode"),
  classType: text(row, "classType"),
  course: ref(baseUrl, "course", text(row, "course.sourcedId")),
  school: ref(baseUrl, "org", text(row, "school.sourcedId")),
  terms: [ref(baseUrl, "academicSession", text(row, "terms.sourcedId"))],
});

export const userRecord: RecordBuilder = (row, baseUrl) => {
  const org = ref(baseUrl, "org", text(row, "primaryOrg.sourcedId"));
  // A student who also teaches keeps student as the primary role, as the export's roles.csv does.
  const roles = text(row, "_roles")
    .split(",")
    .map((role, position) => ({ roleType: position === 0 ? "primary" : "secondary", role, org }));
  return {
    ...base(row),
    enabledUser: text(row, "enabledUser"),
    username: text(row, "username"),
    givenName: text(row, "givenName"),
    familyName: text(row, "familyName"),
    email: text(row, "email"),
    roles,
    primaryOrg: org,
  };
};

export const enrollmentRecord: RecordBuilder = (row, baseUrl) => ({
  ...base(row),
  user: ref(baseUrl, "user", text(row, "user.sourcedId")),
  class: ref(baseUrl, "class", text(row, "class.sourcedId")),
  school: ref(baseUrl, "org", text(row, "school.sourcedId")),
  role: text(row, "role"),
  primary: text(row, "primary"),
});

export const demographicsRecord: RecordBuilder = (row) => base(row);

/**
 * Each OneRoster entity as one SQL derived table over Registrar's tables, with one text column per field a
 * consumer may filter or sort on, named as OneRoster names it ("course.sourcedId" for a reference). Filters,
 * sorts, paging and counts then run in SQL on any field alike (query.ts). The names come from the same
 * mapping as the CSV export (src/imports/sourced-ids.ts, ADR 0004); columns starting with "_" are internal.
 */
import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/database.ts";
import { dateText, latestTimestampText, timestampText } from "../db/dialect.ts";
import {
  exportedIdSql,
  PLACEHOLDER_PREFIX,
  SCHOOL_YEAR,
  schoolYearOf,
  studentEnrollmentIdSql,
  teacherEnrollmentIdSql,
} from "../imports/sourced-ids.ts";
import {
  classTombstones,
  courseTombstones,
  enrollmentTombstones,
  sessionTombstones,
  userTombstones,
  withTombstones,
} from "./tombstones.ts";

export type FieldKind = "text" | "datetime" | "date";

export interface SourceContext {
  db: Db;
  /** When the request is answered: the school year is the calendar year of it. */
  now: Date;
  /** When this process started: the org's dateLastModified (it comes from the configuration, see config.ts). */
  startedAt: Date;
  /** The one org: the institution, a school (ORG_SOURCED_ID, ORG_NAME). */
  org: OneRosterOrg;
}

export interface OneRosterOrg {
  sourcedId: string;
  name: string;
}

export interface Source {
  /** The columns a filter or sort may name, and how their values compare. */
  fields: Readonly<Record<string, FieldKind>>;
  table: (context: SourceContext) => RawBuilder<unknown>;
}

const common = { sourcedId: "text", status: "text", dateLastModified: "datetime" } as const;
const lit = (text: string) => sql.lit(text);

export const orgs: Source = {
  fields: { ...common, name: "text", type: "text", identifier: "text" },
  table: ({ startedAt, org }) => sql`select ${lit(org.sourcedId)} as "sourcedId", 'active' as "status",
    ${lit(startedAt.toISOString())} as "dateLastModified", ${lit(org.name)} as "name", 'school' as "type",
    ${lit(org.sourcedId)} as "identifier"`,
};

export const academicSessions: Source = {
  fields: { ...common, title: "text", type: "text", startDate: "date", endDate: "date", schoolYear: "text" },
  table: ({ db, now }) => {
    const year = schoolYearOf(now);
    // The school year changes with the calendar year, so that is when it was last modified.
    const live = sql`select ${lit(year.sourcedId)} as "sourcedId", 'active' as "status",
      ${lit(`${year.startDate}T00:00:00.000Z`)} as "dateLastModified", ${lit(year.title)} as "title",
      ${lit(year.type)} as "type", ${lit(year.startDate)} as "startDate", ${lit(year.endDate)} as "endDate",
      ${lit(year.schoolYear)} as "schoolYear"
    union all
    select ${exportedIdSql("term", "t")}, 'active', ${timestampText(db, "t.updated_at")}, t.name, 'term',
      ${dateText(db, "t.starts_on")}, ${dateText(db, "t.ends_on")}, substr(${dateText(db, "t.ends_on")}, 1, 4)
    from terms t`;
    return withTombstones(live, sessionTombstones(db, now));
  },
};

export const courses: Source = {
  fields: { ...common, title: "text", courseCode: "text", "org.sourcedId": "text" },
  table: ({ db, now, org }) =>
    withTombstones(
      sql`select ${exportedIdSql("catalog", "k")} as "sourcedId", 'active' as "status",
      ${timestampText(db, "k.updated_at")} as "dateLastModified", k.title as "title", k.code as "courseCode",
      ${lit(org.sourcedId)} as "org.sourcedId", 0 as "_placeholder"
    from catalog k
    union all
    select ${lit(PLACEHOLDER_PREFIX)} || ${exportedIdSql("course", "c")}, 'active',
      ${timestampText(db, "c.updated_at")}, c.title, c.code, ${lit(org.sourcedId)}, 1
    from courses c where c.catalog_id is null`,
      courseTombstones(db, now, org.sourcedId),
    ),
};

export const classes: Source = {
  fields: {
    ...common,
    title: "text",
    classCode: "text",
    classType: "text",
    "course.sourcedId": "text",
    "school.sourcedId": "text",
    "terms.sourcedId": "text",
  },
  table: ({ db, now, org }) =>
    withTombstones(
      sql`select ${exportedIdSql("course", "c")} as "sourcedId", 'active' as "status",
      ${timestampText(db, "c.updated_at")} as "dateLastModified", c.title as "title", c.code as "classCode",
      'scheduled' as "classType",
      case when c.catalog_id is null then ${lit(PLACEHOLDER_PREFIX)} || ${exportedIdSql("course", "c")}
        else ${exportedIdSql("catalog", "k")} end as "course.sourcedId",
      ${lit(org.sourcedId)} as "school.sourcedId",
      case when c.term_id is null then ${lit(SCHOOL_YEAR)}
        else ${exportedIdSql("term", "t")} end as "terms.sourcedId"
    from courses c
    left join catalog k on k.id = c.catalog_id
    left join terms t on t.id = c.term_id`,
      classTombstones(db, now, org.sourcedId),
    ),
};

/**
 * Students, then instructors. An instructor who shares a sourcedId with a student is that student's user (one
 * user, two roles, as in the export); "_roles" lists the roles for the record builder and role scopes.
 */
export const users: Source = {
  fields: {
    ...common,
    enabledUser: "text",
    username: "text",
    givenName: "text",
    familyName: "text",
    email: "text",
    "primaryOrg.sourcedId": "text",
  },
  table: ({ db, now, org }) =>
    withTombstones(
      sql`select ${exportedIdSql("student", "s")} as "sourcedId", 'active' as "status",
      case when i.updated_at > s.updated_at then ${timestampText(db, "i.updated_at")}
        else ${timestampText(db, "s.updated_at")} end as "dateLastModified",
      'true' as "enabledUser", s.email as "username", s.first_name as "givenName", s.last_name as "familyName",
      s.email as "email", ${lit(org.sourcedId)} as "primaryOrg.sourcedId",
      case when i.id is null then 'student' else 'student,teacher' end as "_roles"
    from students s left join instructors i on i.sourced_id = s.sourced_id
    union all
    select ${exportedIdSql("instructor", "i")}, 'active', ${timestampText(db, "i.updated_at")}, 'true', i.email,
      i.first_name, i.last_name, i.email, ${lit(org.sourcedId)}, 'teacher'
    from instructors i
    where i.sourced_id is null or not exists (select 1 from students s where s.sourced_id = i.sourced_id)`,
      userTombstones(db, now, org.sourcedId),
    ),
};

/**
 * Enrolled and completed students (active), dropped ones (tobedeleted, so that a delta sync sees the drop),
 * and each class's instructors (the first in position order is primary). A waitlisted student is not in the
 * class, so not enrolled in OneRoster's sense. An enrollment names its user and class by their sourcedIds, so
 * it was modified whenever they were too (a new sourced_id must reach a delta sync's copy of the enrollment).
 */
export const enrollments: Source = {
  fields: {
    ...common,
    "user.sourcedId": "text",
    "class.sourcedId": "text",
    "school.sourcedId": "text",
    role: "text",
    primary: "text",
  },
  table: ({ db, now, org }) =>
    withTombstones(
      sql`select ${studentEnrollmentIdSql(sql.ref("sc.student_id"), sql.ref("sc.course_id"))}
        as "sourcedId",
      case when sc.status = 'dropped' then 'tobedeleted' else 'active' end as "status",
      ${latestTimestampText(db, ["sc.updated_at", "s.updated_at", "c.updated_at"])} as "dateLastModified",
      ${exportedIdSql("student", "s")} as "user.sourcedId", ${exportedIdSql("course", "c")} as "class.sourcedId",
      ${lit(org.sourcedId)} as "school.sourcedId", 'student' as "role", 'false' as "primary"
    from student_courses sc
    join students s on s.id = sc.student_id
    join courses c on c.id = sc.course_id
    where sc.status <> 'waitlisted'
    union all
    select ${teacherEnrollmentIdSql(sql.ref("ci.instructor_id"), sql.ref("ci.course_id"))}, 'active',
      ${latestTimestampText(db, ["c.updated_at", "i.updated_at"])}, ${exportedIdSql("instructor", "i")}, ${exportedIdSql("course", "c")},
      ${lit(org.sourcedId)}, 'teacher',
      case when ci.position = (select min(p.position) from course_instructors p where p.course_id = ci.course_id)
        then 'true' else 'false' end
    from course_instructors ci
    join instructors i on i.id = ci.instructor_id
    join courses c on c.id = ci.course_id`,
      enrollmentTombstones(db, now, org.sourcedId),
    ),
};

/** Registrar keeps no demographics: the collection exists (the document defines it) and is always empty. */
export const demographics: Source = {
  fields: common,
  table: () => sql`select 'none' as "sourcedId", 'active' as "status", '' as "dateLastModified" where 1 = 0`,
};

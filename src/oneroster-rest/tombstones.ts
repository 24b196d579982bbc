/**
 * The records that left, as rows of the entities' derived tables with status tobedeleted (the triggers of the
 * oneroster_tombstones migration write them in the transaction of the change). A tombstone whose sourcedId
 * names a live record again (a teacher put back on a class, a sourcedId taken by a new record) is not shown:
 * the live record is the truth. Fields a tombstone cannot know (a deleted user's names) are empty strings,
 * since the document requires them; consumers act on status and sourcedId.
 */
import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/database.ts";
import { timestampText } from "../db/dialect.ts";
import {
  exportedIdOf,
  PLACEHOLDER_PREFIX,
  SCHOOL_YEAR,
  studentEnrollmentIdSql,
  teacherEnrollmentIdSql,
} from "../imports/sourced-ids.ts";

/** How long a removal stays visible to delta syncs; a consumer that syncs less often must sync in full. */
export const TOMBSTONE_RETENTION_DAYS = 90;

export const retentionCutoff = (now: Date): string =>
  new Date(now.getTime() - TOMBSTONE_RETENTION_DAYS * 86_400_000).toISOString();

const lit = (text: string) => sql.lit(text);
const recordId = (alias: string, kind: Parameters<typeof exportedIdOf>[0]) =>
  exportedIdOf(kind, sql.ref(`${alias}.record_id`), sql.ref(`${alias}.record_sourced_id`));
const since = (now: Date) => sql`t.deleted_at > ${lit(retentionCutoff(now))}`;

/** Live rows, then the tombstones whose sourcedId no live row has. */
export const withTombstones = (live: RawBuilder<unknown>, gone: RawBuilder<unknown>) =>
  sql`select * from (${live}) live
    union all
    select * from (${gone}) gone where gone."sourcedId" not in (select again."sourcedId" from (${live}) again)`;

export const userTombstones = (db: Db, now: Date, school: string) => sql`select
    case when t.kind = 'student' then ${recordId("t", "student")} else ${recordId("t", "instructor")} end
      as "sourcedId",
    'tobedeleted' as "status", ${timestampText(db, "t.deleted_at")} as "dateLastModified", 'false' as "enabledUser",
    '' as "username", '' as "givenName", '' as "familyName", '' as "email", ${lit(school)} as "primaryOrg.sourcedId",
    case when t.kind = 'student' then 'student' else 'teacher' end as "_roles"
  from oneroster_tombstones t where t.kind in ('student', 'instructor') and ${since(now)}`;

export const classTombstones = (
  db: Db,
  now: Date,
  school: string,
) => sql`select ${recordId("t", "course")} as "sourcedId", 'tobedeleted' as "status",
    ${timestampText(db, "t.deleted_at")} as "dateLastModified", '' as "title", '' as "classCode",
    'scheduled' as "classType", ${lit(PLACEHOLDER_PREFIX)} || ${recordId("t", "course")} as "course.sourcedId",
    ${lit(school)} as "school.sourcedId", ${lit(SCHOOL_YEAR)} as "terms.sourcedId"
  from oneroster_tombstones t where t.kind = 'course' and ${since(now)}`;

export const courseTombstones = (db: Db, now: Date, school: string) => sql`select
    case when t.kind = 'catalog' then ${recordId("t", "catalog")}
      else ${lit(PLACEHOLDER_PREFIX)} || ${recordId("t", "course")} end as "sourcedId",
    'tobedeleted' as "status", ${timestampText(db, "t.deleted_at")} as "dateLastModified", '' as "title",
    '' as "courseCode", ${lit(school)} as "org.sourcedId",
    case when t.kind = 'placeholder' then 1 else 0 end as "_placeholder"
  from oneroster_tombstones t where t.kind in ('catalog', 'placeholder') and ${since(now)}`;

/** A deleted term's dates are gone; the document requires dates, so the day it was deleted stands in. */
export const sessionTombstones = (
  db: Db,
  now: Date,
) => sql`select ${recordId("t", "term")} as "sourcedId", 'tobedeleted' as "status",
    ${timestampText(db, "t.deleted_at")} as "dateLastModified", '' as "title", 'term' as "type",
    substr(${timestampText(db, "t.deleted_at")}, 1, 10) as "startDate",
    substr(${timestampText(db, "t.deleted_at")}, 1, 10) as "endDate",
    substr(${timestampText(db, "t.deleted_at")}, 1, 4) as "schoolYear"
  from oneroster_tombstones t where t.kind = 'term' and ${since(now)}`;

/** The user and class of a removed enrollment: live, else as their own tombstones name them. */
export const enrollmentTombstones = (db: Db, now: Date, school: string) => sql`select
    case when t.kind = 'student-enrollment'
      then ${studentEnrollmentIdSql(sql.ref("t.record_id"), sql.ref("t.course_id"))}
      else ${teacherEnrollmentIdSql(sql.ref("t.record_id"), sql.ref("t.course_id"))} end as "sourcedId",
    'tobedeleted' as "status", ${timestampText(db, "t.deleted_at")} as "dateLastModified",
    case when t.kind = 'student-enrollment'
      then ${exportedIdOf("student", sql.ref("t.record_id"), sql`coalesce(s.sourced_id, tu.record_sourced_id)`)}
      else ${exportedIdOf("instructor", sql.ref("t.record_id"), sql`coalesce(i.sourced_id, tu.record_sourced_id)`)}
    end as "user.sourcedId",
    ${exportedIdOf("course", sql.ref("t.course_id"), sql`coalesce(c.sourced_id, tc.record_sourced_id)`)}
      as "class.sourcedId",
    ${lit(school)} as "school.sourcedId",
    case when t.kind = 'student-enrollment' then 'student' else 'teacher' end as "role", 'false' as "primary"
  from oneroster_tombstones t
  left join students s on t.kind = 'student-enrollment' and s.id = t.record_id
  left join instructors i on t.kind = 'teacher-enrollment' and i.id = t.record_id
  left join oneroster_tombstones tu on tu.record_id = t.record_id
    and tu.kind = case when t.kind = 'student-enrollment' then 'student' else 'instructor' end
  left join courses c on c.id = t.course_id
  left join oneroster_tombstones tc on tc.kind = 'course' and tc.record_id = t.course_id
  where t.kind in ('student-enrollment', 'teacher-enrollment') and ${since(now)}`;

/** Tombstones past the retention help nobody: the token endpoint, called hourly per LMS, clears them. */
export async function purgeTombstones(db: Db, now: Date): Promise<void> {
  await db.deleteFrom("oneroster_tombstones").where("deleted_at", "<=", retentionCutoff(now)).execute();
}

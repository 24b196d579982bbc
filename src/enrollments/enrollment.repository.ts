import { sql, type Insertable, type Updateable } from "kysely";
import type { Db, EnrollmentStatus, StudentCourseTable } from "../db/database.ts";
import type { Enrollment } from "./enrollment.schema.ts";

/** Position on the waitlist, counted among the students still waiting; null for any other status. */
const waitlistPosition = sql<number | null>`case when sc.status = 'waitlisted' then (
    select cast(count(*) as integer) from student_courses as ahead
    where ahead.course_id = sc.course_id and ahead.status = 'waitlisted'
      and ahead.waitlist_order <= sc.waitlist_order) end`.as("waitlist_position");

const enrollmentColumns = [
  "sc.student_id",
  "sc.course_id",
  "sc.status",
  "sc.enrolled_at",
  "sc.updated_at as enrollment_updated_at",
  waitlistPosition,
] as const;

interface EnrollmentColumns {
  student_id: number;
  course_id: number;
  status: EnrollmentStatus;
  enrolled_at: string;
  enrollment_updated_at: string;
  waitlist_position: number | null;
}

function splitEnrollment<Row extends EnrollmentColumns>(row: Row) {
  const { student_id, course_id, status, enrolled_at, enrollment_updated_at, waitlist_position, ...rest } =
    row;
  const enrollment: Enrollment = {
    student_id,
    course_id,
    status,
    enrolled_at,
    updated_at: enrollment_updated_at,
    waitlist_position,
  };
  return { rest, enrollment };
}

export async function find(db: Db, student_id: number, course_id: number): Promise<Enrollment | undefined> {
  const row = await db
    .selectFrom("student_courses as sc")
    .select(enrollmentColumns)
    .where("sc.student_id", "=", student_id)
    .where("sc.course_id", "=", course_id)
    .executeTakeFirst();
  return row && splitEnrollment(row).enrollment;
}

export async function insert(db: Db, row: Insertable<StudentCourseTable>): Promise<void> {
  await db.insertInto("student_courses").values(row).execute();
}

export async function update(
  db: Db,
  student_id: number,
  course_id: number,
  changes: Updateable<StudentCourseTable>,
): Promise<void> {
  await db
    .updateTable("student_courses")
    .set(changes)
    .where("student_id", "=", student_id)
    .where("course_id", "=", course_id)
    .execute();
}

export async function countWithStatus(
  db: Db,
  course_id: number,
  statuses: EnrollmentStatus[],
): Promise<number> {
  const { count } = await db
    .selectFrom("student_courses")
    .select(sql<number>`cast(count(*) as integer)`.as("count"))
    .where("course_id", "=", course_id)
    .where("status", "in", statuses)
    .executeTakeFirstOrThrow();
  return count;
}

export async function nextWaitlistOrder(db: Db, course_id: number): Promise<number> {
  const { last } = await db
    .selectFrom("student_courses")
    .select((eb) => eb.fn.max("waitlist_order").as("last"))
    .where("course_id", "=", course_id)
    .executeTakeFirstOrThrow();
  return (last ?? 0) + 1;
}

/** The students who have waited longest for a seat in the course, first come first served. */
export async function longestWaiting(db: Db, course_id: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom("student_courses")
    .select("student_id")
    .where("course_id", "=", course_id)
    .where("status", "=", "waitlisted")
    .orderBy("waitlist_order")
    .limit(limit)
    .execute();
  return rows.map((row) => row.student_id);
}

export async function promote(db: Db, course_id: number, student_ids: number[], now: string): Promise<void> {
  if (student_ids.length === 0) return;
  await db
    .updateTable("student_courses")
    .set({ status: "enrolled", waitlist_order: null, enrolled_at: now, updated_at: now })
    .where("course_id", "=", course_id)
    .where("student_id", "in", student_ids)
    .execute();
}

/** The courses in which the student holds a seat (the seats that free up when the student goes). */
export async function seatedCourseIds(db: Db, student_id: number): Promise<number[]> {
  const rows = await db
    .selectFrom("student_courses")
    .select("course_id")
    .where("student_id", "=", student_id)
    .where("status", "=", "enrolled")
    .orderBy("course_id")
    .execute();
  return rows.map((row) => row.course_id);
}

/** Student.courses: the student's courses with the enrollment that joins them, ordered by course code. */
export async function coursesOfStudent(db: Db, student_id: number, statuses: EnrollmentStatus[]) {
  const rows = await db
    .selectFrom("student_courses as sc")
    .innerJoin("courses as c", "c.id", "sc.course_id")
    .select([
      "c.id",
      "c.code",
      "c.title",
      "c.description",
      "c.credits",
      "c.capacity",
      "c.created_at",
      "c.updated_at",
    ])
    .select(enrollmentColumns)
    .where("sc.student_id", "=", student_id)
    .where("sc.status", "in", statuses)
    .orderBy("c.code")
    .orderBy("c.id")
    .execute();
  return rows.map((row) => {
    const { rest, enrollment } = splitEnrollment(row);
    return { ...rest, enrollment };
  });
}

/**
 * Course.students: enrolled (and completed, dropped) students by last name, first name and id, then the
 * waitlisted ones in the order they will be promoted.
 */
export async function studentsOfCourse(db: Db, course_id: number, statuses: EnrollmentStatus[]) {
  const rows = await db
    .selectFrom("student_courses as sc")
    .innerJoin("students as s", "s.id", "sc.student_id")
    .select(["s.id", "s.first_name", "s.last_name", "s.email", "s.created_at", "s.updated_at"])
    .select(enrollmentColumns)
    .where("sc.course_id", "=", course_id)
    .where("sc.status", "in", statuses)
    .orderBy(sql`case when sc.status = 'waitlisted' then 1 else 0 end`)
    .orderBy("sc.waitlist_order")
    .orderBy("s.last_name")
    .orderBy("s.first_name")
    .orderBy("s.id")
    .execute();
  return rows.map((row) => {
    const { rest, enrollment } = splitEnrollment(row);
    return { ...rest, enrollment };
  });
}

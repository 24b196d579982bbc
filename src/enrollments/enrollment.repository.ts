import { sql, type Insertable, type Updateable } from "kysely";
import type { Db, EnrollmentStatus, StudentCourseTable } from "../db/database.ts";
import { courseColumns, toCourse } from "../courses/course.repository.ts";
import { containsIgnoringCase } from "../db/dialect.ts";
import { reusableQuery } from "../db/reusable-query.ts";
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
  "sc.grade",
  "sc.enrolled_at",
  "sc.updated_at as enrollment_updated_at",
  waitlistPosition,
] as const;

const studentColumns = [
  "s.id",
  "s.first_name",
  "s.last_name",
  "s.email",
  "s.sourced_id",
  "s.max_credits",
  "s.created_at",
  "s.updated_at",
] as const;

interface EnrollmentColumns {
  student_id: number;
  course_id: number;
  status: EnrollmentStatus;
  grade: string | null;
  enrolled_at: string;
  enrollment_updated_at: string;
  waitlist_position: number | null;
}

/** Turns a joined row into the record it describes with its `enrollment` nested, as the API returns it. */
function nestEnrollment<Row extends EnrollmentColumns>(row: Row) {
  const {
    student_id,
    course_id,
    status,
    grade,
    enrolled_at,
    enrollment_updated_at,
    waitlist_position,
    ...rest
  } = row;
  const enrollment: Enrollment = {
    student_id,
    course_id,
    status,
    grade,
    enrolled_at,
    updated_at: enrollment_updated_at,
    waitlist_position,
  };
  return { ...rest, enrollment };
}

const enrollmentRow = reusableQuery(
  (db: Db, student_id: number, course_id: number) =>
    db
      .selectFrom("student_courses as sc")
      .select(enrollmentColumns)
      .where("sc.student_id", "=", student_id)
      .where("sc.course_id", "=", course_id),
  () => "",
  (student_id, course_id) => [student_id, course_id],
);

export async function find(db: Db, student_id: number, course_id: number): Promise<Enrollment | undefined> {
  const [row] = await enrollmentRow(db, student_id, course_id);
  return row && nestEnrollment(row).enrollment;
}

/** The columns an insert writes: Kysely leaves out those whose value is undefined. */
const definedEntries = (row: object): [string, unknown][] =>
  Object.entries(row as Record<string, unknown>).filter(([, value]) => value !== undefined);

const insertRow = reusableQuery(
  (db: Db, row: Insertable<StudentCourseTable>) => db.insertInto("student_courses").values(row),
  (row) =>
    definedEntries(row)
      .map(([column]) => column)
      .join(),
  (row) => definedEntries(row).map(([, value]) => value),
);

export async function insert(db: Db, row: Insertable<StudentCourseTable>): Promise<void> {
  await insertRow(db, row);
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

export async function nextWaitlistOrder(db: Db, course_id: number): Promise<number> {
  const { last } = await db
    .selectFrom("student_courses")
    .select((eb) => eb.fn.max("waitlist_order").as("last"))
    .where("course_id", "=", course_id)
    .executeTakeFirstOrThrow();
  return (last ?? 0) + 1;
}

/** The students waiting for a seat in the course, longest first, with the courses each would swap out. */
export async function waitingInOrder(db: Db, course_id: number) {
  const rows = await db
    .selectFrom("student_courses")
    .select(["student_id", "swap_for"])
    .where("course_id", "=", course_id)
    .where("status", "=", "waitlisted")
    .orderBy("waitlist_order")
    .execute();
  return rows.map(({ student_id, swap_for }) => ({
    student_id,
    swap_for: swap_for === null ? [] : (JSON.parse(swap_for) as number[]),
  }));
}

/** Seats a waitlisted student (its swap, if any, is done). */
export async function promote(db: Db, course_id: number, student_id: number, now: string): Promise<void> {
  await db
    .updateTable("student_courses")
    .set({ status: "enrolled", waitlist_order: null, swap_for: null, enrolled_at: now, updated_at: now })
    .where("course_id", "=", course_id)
    .where("student_id", "=", student_id)
    .execute();
}

/** The ids of the courses in which the student has an enrollment with one of the statuses, in id order. */
export async function courseIdsOfStudent(db: Db, student_id: number, statuses: EnrollmentStatus[]) {
  const rows = await db
    .selectFrom("student_courses")
    .select("course_id")
    .where("student_id", "=", student_id)
    .where("status", "in", statuses)
    .orderBy("course_id")
    .execute();
  return rows.map((row) => row.course_id);
}

const coursesOfStudentRows = reusableQuery(
  (db: Db, student_id: number, statuses: EnrollmentStatus[]) =>
    db
      .selectFrom("student_courses as sc")
      .innerJoin("courses as c", "c.id", "sc.course_id")
      .select(courseColumns(db))
      .select(enrollmentColumns)
      .where("sc.student_id", "=", student_id)
      .where("sc.status", "in", statuses)
      .orderBy("c.code")
      .orderBy("c.id"),
  (_student_id, statuses) => statuses.join(","),
  (student_id, statuses) => [student_id, ...statuses],
);

/** Student.courses: the student's courses with the enrollment that joins them, ordered by course code. */
export async function coursesOfStudent(db: Db, student_id: number, statuses: EnrollmentStatus[]) {
  return (await coursesOfStudentRows(db, student_id, statuses)).map((row) => toCourse(nestEnrollment(row)));
}

/**
 * Where a roster is ordered: enrolled, completed and dropped students by name, then the waitlist in order.
 * The same expressions order the rows and compare them with a roster cursor.
 */
export const rosterOrder = [
  sql<number>`case when sc.status = 'waitlisted' then 1 else 0 end`,
  sql<number>`coalesce(sc.waitlist_order, 0)`,
  sql<string>`s.last_name`,
  sql<string>`s.first_name`,
  sql<number>`s.id`,
] as const;
export type RosterPosition = [number, number, string, string, number];

/** Course.students: one page of a course's roster (every row when `limit` is undefined). */
export async function studentsOfCourse(
  db: Db,
  course_id: number,
  statuses: EnrollmentStatus[],
  page: { limit?: number | undefined; after?: RosterPosition | undefined; q?: string | undefined },
) {
  let query = db
    .selectFrom("student_courses as sc")
    .innerJoin("students as s", "s.id", "sc.student_id")
    .select(studentColumns)
    .select(enrollmentColumns)
    .select(sql<number>`coalesce(sc.waitlist_order, 0)`.as("queue"))
    .where("sc.course_id", "=", course_id)
    .where("sc.status", "in", statuses);
  const { q } = page;
  if (q) {
    query = query.where((where) =>
      where.or([
        containsIgnoringCase("s.first_name", q),
        containsIgnoringCase("s.last_name", q),
        containsIgnoringCase("s.email", q),
      ]),
    );
  }
  if (page.after) {
    const [group, queue, last_name, first_name, id] = page.after;
    query = query.where(
      sql<boolean>`(${sql.join(rosterOrder)}) > (${group}, ${queue}, ${last_name}, ${first_name}, ${id})`,
    );
  }
  for (const expression of rosterOrder) query = query.orderBy(expression);
  if (page.limit !== undefined) query = query.limit(page.limit);
  const rows = await query.execute();
  return rows.map((row) => {
    const { queue, ...rest } = row;
    const position: RosterPosition = [
      rest.status === "waitlisted" ? 1 : 0,
      queue,
      rest.last_name,
      rest.first_name,
      rest.id,
    ];
    return { student: nestEnrollment(rest), position };
  });
}

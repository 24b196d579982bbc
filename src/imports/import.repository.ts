/**
 * Every statement an import runs. Inserts go in multi-row statements of some 5,000 rows (`insertRows`); lookups
 * and updates pass their rows as one JSON parameter (`jsonRows`). 1M enrollments take a few hundred
 * statements rather than a million.
 */
import { sql } from "kysely";
import type { Db, EnrollmentStatus } from "../db/database.ts";
import { insertRows, insertValues } from "../db/bulk.ts";
import { forUpdate, jsonRows, type JsonColumnType } from "../db/dialect.ts";

const CHUNK = 20_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** `(select <values> from json)`: the right-hand side of an IN over many values, as one parameter. */
function jsonList<T extends string | number>(db: Db, values: readonly T[], type: JsonColumnType) {
  const rows = values.map((value) => [value]);
  return sql<T>`(${jsonRows(db, [["value", type]], rows)})`;
}

export interface ExistingStudent {
  id: number;
  sourced_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
}

const studentColumns = ["id", "sourced_id", "first_name", "last_name", "email"] as const;

export async function studentsBySourcedId(db: Db, sourcedIds: string[]): Promise<ExistingStudent[]> {
  const rows: ExistingStudent[] = [];
  for (const chunk of chunks(sourcedIds)) {
    rows.push(
      ...(await db
        .selectFrom("students")
        .select(studentColumns)
        .where("sourced_id", "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

/** Students by email, without regard to case (`emails` are lower case). */
export async function studentsByEmail(db: Db, emails: string[]): Promise<ExistingStudent[]> {
  const rows: ExistingStudent[] = [];
  for (const chunk of chunks(emails)) {
    rows.push(
      ...(await db
        .selectFrom("students")
        .select(studentColumns)
        .where(sql<string>`lower(email)`, "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

export interface ExistingCourse {
  id: number;
  sourced_id: string | null;
  code: string;
  title: string;
  capacity: number | null;
  credits: number | null;
  description: string | null;
}

const courseColumns = ["id", "sourced_id", "code", "title", "capacity", "credits", "description"] as const;

export async function coursesBySourcedId(db: Db, sourcedIds: string[]): Promise<ExistingCourse[]> {
  const rows: ExistingCourse[] = [];
  for (const chunk of chunks(sourcedIds)) {
    rows.push(
      ...(await db
        .selectFrom("courses")
        .select(courseColumns)
        .where("sourced_id", "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

/** Courses by code, without regard to case (`codes` are lower case). */
export async function coursesByCode(db: Db, codes: string[]): Promise<ExistingCourse[]> {
  const rows: ExistingCourse[] = [];
  for (const chunk of chunks(codes)) {
    rows.push(
      ...(await db
        .selectFrom("courses")
        .select(courseColumns)
        .where(sql<string>`lower(code)`, "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

export interface Seats {
  id: number;
  capacity: number | null;
  enrolled_count: number;
  waitlist_count: number;
  /** The highest waitlist_order in use, 0 when nobody waits. */
  last_order: number;
}

/**
 * The seat counts of the courses an import touches, each locked (in id order, like every other path that locks
 * several courses) until the transaction ends, so that no enrollment made meanwhile can overfill one.
 */
export async function lockSeats(db: Db, ids: number[], lock: boolean): Promise<Seats[]> {
  const sorted = [...ids].sort((a, b) => a - b);
  const seats: Seats[] = [];
  for (const chunk of chunks(sorted)) {
    const query = db
      .selectFrom("courses")
      .select(["id", "capacity", "enrolled_count", "waitlist_count"])
      .select((eb) =>
        eb
          .selectFrom("student_courses")
          .select(sql<number>`coalesce(max(waitlist_order), 0)`.as("last_order"))
          .whereRef("student_courses.course_id", "=", "courses.id")
          .as("last_order"),
      )
      .where("id", "in", jsonList(db, chunk, "integer"))
      .orderBy("id");
    const rows = await (lock ? forUpdate(db, query) : query).execute();
    seats.push(...rows.map((row) => ({ ...row, last_order: row.last_order ?? 0 })));
  }
  return seats;
}

/** Every enrollment in the given courses: course id → student id → status. */
export async function enrollmentsOfCourses(
  db: Db,
  courseIds: number[],
): Promise<Map<number, Map<number, EnrollmentStatus>>> {
  const result = new Map<number, Map<number, EnrollmentStatus>>();
  for (const id of courseIds) result.set(id, new Map());
  for (const chunk of chunks(courseIds, 500)) {
    const rows = await db
      .selectFrom("student_courses")
      .select(["student_id", "course_id", "status"])
      .where("course_id", "in", jsonList(db, chunk, "integer"))
      .execute();
    for (const row of rows) result.get(row.course_id)?.set(row.student_id, row.status);
  }
  return result;
}

export interface StudentValues {
  sourced_id: string;
  first_name: string;
  last_name: string;
  email: string;
}

const studentValueColumns = [
  ["sourced_id", "text"],
  ["first_name", "text"],
  ["last_name", "text"],
  ["email", "text"],
  ["created_at", "timestamp"],
  ["updated_at", "timestamp"],
] as const;

/** Inserts students; returns each new id with its sourcedId. */
export async function insertStudents(
  db: Db,
  students: StudentValues[],
  now: string,
  onChunk: (rows: number) => void,
): Promise<{ id: number; sourced_id: string | null }[]> {
  const ids: { id: number; sourced_id: string | null }[] = [];
  for (const chunk of chunks(students)) {
    const rows = chunk.map((s) => [s.sourced_id, s.first_name, s.last_name, s.email, now, now]);
    ids.push(
      ...(await insertRows<{ id: number; sourced_id: string | null }>(
        db,
        "students",
        studentValueColumns.map(([name]) => name),
        rows,
        ["id", "sourced_id"],
      )),
    );
    onChunk(chunk.length);
  }
  return ids;
}

export async function updateStudents(
  db: Db,
  students: (StudentValues & { id: number })[],
  now: string,
): Promise<void> {
  const columns = [
    ["id", "integer"],
    ...studentValueColumns.filter(([name]) => name !== "created_at"),
  ] as const;
  for (const chunk of chunks(students)) {
    const rows = chunk.map((s) => [s.id, s.sourced_id, s.first_name, s.last_name, s.email, now]);
    await sql`update students set sourced_id = j.sourced_id, first_name = j.first_name,
        last_name = j.last_name, email = j.email, updated_at = j.updated_at
      from (${jsonRows(db, columns, rows)}) as j where students.id = j.id`.execute(db);
  }
}

export interface CourseValues {
  sourced_id: string;
  code: string;
  title: string;
  capacity: number | null;
  credits: number | null;
  description: string | null;
}

const courseValueColumns = [
  ["sourced_id", "text"],
  ["code", "text"],
  ["title", "text"],
  ["capacity", "integer"],
  ["credits", "real"],
  ["description", "text"],
  ["created_at", "timestamp"],
  ["updated_at", "timestamp"],
] as const;

const courseRow = (c: CourseValues, now: string) => [
  c.sourced_id,
  c.code,
  c.title,
  c.capacity,
  c.credits,
  c.description,
  now,
  now,
];

export async function insertCourses(
  db: Db,
  courses: CourseValues[],
  now: string,
): Promise<{ id: number; sourced_id: string | null }[]> {
  return insertRows(
    db,
    "courses",
    courseValueColumns.map(([name]) => name),
    courses.map((course) => courseRow(course, now)),
    ["id", "sourced_id"],
  );
}

export async function updateCourses(
  db: Db,
  courses: (CourseValues & { id: number })[],
  now: string,
): Promise<void> {
  const columns = [["id", "integer"], ...courseValueColumns] as const;
  for (const chunk of chunks(courses)) {
    const rows = chunk.map((course) => [course.id, ...courseRow(course, now)]);
    await sql`update courses set sourced_id = j.sourced_id, code = j.code, title = j.title,
        capacity = j.capacity, credits = j.credits, description = j.description, updated_at = j.updated_at
      from (${jsonRows(db, columns, rows)}) as j where courses.id = j.id`.execute(db);
  }
}

export const enrollmentColumns = [
  ["student_id", "integer"],
  ["course_id", "integer"],
  ["status", "text"],
  ["waitlist_order", "integer"],
  ["enrolled_at", "timestamp"],
  ["updated_at", "timestamp"],
] as const;

export const eventColumns = [
  ["student_id", "integer"],
  ["course_id", "integer"],
  ["event", "text"],
  ["from_status", "text"],
  ["to_status", "text"],
  ["actor", "text"],
  ["occurred_at", "timestamp"],
] as const;

/** New enrollments: values in enrollmentColumns order, row after row. */
export async function insertEnrollments(db: Db, values: unknown[]): Promise<void> {
  await insertValues(
    db,
    "student_courses",
    enrollmentColumns.map(([name]) => name),
    values,
  );
}

/** Dropped enrollments made active again: rows in enrollmentColumns order. */
export async function reactivateEnrollments(db: Db, rows: unknown[][]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await sql`update student_courses set status = j.status, waitlist_order = j.waitlist_order,
        enrolled_at = j.enrolled_at, updated_at = j.updated_at, grade = null
      from (${jsonRows(db, enrollmentColumns, chunk)}) as j
      where student_courses.student_id = j.student_id and student_courses.course_id = j.course_id`.execute(
      db,
    );
  }
}

/** History events: values in eventColumns order, row after row. */
export async function insertEvents(db: Db, values: unknown[]): Promise<void> {
  await insertValues(
    db,
    "enrollment_events",
    eventColumns.map(([name]) => name),
    values,
  );
}

/**
 * Sets the seat counters of the given courses from their enrollments: what the student_courses triggers
 * (migration 2026-11-22T0200) keep row by row, done at once after a bulk load that set them aside.
 */
export async function recountSeats(db: Db, courseIds: number[]): Promise<void> {
  for (const chunk of chunks(courseIds)) {
    await db
      .updateTable("courses")
      .set((eb) => ({
        enrolled_count: eb
          .selectFrom("student_courses")
          .select((inner) => sql<number>`cast(${inner.fn.countAll()} as integer)`.as("n"))
          .whereRef("student_courses.course_id", "=", "courses.id")
          .where("status", "=", "enrolled"),
        waitlist_count: eb
          .selectFrom("student_courses")
          .select((inner) => sql<number>`cast(${inner.fn.countAll()} as integer)`.as("n"))
          .whereRef("student_courses.course_id", "=", "courses.id")
          .where("status", "=", "waitlisted"),
      }))
      .where("id", "in", jsonList(db, chunk, "integer"))
      .execute();
  }
}

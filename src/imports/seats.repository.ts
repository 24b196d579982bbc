/**
 * The statements an import runs for seats and enrollments: the touched courses' seats, locked; their
 * enrollments; new and re-activated enrollments and their history in multi-row statements; and the seat
 * counters recounted after a bulk load that set their triggers aside.
 */
import { sql } from "kysely";
import { insertValues } from "../db/bulk.ts";
import type { Db, EnrollmentStatus } from "../db/database.ts";
import { jsonRows } from "../db/bulk.ts";
import { forUpdate } from "../db/dialect.ts";
import { chunks, jsonList } from "./import.repository.ts";

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
  ["detail", "text"],
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

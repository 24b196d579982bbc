/** Reads of enrollments: a student's courses, a course's roster, an enrollment's history. */
import { createHash } from "node:crypto";
import * as courses from "../courses/course.repository.ts";
import type { Db, EnrollmentStatus } from "../db/database.ts";
import { decodeCursor, encodeCursor, isId } from "../db/cursor.ts";
import { courseNotFound, DomainError, studentNotFound } from "../errors.ts";
import * as students from "../students/student.repository.ts";
import * as enrollments from "./enrollment.repository.ts";
import type { RosterPosition } from "./enrollment.repository.ts";
import * as history from "./history.repository.ts";

export const enrollmentNotFound = (student_id: number, course_id: number) =>
  new DomainError("enrollment-not-found", `Student ${student_id} has no enrollment in course ${course_id}`);

export async function coursesOfStudent(db: Db, student_id: number, statuses: EnrollmentStatus[]) {
  const student = await students.findById(db, student_id);
  if (!student) throw studentNotFound(student_id);
  return { student, courses: await enrollments.coursesOfStudent(db, student_id, statuses) };
}

const isRosterPosition = (values: unknown[]): values is RosterPosition =>
  values.length === 5 &&
  (values[0] === 0 || values[0] === 1) &&
  Number.isSafeInteger(values[1]) &&
  typeof values[2] === "string" &&
  typeof values[3] === "string" &&
  isId(values[4]);

export async function studentsOfCourse(
  db: Db,
  course_id: number,
  statuses: EnrollmentStatus[],
  page: { limit?: number | undefined; cursor?: string | undefined; q?: string | undefined },
) {
  const course = await courses.findById(db, course_id);
  if (!course) throw courseNotFound(course_id);
  const q = page.q?.trim() || undefined;
  // A cursor continues the same search only; the search is in its scope as a hash, so a long one fits.
  const search = q === undefined ? "" : `:${createHash("sha256").update(q).digest("base64url").slice(0, 16)}`;
  const scope = `roster:${course_id}:${statuses.join(",")}${search}`;
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor, scope, isRosterPosition);
  const limit = page.limit === undefined ? undefined : page.limit + 1;
  const rows = await enrollments.studentsOfCourse(db, course_id, statuses, { limit, after, q });
  const more = page.limit !== undefined && rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown[shown.length - 1];
  return {
    course,
    students: shown.map((row) => row.student),
    next_cursor: more && last ? encodeCursor(scope, last.position) : null,
  };
}

/** One enrollment's history, oldest first; it outlives the enrollment, the student and the course. */
export async function enrollmentHistory(db: Db, student_id: number, course_id: number) {
  const events = await history.history(db, student_id, course_id);
  if (events.length === 0) {
    if (!(await students.findById(db, student_id))) throw studentNotFound(student_id);
    if (!(await courses.findSeats(db, course_id))) throw courseNotFound(course_id);
    throw enrollmentNotFound(student_id, course_id);
  }
  return { student_id, course_id, events };
}

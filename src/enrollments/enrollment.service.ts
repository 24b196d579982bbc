import * as courses from "../courses/course.repository.ts";
import type { Db, EnrollmentStatus } from "../db/database.ts";
import { inTransaction } from "../db/dialect.ts";
import { courseNotFound, DomainError, studentNotFound } from "../errors.ts";
import * as students from "../students/student.repository.ts";
import * as enrollments from "./enrollment.repository.ts";
import type { Enrollment } from "./enrollment.schema.ts";

export interface EnrollRequest {
  student_id: number;
  course_id: number;
  waitlist?: boolean | undefined;
}

async function lockCourse(trx: Db, course_id: number) {
  const course = await courses.findForUpdate(trx, course_id);
  if (!course) throw courseNotFound(course_id);
  return course;
}

async function requireStudent(db: Db, student_id: number): Promise<void> {
  if (!(await students.findById(db, student_id))) throw studentNotFound(student_id);
}

function refuseActive(existing: Enrollment | undefined, request: EnrollRequest): void {
  if (existing?.status === "enrolled" || existing?.status === "waitlisted") {
    throw new DomainError(
      "already-enrolled",
      `Student ${request.student_id} is already ${existing.status} in course ${request.course_id}`,
    );
  }
  if (existing?.status === "completed") {
    throw new DomainError(
      "already-completed",
      `Student ${request.student_id} has already completed course ${request.course_id}`,
    );
  }
}

/**
 * Enrolls a student, or puts them on the waitlist when the course is full and they asked for it. The seat
 * count is read and written under the course's lock, so concurrent requests can never overfill a course.
 */
export async function enroll(db: Db, request: EnrollRequest): Promise<Enrollment> {
  const { student_id, course_id } = request;
  return inTransaction(db, async (trx) => {
    await requireStudent(trx, student_id);
    const course = await lockCourse(trx, course_id);
    const existing = await enrollments.find(trx, student_id, course_id);
    refuseActive(existing, request);

    const seatFree =
      course.capacity === null ||
      (await enrollments.countWithStatus(trx, course_id, ["enrolled"])) < course.capacity;
    if (!seatFree && request.waitlist !== true) {
      throw new DomainError(
        "course-full",
        `Course ${course_id} is full (capacity ${course.capacity}); send "waitlist": true to join its waitlist`,
      );
    }
    const now = new Date().toISOString();
    const row = {
      status: seatFree ? ("enrolled" as const) : ("waitlisted" as const),
      waitlist_order: seatFree ? null : await enrollments.nextWaitlistOrder(trx, course_id),
      enrolled_at: now,
      updated_at: now,
    };
    if (existing) await enrollments.update(trx, student_id, course_id, row);
    else await enrollments.insert(trx, { student_id, course_id, ...row });
    return (await enrollments.find(trx, student_id, course_id)) as Enrollment;
  });
}

/** Gives every free seat of a locked course to the students who have waited longest. */
export async function fillFreeSeats(trx: Db, course: { id: number; capacity: number | null }): Promise<void> {
  const seated = await enrollments.countWithStatus(trx, course.id, ["enrolled"]);
  const free = course.capacity === null ? Number.MAX_SAFE_INTEGER : course.capacity - seated;
  if (free <= 0) return;
  const promoted = await enrollments.longestWaiting(trx, course.id, Math.min(free, 1_000_000));
  await enrollments.promote(trx, course.id, promoted, new Date().toISOString());
}

/** Drops an enrolled or waitlisted student; a freed seat goes to the waitlist in the same transaction. */
export async function drop(db: Db, student_id: number, course_id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await requireStudent(trx, student_id);
    const course = await lockCourse(trx, course_id);
    const existing = await enrollments.find(trx, student_id, course_id);
    if (!existing || existing.status === "dropped") {
      throw new DomainError(
        "enrollment-not-found",
        `Student ${student_id} is not enrolled or waitlisted in course ${course_id}`,
      );
    }
    if (existing.status === "completed") {
      throw new DomainError(
        "already-completed",
        `Student ${student_id} has completed course ${course_id}; a completed enrollment cannot be dropped`,
      );
    }
    const now = new Date().toISOString();
    await enrollments.update(trx, student_id, course_id, {
      status: "dropped",
      waitlist_order: null,
      updated_at: now,
    });
    if (existing.status === "enrolled") await fillFreeSeats(trx, course);
  });
}

export async function coursesOfStudent(db: Db, student_id: number, statuses: EnrollmentStatus[]) {
  const student = await students.findById(db, student_id);
  if (!student) throw studentNotFound(student_id);
  return { student, courses: await enrollments.coursesOfStudent(db, student_id, statuses) };
}

export async function studentsOfCourse(db: Db, course_id: number, statuses: EnrollmentStatus[]) {
  const course = await courses.findById(db, course_id);
  if (!course) throw courseNotFound(course_id);
  return { course, students: await enrollments.studentsOfCourse(db, course_id, statuses) };
}

import * as courses from "../courses/course.repository.ts";
import type { Db, EnrollmentEvent } from "../db/database.ts";
import { inTransaction } from "../db/dialect.ts";
import { courseNotFound, DomainError, studentNotFound } from "../errors.ts";
import type { Requester } from "../http/actor.ts";
import { sectionFacts } from "../registration/facts.repository.ts";
import { judgeEnrollment, overrideDetail, refusal } from "../registration/gate.ts";
import { dropViolation } from "../registration/judge.ts";
import type { Override } from "../registration/registration.schema.ts";
import * as students from "../students/student.repository.ts";
import { enrollmentNotFound } from "./enrollment-reads.ts";
import * as enrollments from "./enrollment.repository.ts";
import type { Enrollment, EnrollmentPatch, EventDetail } from "./enrollment.schema.ts";
import * as history from "./history.repository.ts";
import { fillFreeSeats } from "./waitlist.ts";

export interface EnrollRequest {
  student_id: number;
  course_id: number;
  waitlist?: boolean | undefined;
}

/**
 * Locks are always taken student first, then course(s) in id order, here, in registrations and when a student
 * is deleted: every decision about one student's schedule takes turns, and no two paths deadlock.
 */
export async function lockStudent(trx: Db, student_id: number) {
  const student = await students.findForRegistration(trx, student_id);
  if (!student) throw studentNotFound(student_id);
  return student;
}

export async function lockCourse(trx: Db, course_id: number) {
  const course = await courses.findForUpdate(trx, course_id);
  if (!course) throw courseNotFound(course_id);
  return course;
}

/** The student (checked first), then the course, locked for the seat decision, then the enrollment if any. */
async function lockEnrollment(trx: Db, student_id: number, course_id: number) {
  const student = await lockStudent(trx, student_id);
  const course = await lockCourse(trx, course_id);
  return { student, course, existing: await enrollments.find(trx, student_id, course_id) };
}

function refuseActive(existing: Enrollment | undefined, { student_id, course_id }: EnrollRequest): void {
  if (existing?.status === "enrolled" || existing?.status === "waitlisted") {
    throw new DomainError(
      "already-enrolled",
      `Student ${student_id} is already ${existing.status} in course ${course_id}`,
    );
  }
  if (existing?.status === "completed") {
    throw new DomainError(
      "already-completed",
      `Student ${student_id} has already completed course ${course_id}`,
    );
  }
}

const courseFull = (course: { id: number; capacity: number | null }) =>
  new DomainError(
    "course-full",
    `Course ${course.id} is full (capacity ${String(course.capacity)}); send "waitlist": true to join its waitlist`,
  );

/**
 * Judges the enrollment by every registration rule, under the locks the caller holds; refuses it when one is
 * broken (a full course alone is v1's course-full). Answers the overrides that let it through.
 */
async function admit(
  trx: Db,
  student: { id: number; max_credits: number | null },
  course: { id: number; capacity: number | null },
  waitlist: boolean,
  { caller }: Requester,
): Promise<Override[]> {
  const verdict = await judgeEnrollment(trx, { student, course_id: course.id, waitlist, caller });
  if (verdict.violations.length > 0) throw refusal(verdict.violations, () => courseFull(course));
  return verdict.used;
}

export interface SeatRequest extends EnrollRequest {
  /** The courses to drop when a waitlisted seat comes (a swap); see the registration endpoint. */
  swap_for?: number[] | undefined;
}

/**
 * Gives the student a seat, or a place at the end of the waitlist when the course is full and they asked for
 * one. Runs under the course's lock, so concurrent requests can never overfill a course.
 */
export async function takeSeat(
  trx: Db,
  course: { id: number; capacity: number | null; enrolled_count: number },
  request: SeatRequest,
  existing: Enrollment | undefined,
  event: (status: "enrolled" | "waitlisted") => EnrollmentEvent,
  actor: string,
  used: Override[] = [],
): Promise<Enrollment> {
  const { student_id, course_id } = request;
  const seatFree = course.capacity === null || course.enrolled_count < course.capacity;
  if (!seatFree && request.waitlist !== true) throw courseFull(course);
  const now = new Date().toISOString();
  const status = seatFree ? ("enrolled" as const) : ("waitlisted" as const);
  const swap_for = status === "waitlisted" && request.swap_for?.length ? request.swap_for : undefined;
  const row = {
    status,
    grade: null,
    waitlist_order: seatFree ? null : await enrollments.nextWaitlistOrder(trx, course_id),
    swap_for: swap_for === undefined ? null : JSON.stringify(swap_for),
    enrolled_at: now,
    updated_at: now,
  };
  if (existing) await enrollments.update(trx, student_id, course_id, row);
  else await enrollments.insert(trx, { student_id, course_id, ...row });
  const detail: EventDetail = { ...overrideDetail(used), ...(swap_for && { swap_for }) };
  await history.record(trx, [
    {
      student_id,
      course_id,
      event: event(status),
      from_status: existing?.status ?? null,
      to_status: status,
      actor,
      occurred_at: now,
      detail: Object.keys(detail).length === 0 ? undefined : detail,
    },
  ]);
  return (await enrollments.find(trx, student_id, course_id)) as Enrollment;
}

export async function enroll(db: Db, request: EnrollRequest, requester: Requester): Promise<Enrollment> {
  return inTransaction(db, async (trx) => {
    const { student, course, existing } = await lockEnrollment(trx, request.student_id, request.course_id);
    refuseActive(existing, request);
    const used = await admit(trx, student, course, request.waitlist === true, requester);
    const event = (status: "enrolled" | "waitlisted") => (existing ? "re-enrolled" : status);
    return takeSeat(trx, course, request, existing, event, requester.actor, used);
  });
}

export type BatchResult = { enrollment: Enrollment } | { error: DomainError };

/**
 * Enrolls each item on its own, as POST /enroll would (its own transaction, the usual rules), in the order
 * given: one item's conflict neither stops nor undoes another. Errors that are not about the item (the
 * database is unreachable) end the batch; the items before it stay done, and a retry of them is a 409.
 */
export async function enrollBatch(
  db: Db,
  items: EnrollRequest[],
  requester: Requester,
): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const item of items) {
    try {
      results.push({ enrollment: await enroll(db, item, requester) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ error });
    }
  }
  return results;
}

/** Drops an enrolled or waitlisted enrollment of locked rows; a freed seat goes to the waitlist. */
export async function dropLocked(
  trx: Db,
  existing: Enrollment | undefined,
  student_id: number,
  course_id: number,
  actor: string,
): Promise<void> {
  if (!existing || existing.status === "dropped") throw enrollmentNotFound(student_id, course_id);
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
    swap_for: null,
    updated_at: now,
  });
  await history.record(trx, [
    {
      student_id,
      course_id,
      event: "dropped",
      from_status: existing.status,
      to_status: "dropped",
      actor,
      occurred_at: now,
    },
  ]);
  await fillFreeSeats(trx, course_id, actor);
}

/**
 * Drops an enrolled or waitlisted student; a freed seat goes to the waitlist in the same transaction. A student
 * dropping on their own is held to the term's registration window and add/drop period, as in a registration.
 */
export async function drop(
  db: Db,
  student_id: number,
  course_id: number,
  { actor, caller }: Requester,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { existing } = await lockEnrollment(trx, student_id, course_id);
    if (caller === "student" && (existing?.status === "enrolled" || existing?.status === "waitlisted")) {
      const section = (await sectionFacts(trx, [course_id])).get(course_id);
      const violation = section && dropViolation(section, new Date(), caller);
      if (violation) {
        const detail = `The registration rules do not allow this: ${violation.detail}`;
        throw new DomainError("registration-blocked", detail, undefined, [violation]);
      }
    }
    await dropLocked(trx, existing, student_id, course_id, actor);
  });
}

const invalidTransition = (detail: string) => new DomainError("invalid-transition", detail);

/**
 * PATCH an enrollment: complete an enrolled one (optionally with a grade), change the grade of a completed
 * one, or restore a dropped one (the registration rules as for a new enrollment). Anything else is a 409.
 */
export async function updateEnrollment(
  db: Db,
  student_id: number,
  course_id: number,
  patch: EnrollmentPatch,
  requester: Requester,
): Promise<Enrollment> {
  const { actor } = requester;
  return inTransaction(db, async (trx) => {
    const { student, course, existing } = await lockEnrollment(trx, student_id, course_id);
    if (!existing) throw enrollmentNotFound(student_id, course_id);
    const target = patch.status ?? existing.status;
    const now = new Date().toISOString();

    if (target === "enrolled" && existing.status === "dropped") {
      if (patch.grade !== undefined)
        throw invalidTransition("A grade can only be given with status completed");
      const used = await admit(trx, student, course, patch.waitlist === true, requester);
      const request = { student_id, course_id, waitlist: patch.waitlist };
      return takeSeat(trx, course, request, existing, () => "restored", actor, used);
    }
    if (target === "completed" && (existing.status === "enrolled" || existing.status === "completed")) {
      const grade = patch.grade === undefined ? existing.grade : patch.grade;
      if (existing.status === "completed" && grade === existing.grade) return existing;
      await enrollments.update(trx, student_id, course_id, { status: "completed", grade, updated_at: now });
      await history.record(trx, [
        {
          student_id,
          course_id,
          event: existing.status === "completed" ? "grade-changed" : "completed",
          from_status: existing.status,
          to_status: "completed",
          from_grade: existing.grade,
          to_grade: grade,
          actor,
          occurred_at: now,
        },
      ]);
      await fillFreeSeats(trx, course_id, actor);
      return (await enrollments.find(trx, student_id, course_id)) as Enrollment;
    }
    if (target === existing.status && patch.grade === undefined) return existing;
    throw invalidTransition(
      patch.status === undefined
        ? `A grade can only be set on a completed enrollment; this one is ${existing.status}`
        : `An enrollment that is ${existing.status} cannot become ${patch.status}`,
    );
  });
}

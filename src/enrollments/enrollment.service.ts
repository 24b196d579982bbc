import * as courses from "../courses/course.repository.ts";
import type { Db, EnrollmentEvent, EnrollmentStatus } from "../db/database.ts";
import { decodeCursor, encodeCursor, isId } from "../db/cursor.ts";
import { inTransaction } from "../db/dialect.ts";
import { courseNotFound, DomainError, studentNotFound } from "../errors.ts";
import * as students from "../students/student.repository.ts";
import * as enrollments from "./enrollment.repository.ts";
import type { RosterPosition } from "./enrollment.repository.ts";
import type { Enrollment, EnrollmentPatch } from "./enrollment.schema.ts";
import * as history from "./history.repository.ts";

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

/** Locks are always taken student first, then course, here and when a student is deleted: no deadlocks. */
async function lockStudent(trx: Db, student_id: number): Promise<void> {
  if (!(await students.findForKeyShare(trx, student_id))) throw studentNotFound(student_id);
}

/** The student (checked first), then the course, locked for the seat decision, then the enrollment if any. */
async function lockEnrollment(trx: Db, student_id: number, course_id: number) {
  await lockStudent(trx, student_id);
  const course = await lockCourse(trx, course_id);
  return { course, existing: await enrollments.find(trx, student_id, course_id) };
}

const enrollmentNotFound = (student_id: number, course_id: number) =>
  new DomainError("enrollment-not-found", `Student ${student_id} has no enrollment in course ${course_id}`);

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

/**
 * Gives the student a seat, or a place at the end of the waitlist when the course is full and they asked for
 * one. Runs under the course's lock, so concurrent requests can never overfill a course.
 */
async function takeSeat(
  trx: Db,
  course: { id: number; capacity: number | null; enrolled_count: number },
  request: EnrollRequest,
  existing: Enrollment | undefined,
  event: (status: "enrolled" | "waitlisted") => EnrollmentEvent,
  actor: string,
): Promise<Enrollment> {
  const { student_id, course_id } = request;
  const seatFree = course.capacity === null || course.enrolled_count < course.capacity;
  if (!seatFree && request.waitlist !== true) {
    throw new DomainError(
      "course-full",
      `Course ${course_id} is full (capacity ${String(course.capacity)}); send "waitlist": true to join its waitlist`,
    );
  }
  const now = new Date().toISOString();
  const status = seatFree ? ("enrolled" as const) : ("waitlisted" as const);
  const row = {
    status,
    grade: null,
    waitlist_order: seatFree ? null : await enrollments.nextWaitlistOrder(trx, course_id),
    enrolled_at: now,
    updated_at: now,
  };
  if (existing) await enrollments.update(trx, student_id, course_id, row);
  else await enrollments.insert(trx, { student_id, course_id, ...row });
  await history.record(trx, [
    {
      student_id,
      course_id,
      event: event(status),
      from_status: existing?.status ?? null,
      to_status: status,
      actor,
      occurred_at: now,
    },
  ]);
  return (await enrollments.find(trx, student_id, course_id)) as Enrollment;
}

export async function enroll(db: Db, request: EnrollRequest, actor: string): Promise<Enrollment> {
  return inTransaction(db, async (trx) => {
    const { course, existing } = await lockEnrollment(trx, request.student_id, request.course_id);
    refuseActive(existing, request);
    return takeSeat(trx, course, request, existing, (status) => (existing ? "re-enrolled" : status), actor);
  });
}

export type BatchResult = { enrollment: Enrollment } | { error: DomainError };

/**
 * Enrolls each item on its own, as POST /enroll would (its own transaction, the usual capacity rules), in the
 * order given: one item's conflict neither stops nor undoes another. Errors that are not about the item (the
 * database is unreachable) end the batch; the items before it stay done, and a retry of them is a 409.
 */
export async function enrollBatch(db: Db, items: EnrollRequest[], actor: string): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const item of items) {
    try {
      results.push({ enrollment: await enroll(db, item, actor) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ error });
    }
  }
  return results;
}

/** Gives every free seat of a locked course to the students who have waited longest. */
export async function fillFreeSeats(trx: Db, course_id: number, actor: string): Promise<void> {
  const course = await courses.findSeats(trx, course_id);
  if (!course) return;
  const free = course.capacity === null ? course.waitlist_count : course.capacity - course.enrolled_count;
  if (free <= 0 || course.waitlist_count === 0) return;
  const promoted = await enrollments.longestWaiting(trx, course_id, free);
  const now = new Date().toISOString();
  await enrollments.promote(trx, course_id, promoted, now);
  await history.record(
    trx,
    promoted.map((student_id) => ({
      student_id,
      course_id,
      event: "promoted" as const,
      from_status: "waitlisted" as const,
      to_status: "enrolled" as const,
      actor,
      occurred_at: now,
    })),
  );
}

/** Drops an enrolled or waitlisted student; a freed seat goes to the waitlist in the same transaction. */
export async function drop(db: Db, student_id: number, course_id: number, actor: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { existing } = await lockEnrollment(trx, student_id, course_id);
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
  });
}

const invalidTransition = (detail: string) => new DomainError("invalid-transition", detail);

/**
 * PATCH an enrollment: complete an enrolled one (optionally with a grade), change the grade of a completed
 * one, or restore a dropped one (capacity rules as for a new enrollment). Anything else is a 409.
 */
export async function updateEnrollment(
  db: Db,
  student_id: number,
  course_id: number,
  patch: EnrollmentPatch,
  actor: string,
): Promise<Enrollment> {
  return inTransaction(db, async (trx) => {
    const { course, existing } = await lockEnrollment(trx, student_id, course_id);
    if (!existing) throw enrollmentNotFound(student_id, course_id);
    const target = patch.status ?? existing.status;
    const now = new Date().toISOString();

    if (target === "enrolled" && existing.status === "dropped") {
      if (patch.grade !== undefined)
        throw invalidTransition("A grade can only be given with status completed");
      return takeSeat(
        trx,
        course,
        { student_id, course_id, waitlist: patch.waitlist },
        existing,
        () => "restored",
        actor,
      );
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
  page: { limit?: number | undefined; cursor?: string | undefined },
) {
  const course = await courses.findById(db, course_id);
  if (!course) throw courseNotFound(course_id);
  const scope = `roster:${course_id}:${statuses.join(",")}`;
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor, scope, isRosterPosition);
  const limit = page.limit === undefined ? undefined : page.limit + 1;
  const rows = await enrollments.studentsOfCourse(db, course_id, statuses, { limit, after });
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
    await requireStudent(db, student_id);
    if (!(await courses.findSeats(db, course_id))) throw courseNotFound(course_id);
    throw enrollmentNotFound(student_id, course_id);
  }
  return { student_id, course_id, events };
}

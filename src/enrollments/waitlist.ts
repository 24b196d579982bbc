/**
 * Waitlist promotion: whenever seats free up, the students who have waited longest get them, in the transaction
 * that freed them, if the registration rules still let them in; a student who now fails a rule is passed over
 * (promotion-skipped) and keeps their place. A seat that comes to a swap also drops the sections it replaces.
 */
import * as courses from "../courses/course.repository.ts";
import type { Db } from "../db/database.ts";
import * as facts from "../registration/facts.repository.ts";
import { judgeEnrollment, overrideDetail } from "../registration/gate.ts";
import * as students from "../students/student.repository.ts";
import * as enrollments from "./enrollment.repository.ts";
import * as history from "./history.repository.ts";

/** Gives every free seat of a locked course to the longest-waiting students the rules let in. */
export async function fillFreeSeats(trx: Db, course_id: number, actor: string): Promise<void> {
  const course = await courses.findSeats(trx, course_id);
  if (!course || course.waitlist_count === 0) return;
  let free = course.capacity === null ? course.waitlist_count : course.capacity - course.enrolled_count;
  if (free <= 0) return;
  const adding = (await facts.sectionFacts(trx, [course_id])).get(course_id);
  for (const { student_id, swap_for } of await enrollments.waitingInOrder(trx, course_id)) {
    if (free === 0) break;
    const student = await students.findById(trx, student_id);
    if (!student) continue;
    const verdict = await judgeEnrollment(trx, {
      student,
      course_id,
      adding,
      waitlist: true,
      caller: "staff",
      without: [course_id, ...swap_for],
    });
    const now = new Date().toISOString();
    if (verdict.violations.length > 0) {
      await recordSkip(
        trx,
        student_id,
        course_id,
        verdict.violations.map((violation) => violation.rule),
        actor,
        now,
      );
      continue;
    }
    await enrollments.promote(trx, course_id, student_id, now);
    const swapped = swap_for.length === 0 ? {} : { swapped_out: swap_for };
    const detail = { ...overrideDetail(verdict.used), ...swapped };
    await history.record(trx, [
      {
        student_id,
        course_id,
        event: "promoted",
        from_status: "waitlisted",
        to_status: "enrolled",
        actor,
        occurred_at: now,
        detail: Object.keys(detail).length === 0 ? undefined : detail,
      },
    ]);
    free--;
    for (const dropped of swap_for) await dropForSwap(trx, student_id, dropped, course_id, actor);
  }
}

/** Records that a seat passed the student over, unless the last event already said so for the same rules. */
async function recordSkip(
  trx: Db,
  student_id: number,
  course_id: number,
  rules: string[],
  actor: string,
  now: string,
) {
  const last = await history.latest(trx, student_id, course_id);
  if (last?.event === "promotion-skipped" && last.detail === JSON.stringify({ rules })) return;
  await history.record(trx, [
    {
      student_id,
      course_id,
      event: "promotion-skipped",
      from_status: "waitlisted",
      to_status: "waitlisted",
      actor,
      occurred_at: now,
      detail: { rules },
    },
  ]);
}

/**
 * Drops a section a swap replaces, in the transaction that seated the student elsewhere, and gives its seat on.
 * Its course is locked after the one being filled, against the usual id order: PostgreSQL may then find a
 * deadlock with a registration that locked them the other way, and inTransaction runs the loser again.
 */
async function dropForSwap(trx: Db, student_id: number, course_id: number, seatedIn: number, actor: string) {
  if (!(await courses.findForUpdate(trx, course_id))) return;
  const existing = await enrollments.find(trx, student_id, course_id);
  if (existing?.status !== "enrolled" && existing?.status !== "waitlisted") return;
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
      detail: { swapped_for: seatedIn },
    },
  ]);
  await fillFreeSeats(trx, course_id, actor);
}

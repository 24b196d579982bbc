/**
 * Registration in one step: adds and drops in one transaction, all or nothing, judged on the schedule after the
 * drops; a dry run answers the same judgement and writes nothing; with a waitlist, a full added course keeps the
 * drops until its seat comes (a swap).
 */
import type { Db } from "../db/database.ts";
import { inTransaction } from "../db/dialect.ts";
import { enrollmentNotFound } from "../enrollments/enrollment-reads.ts";
import * as enrollments from "../enrollments/enrollment.repository.ts";
import { dropLocked, lockCourse, lockStudent, takeSeat } from "../enrollments/enrollment.service.ts";
import type { Enrollment } from "../enrollments/enrollment.schema.ts";
import { DomainError, invalidField } from "../errors.ts";
import type { Requester } from "../http/actor.ts";
import * as facts from "./facts.repository.ts";
import { judgeEnrollment } from "./gate.ts";
import { dropViolation, type Holding, type SectionFacts, type Violation } from "./judge.ts";
import type { Override, RegistrationBody } from "./registration.schema.ts";

interface PlannedAdd {
  section: SectionFacts;
  status: "enrolled" | "waitlisted";
  used: Override[];
}

export type RegistrationAnswer =
  | { dry_run: false; enrollments: Enrollment[]; dropped: number[] }
  | {
      dry_run: true;
      would_succeed: boolean;
      violations: Violation[];
      outcome: { course_id: number; status: "enrolled" | "waitlisted" }[];
      dropped: number[];
    };

const isActive = (holding: Holding | undefined) =>
  holding?.status === "enrolled" || holding?.status === "waitlisted";

/** The drops must be enrolled or waitlisted enrollments, as DELETE …/courses/{id} requires. */
function checkDrops(student_id: number, drop: number[], schedule: Holding[]): void {
  for (const course_id of drop) {
    const holding = schedule.find((each) => each.section.id === course_id);
    if (holding?.status === "completed") {
      throw new DomainError(
        "already-completed",
        `Student ${student_id} has completed course ${course_id}; it cannot be dropped`,
      );
    }
    if (!isActive(holding)) throw enrollmentNotFound(student_id, course_id);
  }
}

/**
 * Judges every add in the order asked, each beside the ones before it. A course seated now must fit beside the
 * drops when they are kept for a swap; a waitlisted one is judged as it will be seated: without them.
 */
async function plan(
  trx: Db,
  student: { id: number; max_credits: number | null },
  { add, drop, waitlist = false }: RegistrationBody,
  schedule: Holding[],
  requester: Requester,
) {
  const sections = await facts.sectionFacts(trx, [...add, ...drop]);
  const seatFree = (section: SectionFacts) =>
    section.capacity === null || section.enrolled_count < section.capacity;
  const addSections = add.map((id) => sections.get(id) as SectionFacts);
  const swap = waitlist && drop.length > 0 && addSections.some((section) => !seatFree(section));
  const afterDrops = schedule.map((holding) =>
    drop.includes(holding.section.id) ? { ...holding, status: "dropped" as const } : holding,
  );
  const now = new Date();
  const violations: Violation[] = drop.flatMap(
    (id) => dropViolation(sections.get(id) as SectionFacts, now, requester.caller) ?? [],
  );
  const planned: PlannedAdd[] = [];
  for (const section of addSections) {
    const status = seatFree(section) ? ("enrolled" as const) : ("waitlisted" as const);
    const base = swap && status === "enrolled" ? schedule : afterDrops;
    const earlierAdds = planned.map((each) => ({ section: each.section, status: each.status, grade: null }));
    const verdict = await judgeEnrollment(trx, {
      student,
      course_id: section.id,
      adding: section,
      waitlist,
      caller: requester.caller,
      schedule: [...base, ...earlierAdds],
    });
    violations.push(...verdict.violations);
    planned.push({ section, status, used: verdict.used });
  }
  return { planned, violations, swap };
}

export async function register(
  db: Db,
  student_id: number,
  body: RegistrationBody,
  requester: Requester,
): Promise<RegistrationAnswer> {
  const { add, drop, dry_run = false } = body;
  if (add.length === 0 && drop.length === 0)
    throw invalidField("add", "or drop must name at least one course");
  const both = add.find((id) => drop.includes(id));
  if (both !== undefined) throw invalidField("drop", `must not name course ${both}, which add names too`);
  return inTransaction(db, async (trx) => {
    const student = await lockStudent(trx, student_id);
    const seats = new Map<number, Awaited<ReturnType<typeof lockCourse>>>();
    for (const id of [...add, ...drop].sort((a, b) => a - b)) seats.set(id, await lockCourse(trx, id));
    const schedule = await facts.scheduleOf(trx, student_id);
    checkDrops(student_id, drop, schedule);
    const { planned, violations, swap } = await plan(trx, student, body, schedule, requester);
    const dropped = swap ? [] : drop;
    if (dry_run) {
      const outcome = planned.map(({ section, status }) => ({ course_id: section.id, status }));
      return { dry_run: true, would_succeed: violations.length === 0, violations, outcome, dropped };
    }
    if (violations.length > 0) {
      throw new DomainError(
        "registration-blocked",
        `The registration rules do not allow this: ${violations.map((violation) => violation.detail).join("; ")}`,
        undefined,
        violations,
      );
    }
    for (const course_id of dropped) {
      await dropLocked(
        trx,
        await enrollments.find(trx, student_id, course_id),
        student_id,
        course_id,
        requester.actor,
      );
    }
    const added: Enrollment[] = [];
    for (const { section, status, used } of planned) {
      const course_id = section.id;
      const existing = await enrollments.find(trx, student_id, course_id);
      const swap_for = swap && status === "waitlisted" ? drop : undefined;
      const request = { student_id, course_id, waitlist: body.waitlist, swap_for };
      const event = (seated: "enrolled" | "waitlisted") => (existing ? "re-enrolled" : seated);
      const course = seats.get(course_id) ?? (await lockCourse(trx, course_id));
      added.push(await takeSeat(trx, course, request, existing, event, requester.actor, used));
    }
    return { dry_run: false, enrollments: added, dropped };
  });
}

/**
 * The registration rules for an import's enrollments, as for any other enrollment: judged in the import's
 * transaction once its terms, catalog and courses are written (so the rules see them as they will be), in file
 * order, each beside the student's schedule and the import's earlier enrollments. The import's own seat rule
 * (free seats first, then the waitlist) stands in for course-full. A course without a term, catalog entry or
 * meetings can only break a hold, so a roster of such courses (the benchmark's million enrollments) reads no
 * schedules at all.
 */
import type { Db } from "../db/database.ts";
import * as facts from "../registration/facts.repository.ts";
import { overrideDetail } from "../registration/gate.ts";
import {
  violationsOf,
  withoutOverridden,
  type Holding,
  type SectionFacts,
  type Violation,
} from "../registration/judge.ts";
import * as registration from "../registration/registration.repository.ts";
import type { EventDetail } from "../enrollments/enrollment.schema.ts";
import { idOf, type Plan, type PlannedEnrollment } from "./plan-base.ts";
import { lockSeats } from "./seats.repository.ts";

export interface ImportedEnrollment {
  student_id: number;
  course_id: number;
  status: "enrolled" | "waitlisted";
}

export interface ImportVerdicts {
  /** Violations by the enrollment's index, for the ones the rules refuse. */
  refused: Map<number, Violation[]>;
  /** History details by index, for the ones an override let through. */
  details: Map<number, EventDetail>;
}

const ruled = (section: SectionFacts | undefined) =>
  section !== undefined &&
  (section.term !== null || section.catalog_id !== null || section.meetings.length > 0);

export async function judgeImportedEnrollments(
  trx: Db,
  enrollments: ImportedEnrollment[],
): Promise<ImportVerdicts> {
  const verdicts: ImportVerdicts = { refused: new Map(), details: new Map() };
  if (enrollments.length === 0) return verdicts;
  const sections = await facts.sectionFacts(trx, [...new Set(enrollments.map((e) => e.course_id))]);
  const holds = await registration.activeHoldsOf(trx, [...new Set(enrollments.map((e) => e.student_id))]);
  const judged = new Set<number>();
  for (const { student_id, course_id } of enrollments)
    if (ruled(sections.get(course_id)) || holds.has(student_id)) judged.add(student_id);
  if (judged.size === 0) return verdicts;
  const schedules = await facts.schedulesOf(trx, [...judged]);
  const limits = await facts.creditLimitsOf(trx, [...judged]);
  const now = new Date();
  for (let index = 0; index < enrollments.length; index++) {
    const { student_id, course_id, status } = enrollments[index] as ImportedEnrollment;
    const adding = sections.get(course_id);
    if (adding === undefined || (!ruled(adding) && !holds.has(student_id))) continue;
    const schedule = schedules.get(student_id) ?? [];
    const violations = violationsOf({
      now,
      caller: "staff",
      holds: holds.get(student_id) ?? [],
      max_credits: limits.get(student_id) ?? null,
      schedule,
      adding,
      waitlist: true,
    });
    if (violations.length > 0) {
      const { remaining, used } = withoutOverridden(
        violations,
        await registration.activeOverrides(trx, student_id, course_id),
      );
      if (remaining.length > 0) {
        verdicts.refused.set(index, remaining);
        continue;
      }
      const detail = overrideDetail(used);
      if (detail !== undefined) verdicts.details.set(index, detail);
    }
    const held: Holding = { section: adding, status, grade: null };
    const replaced = schedule.findIndex((each) => each.section.id === course_id);
    if (replaced === -1) schedule.push(held);
    else schedule[replaced] = held;
    schedules.set(student_id, schedule);
  }
  return verdicts;
}

/** A planned enrollment with its ids, as the writer writes it. */
export interface AdmittedEnrollment extends ImportedEnrollment {
  line: number;
  waitlist_order: number | null;
  event: PlannedEnrollment["event"];
  from_status: PlannedEnrollment["from_status"];
  detail: EventDetail | undefined;
}

/**
 * Judges the plan's enrollments by the registration rules (see above). Each refused one becomes a row error of
 * enrollments.csv naming its rules; the rest keep their seats, or, when some were refused, take the seats again
 * in file order (a refused enrollment leaves its seat to the next one, as the plan would have).
 */
export async function admitEnrollments(
  trx: Db,
  plan: Plan,
  ids: { students: number[]; courses: number[] },
): Promise<AdmittedEnrollment[]> {
  // Plain object literals, not spreads: a million of them.
  const resolved: AdmittedEnrollment[] = plan.enrollments.map((e) => ({
    line: e.line,
    student_id: idOf(e.student, ids.students),
    course_id: idOf(e.course, ids.courses),
    status: e.status,
    waitlist_order: e.waitlist_order,
    event: e.event,
    from_status: e.from_status,
    detail: undefined,
  }));
  const { refused, details } = await judgeImportedEnrollments(trx, resolved);
  for (const [index, detail] of details) (resolved[index] as AdmittedEnrollment).detail = detail;
  if (refused.size === 0) return resolved;
  const summary = plan.summaries.get("enrollments.csv");
  for (const [index, violations] of refused) {
    const e = resolved[index] as AdmittedEnrollment;
    const reason = violations.map(({ rule, detail }) => `${rule}: ${detail}`).join("; ");
    plan.rejects.add("enrollments.csv", e.line, "classSourcedId", `registration rules: ${reason}`);
    if (summary) {
      if (e.from_status === null) summary.created--;
      else summary.updated--;
    }
  }
  return reseat(
    trx,
    plan,
    resolved.filter((_, index) => !refused.has(index)),
  );
}

/** Gives the admitted enrollments their seats again in file order: free seats first, then the waitlist. */
async function reseat<Row extends AdmittedEnrollment>(trx: Db, plan: Plan, admitted: Row[]): Promise<Row[]> {
  const seats = new Map(
    (await lockSeats(trx, [...new Set(admitted.map((e) => e.course_id))], false)).map((seat) => [
      seat.id,
      seat,
    ]),
  );
  plan.waitlisted = 0;
  return admitted.map((e) => {
    const seat = seats.get(e.course_id);
    if (seat === undefined) return e;
    const seatFree = seat.capacity === null || seat.enrolled_count < seat.capacity;
    if (seatFree) seat.enrolled_count++;
    else plan.waitlisted++;
    const status = seatFree ? ("enrolled" as const) : ("waitlisted" as const);
    const event = e.from_status === "dropped" ? ("re-enrolled" as const) : status;
    return { ...e, status, event, waitlist_order: seatFree ? null : ++seat.last_order };
  });
}

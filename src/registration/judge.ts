/**
 * The registration rules, as data in and violations out: no I/O, so one judge serves enrollments, the
 * registration endpoint, dry runs, imports and waitlist promotions alike, and is tested without a database.
 */
import type { Meeting } from "../courses/course.schema.ts";
import type { EnrollmentStatus } from "../db/database.ts";
import { meetsMinimum } from "./grades.ts";

export const rules = [
  "registration-closed",
  "hold",
  "prerequisite-not-met",
  "time-conflict",
  "credit-limit-exceeded",
  "duplicate-catalog-course",
  "course-full",
  "already-enrolled",
  "already-completed",
] as const;
export type Rule = (typeof rules)[number];

export interface Violation {
  rule: Rule;
  course_id: number;
  detail: string;
}

export interface TermFacts {
  id: number;
  code: string;
  starts_on: string;
  ends_on: string;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  add_drop_ends_on: string | null;
  max_credits: number | null;
}

export interface RequirementFacts {
  catalog_id: number;
  code: string;
  min_grade: string | null;
  concurrent: boolean;
}

/** A course (section) as the rules see it: its term, catalog entry, effective credits and meetings. */
export interface SectionFacts {
  id: number;
  code: string;
  term: TermFacts | null;
  catalog_id: number | null;
  credits: number | null;
  meetings: Meeting[];
  capacity: number | null;
  enrolled_count: number;
  /** The prerequisite groups of its catalog entry (an AND of OR-groups); [] for none. */
  prerequisites: RequirementFacts[][];
}

export interface Holding {
  section: SectionFacts;
  status: EnrollmentStatus;
  grade: string | null;
}

export interface Case {
  now: Date;
  /** Students are bound by the add/drop deadline; staff are not. */
  caller: "staff" | "student";
  /** Reasons of the student's active holds. */
  holds: string[];
  /** The student's own credit limit; null: the term's. */
  max_credits: number | null;
  /** Every enrollment of the student, as the schedule will be when this one is judged (after any drops). */
  schedule: Holding[];
  adding: SectionFacts;
  waitlist: boolean;
}

const dayNames: Record<string, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

const describeMeeting = (meeting: Meeting, days: string[]) =>
  `${days.map((day) => dayNames[day] ?? day).join(", ")} ${meeting.starts_at}–${meeting.ends_at}`;

const isActive = (status: EnrollmentStatus) => status === "enrolled" || status === "waitlisted";
const active = (holding: Holding) => isActive(holding.status);

const sameTerm = (a: SectionFacts, b: SectionFacts) =>
  a.term !== null && b.term !== null && a.term.id === b.term.id;

/** Terms that share a day; a course without a term may meet any time, so it overlaps every term. */
const termsOverlap = (a: TermFacts | null, b: TermFacts | null) =>
  a === null || b === null || (a.starts_on <= b.ends_on && b.starts_on <= a.ends_on);

function windowViolation(term: TermFacts | null, now: Date, caller: Case["caller"]): string | undefined {
  if (term === null) return undefined;
  const deadline = caller === "student" ? term.add_drop_ends_on : null;
  if (term.registration_opens_at === null && term.registration_closes_at === null && deadline === null)
    return undefined;
  const at = now.toISOString();
  if (term.registration_opens_at !== null && at < term.registration_opens_at) {
    return `Registration for ${term.code} opens at ${term.registration_opens_at}`;
  }
  if (term.registration_closes_at !== null && at > term.registration_closes_at) {
    return `Registration for ${term.code} closed at ${term.registration_closes_at}`;
  }
  // Dates are compared as UTC calendar days.
  if (deadline !== null && at.slice(0, 10) > deadline) {
    return `Adding and dropping ${term.code} on your own ended on ${deadline}; ask the registrar`;
  }
  return undefined;
}

/** Whether one item of a prerequisite group is met by the student's record. */
function itemMet(item: RequirementFacts, target: SectionFacts, schedule: Holding[]): boolean {
  return schedule.some(({ section, status, grade }) => {
    if (section.catalog_id !== item.catalog_id || section.id === target.id) return false;
    if (status === "completed") return meetsMinimum(grade, item.min_grade);
    const earlier =
      section.term !== null && target.term !== null && section.term.ends_on < target.term.starts_on;
    if (status === "enrolled" && earlier) return true;
    return item.concurrent && isActive(status) && sameTerm(section, target);
  });
}

const describeItem = (item: RequirementFacts) =>
  `${item.code}${item.min_grade === null ? "" : ` (${item.min_grade} or better)`}${item.concurrent ? " (may be taken at the same time)" : ""}`;

function prerequisiteViolation({ adding, schedule }: Case): string | undefined {
  const unmet = adding.prerequisites.filter(
    (group) => !group.some((item) => itemMet(item, adding, schedule)),
  );
  if (unmet.length === 0) return undefined;
  return unmet
    .map((group) =>
      group.length === 1
        ? `Requires ${describeItem(group[0] as RequirementFacts)}`
        : `Requires one of ${group.map(describeItem).join(", ")}`,
    )
    .join("; ");
}

function conflictViolations({ adding, schedule }: Case): string[] {
  const found: string[] = [];
  for (const { section } of schedule.filter(active)) {
    if (section.id === adding.id || !termsOverlap(section.term, adding.term)) continue;
    for (const mine of adding.meetings) {
      for (const theirs of section.meetings) {
        const days = mine.days.filter((day) => theirs.days.includes(day));
        if (days.length === 0 || mine.starts_at >= theirs.ends_at || theirs.starts_at >= mine.ends_at)
          continue;
        found.push(
          `Meets ${describeMeeting(mine, days)}, at the same time as ${section.code} (${describeMeeting(theirs, days)})`,
        );
      }
    }
  }
  return found;
}

function creditViolation({ adding, schedule, max_credits }: Case): string | undefined {
  const term = adding.term;
  if (term === null) return undefined;
  const limit = max_credits ?? term.max_credits;
  if (limit === null) return undefined;
  const taken = schedule
    .filter(
      (holding) => active(holding) && holding.section.id !== adding.id && sameTerm(holding.section, adding),
    )
    .reduce((sum, { section }) => sum + (section.credits ?? 0), 0);
  const total = taken + (adding.credits ?? 0);
  if (total <= limit) return undefined;
  return `${adding.code} would bring ${term.code} to ${total} credits, over the limit of ${limit}`;
}

function duplicateViolation({ adding, schedule }: Case): string | undefined {
  if (adding.catalog_id === null) return undefined;
  const other = schedule.find(
    ({ section, status }) =>
      isActive(status) &&
      section.id !== adding.id &&
      section.catalog_id === adding.catalog_id &&
      sameTerm(section, adding),
  );
  return (
    other && `Already ${other.status} in ${other.section.code}, another section of the same course this term`
  );
}

function seatViolation({ adding, waitlist }: Case): string | undefined {
  const full = adding.capacity !== null && adding.enrolled_count >= adding.capacity;
  if (!full || waitlist) return undefined;
  return `${adding.code} is full (capacity ${adding.capacity}); join its waitlist instead`;
}

function existingViolation({ adding, schedule }: Case): Violation | undefined {
  const existing = schedule.find((holding) => holding.section.id === adding.id);
  if (existing === undefined || existing.status === "dropped") return undefined;
  if (existing.status === "completed") {
    return { rule: "already-completed", course_id: adding.id, detail: `Already completed ${adding.code}` };
  }
  return {
    rule: "already-enrolled",
    course_id: adding.id,
    detail: `Already ${existing.status} in ${adding.code}`,
  };
}

/**
 * Every rule the enrollment would break, in the order of the contract's table; [] when it may go ahead.
 * Overrides are not the judge's business: see withoutOverridden.
 */
export function violationsOf(input: Case): Violation[] {
  const course_id = input.adding.id;
  const found: Violation[] = [];
  const add = (rule: Rule, detail: string | undefined) => {
    if (detail !== undefined) found.push({ rule, course_id, detail });
  };
  add("registration-closed", windowViolation(input.adding.term, input.now, input.caller));
  add("hold", input.holds.length === 0 ? undefined : `Hold: ${input.holds.join("; ")}`);
  add("prerequisite-not-met", prerequisiteViolation(input));
  for (const conflict of conflictViolations(input)) add("time-conflict", conflict);
  add("credit-limit-exceeded", creditViolation(input));
  add("duplicate-catalog-course", duplicateViolation(input));
  add("course-full", seatViolation(input));
  const existing = existingViolation(input);
  if (existing !== undefined) found.push(existing);
  return found;
}

/**
 * Dropping is free for staff; a student may drop on their own only while the term's registration window is
 * open and its add/drop period has not ended (registration-closed otherwise).
 */
export function dropViolation(
  section: SectionFacts,
  now: Date,
  caller: Case["caller"],
): Violation | undefined {
  if (caller === "staff") return undefined;
  const detail = windowViolation(section.term, now, caller);
  return detail === undefined ? undefined : { rule: "registration-closed", course_id: section.id, detail };
}

/** Rules no override lets through: a capacity is only ever raised, and an enrollment held is held. */
const notOverridable = new Set<Rule>(["course-full", "already-enrolled", "already-completed"]);

/**
 * The violations that remain once the overrides in force are applied, and the overrides that did something
 * (their use is recorded in the enrollment's history).
 */
export function withoutOverridden<Grant extends { rules: readonly string[] }>(
  violations: Violation[],
  overrides: Grant[],
): { remaining: Violation[]; used: Grant[] } {
  const lets = (grant: Grant, violation: Violation) =>
    !notOverridable.has(violation.rule) && grant.rules.includes(violation.rule);
  return {
    remaining: violations.filter((violation) => !overrides.some((grant) => lets(grant, violation))),
    used: overrides.filter((grant) => violations.some((violation) => lets(grant, violation))),
  };
}

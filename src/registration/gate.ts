/**
 * The one judge's door for every path that gives a student an enrollment: gathers the facts under the locks the
 * caller holds (the student's, then the course's), asks the judge, and applies the overrides in force.
 */
import type { Db } from "../db/database.ts";
import type { Requester } from "../http/actor.ts";
import { DomainError } from "../errors.ts";
import * as facts from "./facts.repository.ts";
import { violationsOf, withoutOverridden, type Holding, type SectionFacts, type Violation } from "./judge.ts";
import * as registration from "./registration.repository.ts";
import type { Override } from "./registration.schema.ts";

export type Caller = Requester["caller"];

export interface EnrollmentCase {
  student: { id: number; max_credits: number | null };
  course_id: number;
  /** The course's facts, when the caller has them already (promotions judge many students for one seat). */
  adding?: SectionFacts | undefined;
  waitlist: boolean;
  caller: Caller;
  /** The student's schedule, when the caller has it already (a registration judging several courses). */
  schedule?: Holding[];
  /** Courses to judge as dropped: the drops of a registration, or a swap's sections when its seat comes. */
  without?: readonly number[];
}

export interface Verdict {
  violations: Violation[];
  /** The overrides that let a rule through: their use goes into the enrollment's history. */
  used: Override[];
}

/**
 * The student's schedule, when the rules need it: a course with no term, no catalog entry and no meetings (as
 * v1 made them) can only break a hold or its capacity, so an enrollment in one reads no schedule.
 */
const scheduleFor = async (trx: Db, student_id: number, adding: SectionFacts): Promise<Holding[]> =>
  adding.term === null && adding.catalog_id === null && adding.meetings.length === 0
    ? []
    : facts.scheduleOf(trx, student_id);

/** Judges one enrollment; a course that does not exist is the caller's to report (it has locked it). */
export async function judgeEnrollment(trx: Db, input: EnrollmentCase): Promise<Verdict> {
  const { student, course_id } = input;
  const adding = input.adding ?? (await facts.sectionFacts(trx, [course_id])).get(course_id);
  if (adding === undefined) return { violations: [], used: [] };
  const schedule = (input.schedule ?? (await scheduleFor(trx, student.id, adding))).filter(
    ({ section }) => !(input.without ?? []).includes(section.id),
  );
  const violations = violationsOf({
    now: new Date(),
    caller: input.caller,
    holds: await registration.activeHoldReasons(trx, student.id),
    max_credits: student.max_credits,
    schedule,
    adding,
    waitlist: input.waitlist,
  });
  if (violations.length === 0) return { violations, used: [] };
  const { remaining, used } = withoutOverridden(
    violations,
    await registration.activeOverrides(trx, student.id, course_id),
  );
  return { violations: remaining, used };
}

const v1Problems = new Set(["course-full", "already-enrolled", "already-completed"]);

/**
 * The refusal for violations: when a v1 problem (a full course, an enrollment already held) is the only reason,
 * that problem exactly as v1 answered it; otherwise 409 registration-blocked listing every violation.
 */
export function refusal(violations: Violation[], v1Problem: (rule: string) => DomainError): DomainError {
  const [only] = violations;
  if (violations.length === 1 && only !== undefined && v1Problems.has(only.rule)) return v1Problem(only.rule);
  return new DomainError(
    "registration-blocked",
    `The registration rules do not allow this: ${violations.map((violation) => violation.detail).join("; ")}`,
    undefined,
    violations,
  );
}

/** What an enrollment's history says about the overrides that let it through. */
export const overrideDetail = (used: Override[]) =>
  used.length === 0
    ? undefined
    : {
        overrides: used.map(({ id, rules, reason, created_by }) => ({
          id,
          rules,
          reason,
          granted_by: created_by,
        })),
      };

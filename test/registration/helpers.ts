import { expect } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import type { TestApp } from "../helpers/app.ts";
import { createCatalogEntry, createCourse, createStudent, createTerm } from "../helpers/factories.ts";
import { expectProblem, type ProblemBody } from "../helpers/problem.ts";

export type ViolationBody = NonNullable<ProblemBody["violations"]>[number];

/** Asserts 409 registration-blocked and answers its violations. */
export function expectBlocked(response: LightMyRequestResponse): ViolationBody[] {
  const problem = expectProblem(response, 409, "registration-blocked");
  expect(problem.violations?.length ?? 0).toBeGreaterThan(0);
  return problem.violations ?? [];
}

export const rulesOf = (violations: ViolationBody[]) => violations.map((violation) => violation.rule);

export const enrollIn = (t: TestApp, student_id: number, course_id: number, waitlist = false) =>
  t.post("/api/v1/enroll", { student_id, course_id, waitlist });

export const meetingAt = (days: string[], starts_at: string, ends_at: string) => ({
  days,
  starts_at,
  ends_at,
});

/** A term open for registration (no window, no deadline), with the given credit limit. */
export const openTerm = (t: TestApp, max_credits: number | null = null) =>
  createTerm(t, { starts_on: "2027-01-18", ends_on: "2027-05-14", max_credits });

/** A school with a term, a catalog entry and a student: the usual start of a rules test. */
export async function school(t: TestApp, max_credits: number | null = null) {
  const term = await openTerm(t, max_credits);
  const student = await createStudent(t);
  const section = (fields: Record<string, unknown> = {}) => createCourse(t, { term_id: term.id, ...fields });
  return {
    term,
    student,
    section,
    entry: (fields: Record<string, unknown> = {}) => createCatalogEntry(t, fields),
  };
}

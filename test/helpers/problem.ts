import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: { field: string; message: string }[];
  violations?: { rule: string; course_id: number; detail: string }[];
}

/** Asserts an RFC 9457 problem response with the given status (and kind, when given) and returns its body. */
export function expectProblem(response: LightMyRequestResponse, status: number, kind?: string): ProblemBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const problem = response.json<ProblemBody>();
  expect(problem.status).toBe(status);
  if (kind !== undefined) expect(problem.type).toBe(`/problems/${kind}`);
  return problem;
}

/** Asserts a 400 validation problem whose errors name the given field. */
export function expectFieldError(response: LightMyRequestResponse, field: string): ProblemBody {
  const problem = expectProblem(response, 400, "validation");
  expect(problem.errors?.map((error) => error.field)).toContain(field);
  return problem;
}

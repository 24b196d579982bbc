import type { TestApp } from "./app.ts";

let sequence = 0;
const next = () => ++sequence;

export function studentInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { first_name: `Ada${n}`, last_name: `Lovelace${n}`, email: `ada${n}@example.edu`, ...overrides };
}

export function courseInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { code: `CS${100 + n}`, title: `Course ${n}`, ...overrides };
}

export async function createStudent(t: TestApp, overrides: Record<string, unknown> = {}) {
  const response = await t.post("/api/v1/students", studentInput(overrides));
  if (response.statusCode !== 201) throw new Error(`student not created: ${response.body}`);
  return response.json<{ id: number; first_name: string; last_name: string; email: string }>();
}

export async function createCourse(t: TestApp, overrides: Record<string, unknown> = {}) {
  const response = await t.post("/api/v1/courses", courseInput(overrides));
  if (response.statusCode !== 201) throw new Error(`course not created: ${response.body}`);
  return response.json<{ id: number; code: string; title: string; capacity: number | null }>();
}

import type { CatalogEntry } from "../../src/catalog/catalog.schema.ts";
import type { Instructor } from "../../src/instructors/instructor.schema.ts";
import type { Term } from "../../src/terms/term.schema.ts";
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

export function termInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { code: `T${n}`, name: `Term ${n}`, starts_on: "2027-01-18", ends_on: "2027-05-14", ...overrides };
}

export function catalogInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { code: `CAT${n}`, title: `Catalog entry ${n}`, ...overrides };
}

export function instructorInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { first_name: `Grace${n}`, last_name: `Hopper${n}`, email: `grace${n}@example.edu`, ...overrides };
}

async function created<Created>(t: TestApp, url: string, body: object): Promise<Created> {
  const response = await t.post(url, body);
  if (response.statusCode !== 201) throw new Error(`${url}: not created: ${response.body}`);
  return response.json<Created>();
}

export const createTerm = (t: TestApp, overrides: Record<string, unknown> = {}) =>
  created<Term>(t, "/api/v1/terms", termInput(overrides));

export const createCatalogEntry = (t: TestApp, overrides: Record<string, unknown> = {}) =>
  created<CatalogEntry>(t, "/api/v1/catalog", catalogInput(overrides));

export const createInstructor = (t: TestApp, overrides: Record<string, unknown> = {}) =>
  created<Instructor>(t, "/api/v1/instructors", instructorInput(overrides));

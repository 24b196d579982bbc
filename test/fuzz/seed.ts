import type { LightMyRequestResponse } from "fastify";
import type { TestApp } from "../helpers/app.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import type { Pools } from "./arbitraries.ts";

function expectStatus(response: LightMyRequestResponse, status: number): LightMyRequestResponse {
  if (response.statusCode !== status)
    throw new Error(`seeding failed: ${response.statusCode} ${response.body}`);
  return response;
}

async function cursorOf(t: TestApp, url: string): Promise<string> {
  const { next_cursor } = expectStatus(await t.get(url), 200).json<{ next_cursor: string | null }>();
  if (next_cursor === null) throw new Error(`seeding failed: ${url} has no next page`);
  return next_cursor;
}

/**
 * A few students and courses with an enrollment in every status (a full course, a waitlist, a completed and a
 * dropped course), so that fuzzed ids and cursors reach real rows in every state.
 */
export async function seedForFuzzing(t: TestApp): Promise<Pools> {
  const students = [await createStudent(t), await createStudent(t), await createStudent(t)];
  const [first, second, third] = students.map((student) => student.id) as [number, number, number];
  const full = await createCourse(t, { capacity: 1 });
  const open = await createCourse(t, { capacity: null, description: "Open to all", credits: 3 });
  const small = await createCourse(t, { capacity: 5 });

  const enroll = async (student_id: number, course_id: number, waitlist = false) =>
    expectStatus(await t.post("/api/v1/enroll", { student_id, course_id, waitlist }), 201);
  await enroll(first, full.id);
  await enroll(second, full.id, true);
  await enroll(first, small.id);
  expectStatus(
    await t.patch(`/api/v1/students/${first}/courses/${small.id}`, { status: "completed", grade: "A" }),
    200,
  );
  await enroll(first, open.id);
  await enroll(third, open.id);
  expectStatus(await t.delete(`/api/v1/students/${third}/courses/${open.id}`), 204);
  await enroll(second, open.id);

  const cursors = [
    await cursorOf(t, "/api/v1/students?limit=1"),
    await cursorOf(t, "/api/v1/students?limit=1&sort=-email"),
    await cursorOf(t, "/api/v1/courses?limit=1"),
    await cursorOf(t, `/api/v1/courses/${open.id}/students?limit=1`),
  ];
  const inAnyCase = (values: string[]) =>
    values.flatMap((value) => [value, value.toUpperCase(), ` ${value}`]);
  return {
    ids: { student_id: [first, second, third], course_id: [full.id, open.id, small.id] },
    cursors,
    taken: {
      email: inAnyCase(students.map((student) => student.email)),
      code: inAnyCase([full.code, open.code, small.code]),
    },
  };
}

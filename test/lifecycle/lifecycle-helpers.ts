import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { expect } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import type { EnrollmentEvent, EnrollmentStatus } from "../../src/db/database.ts";
import type { TestApp } from "../helpers/app.ts";
import { enroll, type Enrollment } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";

export interface HistoryEvent {
  id: number;
  event: EnrollmentEvent;
  from_status: EnrollmentStatus | null;
  to_status: EnrollmentStatus | null;
  from_grade: string | null;
  to_grade: string | null;
  actor: string;
  occurred_at: string;
}

export interface EnrollmentHistory {
  student_id: number;
  course_id: number;
  events: HistoryEvent[];
}

/** The element at `index`, failing the test (rather than typing it `| undefined`) when there is none. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no element ${index} in a list of ${items.length}`);
  return item;
}

export async function studentIds(t: TestApp, count: number, overrides: Record<string, unknown> = {}) {
  const ids: number[] = [];
  for (let n = 0; n < count; n++) ids.push((await createStudent(t, overrides)).id);
  return ids;
}

/** A course of the given capacity with `seated` students enrolled, then `waiting` students waitlisted. */
export async function courseWith(t: TestApp, capacity: number | null, seated: number, waiting: number) {
  const course = await createCourse(t, { capacity });
  const enrolled = await studentIds(t, seated);
  for (const id of enrolled) await enroll(t, id, course.id);
  const waitlisted = await studentIds(t, waiting);
  for (const id of waitlisted) await enroll(t, id, course.id, true);
  return { course, enrolled, waitlisted };
}

export const enrollmentUrl = (student_id: number, course_id: number) =>
  `/api/v1/students/${student_id}/courses/${course_id}`;

export const historyUrl = (student_id: number, course_id: number) =>
  `${enrollmentUrl(student_id, course_id)}/history`;

/** PATCH /api/v1/students/{sid}/courses/{cid}, returning the raw response. */
export function patchEnrollment(
  t: TestApp,
  student_id: number,
  course_id: number,
  body: unknown,
): Promise<LightMyRequestResponse> {
  return t.patch(enrollmentUrl(student_id, course_id), body);
}

/** PATCHes an enrollment and insists on a 200. */
export async function patched(
  t: TestApp,
  student_id: number,
  course_id: number,
  body: unknown,
): Promise<Enrollment> {
  const response = await patchEnrollment(t, student_id, course_id, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Enrollment>();
}

export async function complete(t: TestApp, student_id: number, course_id: number, grade?: string | null) {
  return patched(t, student_id, course_id, { status: "completed", ...(grade !== undefined && { grade }) });
}

/** The history of one enrollment, insisting on a 200. */
export async function historyOf(t: TestApp, student_id: number, course_id: number) {
  const response = await t.get(historyUrl(student_id, course_id));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<EnrollmentHistory>();
}

/** The events of one enrollment's history as [event, from_status, to_status] triples. */
export async function steps(t: TestApp, student_id: number, course_id: number) {
  const { events } = await historyOf(t, student_id, course_id);
  return events.map((each) => [each.event, each.from_status, each.to_status]);
}

/** Every enrollment event in the database, straight from the table. */
export function allEvents(t: TestApp) {
  return t.db.selectFrom("enrollment_events").selectAll().orderBy("id").execute();
}

/** The enrollment row straight from student_courses (undefined when there is none). */
export function enrollmentRow(t: TestApp, student_id: number, course_id: number) {
  return t.db
    .selectFrom("student_courses")
    .selectAll()
    .where("student_id", "=", student_id)
    .where("course_id", "=", course_id)
    .executeTakeFirst();
}

/** The seats of every course as counted from student_courses: [course id, enrolled, waitlisted]. */
export async function realCounts(t: TestApp): Promise<[number, number, number][]> {
  const rows = await t.db
    .selectFrom("courses as c")
    .select([
      "c.id",
      sql<number>`(select cast(count(*) as integer) from student_courses sc
        where sc.course_id = c.id and sc.status = 'enrolled')`.as("enrolled"),
      sql<number>`(select cast(count(*) as integer) from student_courses sc
        where sc.course_id = c.id and sc.status = 'waitlisted')`.as("waitlisted"),
    ])
    .orderBy("c.id")
    .execute();
  return rows.map((row) => [row.id, row.enrolled, row.waitlisted]);
}

/** The seats of every course as the API reports them: [course id, enrolled_count, waitlist_count]. */
export async function reportedCounts(t: TestApp): Promise<[number, number, number][]> {
  const response = await t.get("/api/v1/courses?limit=500&sort=id");
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json<{ data: Course[] }>()
    .data.map((course) => [course.id, course.enrolled_count, course.waitlist_count]);
}

export async function getCourse(t: TestApp, course_id: number): Promise<Course> {
  const response = await t.get(`/api/v1/courses/${course_id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Course>();
}

/** A request with an Idempotency-Key header. */
export function withKey(
  t: TestApp,
  method: "POST" | "PATCH",
  url: string,
  body: unknown,
  key: string,
): Promise<LightMyRequestResponse> {
  return t.request({ method, url, payload: body as object, headers: { "idempotency-key": key } });
}

export async function storedKeys(t: TestApp) {
  return t.db.selectFrom("idempotency_keys").selectAll().orderBy("key").execute();
}

import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { expect } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import type { EnrollmentStatus } from "../../src/db/database.ts";
import type { Enrollment } from "../../src/enrollments/enrollment.schema.ts";
import type { Student } from "../../src/students/student.schema.ts";
import type { TestApp } from "./app.ts";

export type { Enrollment };

export interface StudentCourses {
  student: Student;
  courses: (Course & { enrollment: Enrollment })[];
}

export interface CourseStudents {
  course: Course;
  students: (Student & { enrollment: Enrollment })[];
  next_cursor: string | null;
}

/** An RFC 3339 timestamp in UTC, as the API writes them. */
export const RFC3339_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

/** POST /api/v1/enroll, returning the raw response. */
export function postEnroll(
  t: TestApp,
  student_id: number,
  course_id: number,
  waitlist?: boolean,
): Promise<LightMyRequestResponse> {
  return t.post("/api/v1/enroll", { student_id, course_id, ...(waitlist !== undefined && { waitlist }) });
}

/** Enrolls (or waitlists) and insists on a 201. */
export async function enroll(
  t: TestApp,
  student_id: number,
  course_id: number,
  waitlist?: boolean,
): Promise<Enrollment> {
  const response = await postEnroll(t, student_id, course_id, waitlist);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Enrollment>();
}

export async function dropCourse(t: TestApp, student_id: number, course_id: number): Promise<void> {
  const response = await t.delete(`/api/v1/students/${student_id}/courses/${course_id}`);
  expect(response.statusCode, response.body).toBe(204);
}

export async function studentCourses(t: TestApp, student_id: number, query = ""): Promise<StudentCourses> {
  const response = await t.get(`/api/v1/students/${student_id}/courses${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StudentCourses>();
}

export async function courseStudents(t: TestApp, course_id: number, query = ""): Promise<CourseStudents> {
  const response = await t.get(`/api/v1/courses/${course_id}/students${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CourseStudents>();
}

/** The enrollment of a student in a course as the course roster shows it (any status). */
export async function enrollmentOf(
  t: TestApp,
  student_id: number,
  course_id: number,
): Promise<Enrollment | undefined> {
  const roster = await courseStudents(t, course_id, "?status=enrolled,waitlisted,dropped,completed");
  return roster.students.find((student) => student.id === student_id)?.enrollment;
}

/** Every row of student_courses, straight from the database, in a stable order. */
export function enrollmentRows(t: TestApp) {
  return t.db.selectFrom("student_courses").selectAll().orderBy("course_id").orderBy("student_id").execute();
}

export async function enrollmentRowCount(t: TestApp): Promise<number> {
  const { count } = await t.db
    .selectFrom("student_courses")
    .select(sql<number>`cast(count(*) as integer)`.as("count"))
    .executeTakeFirstOrThrow();
  return count;
}

/** Sets an enrollment's status directly (there is no API for completing a course yet). */
export async function setStatus(
  t: TestApp,
  student_id: number,
  course_id: number,
  status: EnrollmentStatus,
): Promise<void> {
  const result = await t.db
    .updateTable("student_courses")
    .set({ status, waitlist_order: null })
    .where("student_id", "=", student_id)
    .where("course_id", "=", course_id)
    .executeTakeFirst();
  expect(Number(result.numUpdatedRows)).toBe(1);
}

/** The ids of a course's students with the given status, in roster order. */
export async function idsWithStatus(
  t: TestApp,
  course_id: number,
  status: EnrollmentStatus,
): Promise<number[]> {
  const roster = await courseStudents(t, course_id, `?status=${status}`);
  return roster.students.map((student) => student.id);
}

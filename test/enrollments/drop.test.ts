import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import {
  courseStudents,
  dropCourse,
  enroll,
  enrollmentOf,
  enrollmentRows,
  idsWithStatus,
  postEnroll,
  setStatus,
  studentCourses,
} from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

const dropUrl = (student_id: number | string, course_id: number | string) =>
  `/api/v1/students/${student_id}/courses/${course_id}`;

async function enrolledStudent(t: TestApp, capacity: number | null = null) {
  const student = await createStudent(t);
  const course = await createCourse(t, { capacity });
  const enrollment = await enroll(t, student.id, course.id);
  return { student, course, enrollment };
}

describe("DELETE /api/v1/students/{student_id}/courses/{course_id}", () => {
  it("drops an enrolled course with 204 and an empty body", async () => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t);

    const response = await t.delete(dropUrl(student.id, course.id));

    expect(response.statusCode, response.body).toBe(204);
    expect(response.body).toBe("");
  });

  it("marks the enrollment dropped, visible with ?status=dropped and hidden by default", async () => {
    const t = await testApp();
    const { student, course, enrollment } = await enrolledStudent(t);

    await dropCourse(t, student.id, course.id);

    expect((await studentCourses(t, student.id)).courses).toEqual([]);
    const dropped = (await studentCourses(t, student.id, "?status=dropped")).courses;
    expect(dropped.map((each) => each.id)).toEqual([course.id]);
    expect(dropped[0]?.enrollment).toMatchObject({
      student_id: student.id,
      course_id: course.id,
      status: "dropped",
      enrolled_at: enrollment.enrolled_at,
      waitlist_position: null,
    });
    expect(Date.parse(dropped[0]?.enrollment.updated_at ?? "")).toBeGreaterThanOrEqual(
      Date.parse(enrollment.updated_at),
    );
    expect((await courseStudents(t, course.id)).students).toEqual([]);
    expect(await enrollmentRows(t)).toHaveLength(1);
  });

  it("drops a waitlisted enrollment with 204 and promotes nobody", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 1 });
    const [seated, waiting, behind] = [
      await createStudent(t),
      await createStudent(t),
      await createStudent(t),
    ];
    await enroll(t, seated.id, course.id);
    await enroll(t, waiting.id, course.id, true);
    await enroll(t, behind.id, course.id, true);

    expect((await t.delete(dropUrl(waiting.id, course.id))).statusCode).toBe(204);

    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual([seated.id]);
    expect(await idsWithStatus(t, course.id, "dropped")).toEqual([waiting.id]);
    expect(await enrollmentOf(t, behind.id, course.id)).toMatchObject({
      status: "waitlisted",
      waitlist_position: 1,
    });
    expect(await enrollmentOf(t, waiting.id, course.id)).toMatchObject({ waitlist_position: null });
  });

  it("answers 404 when the student has no enrollment in the course", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t);
    const problem = expectProblem(
      await t.delete(dropUrl(student.id, course.id)),
      404,
      "enrollment-not-found",
    );
    expect(problem.detail).toContain(`Student ${student.id}`);
    expect(problem.detail).toContain(`course ${course.id}`);
    expect(await enrollmentRows(t)).toEqual([]);
  });

  it("answers 404 when the enrollment is already dropped, leaving it as it was", async () => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t);
    await dropCourse(t, student.id, course.id);
    const rowsBefore = await enrollmentRows(t);

    expectProblem(await t.delete(dropUrl(student.id, course.id)), 404, "enrollment-not-found");

    expect(await enrollmentRows(t)).toEqual(rowsBefore);
  });

  it("answers 409 already-completed for a completed enrollment and leaves it completed", async () => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t);
    await setStatus(t, student.id, course.id, "completed");
    const rowsBefore = await enrollmentRows(t);

    expectProblem(await t.delete(dropUrl(student.id, course.id)), 409, "already-completed");

    expect(await enrollmentRows(t)).toEqual(rowsBefore);
  });

  it("answers 404 student-not-found for an unknown student", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const problem = expectProblem(await t.delete(dropUrl(9999, course.id)), 404, "student-not-found");
    expect(problem.detail).toBe("Student 9999 does not exist");
  });

  it("answers 404 course-not-found for an unknown course", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const problem = expectProblem(await t.delete(dropUrl(student.id, 8888)), 404, "course-not-found");
    expect(problem.detail).toBe("Course 8888 does not exist");
  });

  it("answers 404 about the student when both are unknown", async () => {
    const t = await testApp();
    expectProblem(await t.delete(dropUrl(9999, 8888)), 404, "student-not-found");
  });

  it.each([
    ["abc", "1", "student_id"],
    ["0", "1", "student_id"],
    ["1e3", "1", "student_id"],
    ["1", "abc", "course_id"],
    ["1", "0", "course_id"],
    ["1", "-1", "course_id"],
    ["1", "2147483648", "course_id"],
  ])("rejects student %s / course %s with 400 naming %s, dropping nothing", async (sid, cid, field) => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t);
    expect([student.id, course.id]).toEqual([1, 1]);
    const rowsBefore = await enrollmentRows(t);

    expectFieldError(await t.delete(dropUrl(sid, cid)), field);

    expect(await enrollmentRows(t)).toEqual(rowsBefore);
  });

  it("accepts a DELETE that carries content-type: application/json and no body", async () => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t);
    const response = await t.request({
      method: "DELETE",
      url: dropUrl(student.id, course.id),
      headers: { "content-type": "application/json" },
    });
    expect(response.statusCode, response.body).toBe(204);
  });
});

describe("enrolling again after a drop", () => {
  it("re-activates the same enrollment (201) with a new enrolled_at", async () => {
    const t = await testApp();
    const { student, course, enrollment: first } = await enrolledStudent(t);
    await dropCourse(t, student.id, course.id);

    const response = await postEnroll(t, student.id, course.id);

    expect(response.statusCode, response.body).toBe(201);
    const again = response.json<typeof first>();
    expect(again).toMatchObject({
      student_id: student.id,
      course_id: course.id,
      status: "enrolled",
      waitlist_position: null,
    });
    expect(Date.parse(again.enrolled_at)).toBeGreaterThanOrEqual(Date.parse(first.enrolled_at));
    expect(await enrollmentRows(t)).toHaveLength(1);
    expect((await studentCourses(t, student.id)).courses[0]?.enrollment).toEqual(again);
  });

  it("re-activates through POST /students/{id}/courses too", async () => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t);
    await dropCourse(t, student.id, course.id);
    const response = await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id });
    expect(response.statusCode, response.body).toBe(201);
    expect(await enrollmentRows(t)).toMatchObject([{ student_id: student.id, status: "enrolled" }]);
  });

  it("answers 409 course-full when the freed seat has been taken meanwhile", async () => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t, 1);
    await dropCourse(t, student.id, course.id);
    const newcomer = await createStudent(t);
    await enroll(t, newcomer.id, course.id);
    const rowsBefore = await enrollmentRows(t);

    expectProblem(await postEnroll(t, student.id, course.id), 409, "course-full");

    expect(await enrollmentRows(t)).toEqual(rowsBefore);
    expect(await enrollmentOf(t, student.id, course.id)).toMatchObject({ status: "dropped" });
  });

  it("joins the end of the waitlist with waitlist: true when the course is full", async () => {
    const t = await testApp();
    const { student, course } = await enrolledStudent(t, 1);
    await dropCourse(t, student.id, course.id);
    const [newcomer, first, second] = [
      await createStudent(t),
      await createStudent(t),
      await createStudent(t),
    ];
    await enroll(t, newcomer.id, course.id);
    await enroll(t, first.id, course.id, true);
    await enroll(t, second.id, course.id, true);

    const again = await enroll(t, student.id, course.id, true);

    expect(again).toMatchObject({ status: "waitlisted", waitlist_position: 3 });
    const { students } = await courseStudents(t, course.id, "?status=waitlisted");
    expect(students.map((each) => [each.id, each.enrollment.waitlist_position])).toEqual([
      [first.id, 1],
      [second.id, 2],
      [student.id, 3],
    ]);
  });

  it("goes to the end of the queue when a waitlisted student drops and joins again", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 0 });
    const [first, second] = [await createStudent(t), await createStudent(t)];
    await enroll(t, first.id, course.id, true);
    await enroll(t, second.id, course.id, true);
    await dropCourse(t, first.id, course.id);

    const again = await enroll(t, first.id, course.id, true);

    expect(again).toMatchObject({ status: "waitlisted", waitlist_position: 2 });
    expect(await enrollmentOf(t, second.id, course.id)).toMatchObject({ waitlist_position: 1 });
  });
});

import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import {
  courseStudents,
  dropCourse,
  enroll,
  enrollmentRows,
  setStatus,
  studentCourses,
} from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

async function rowsOfStudent(t: TestApp, student_id: number) {
  return (await enrollmentRows(t)).filter((row) => row.student_id === student_id);
}

async function rowsOfCourse(t: TestApp, course_id: number) {
  return (await enrollmentRows(t)).filter((row) => row.course_id === course_id);
}

describe("deleting a student", () => {
  it("removes all their enrollments, whatever the status, and leaves no orphan rows", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const other = await createStudent(t);
    const [enrolled, waitlisted, dropped, completed] = [
      await createCourse(t),
      await createCourse(t, { capacity: 0 }),
      await createCourse(t),
      await createCourse(t),
    ];
    await enroll(t, student.id, enrolled.id);
    await enroll(t, student.id, waitlisted.id, true);
    await enroll(t, student.id, dropped.id);
    await dropCourse(t, student.id, dropped.id);
    await enroll(t, student.id, completed.id);
    await setStatus(t, student.id, completed.id, "completed");
    await enroll(t, other.id, enrolled.id);
    expect(await rowsOfStudent(t, student.id)).toHaveLength(4);

    expect((await t.delete(`/api/v1/students/${student.id}`)).statusCode).toBe(204);

    expect(await rowsOfStudent(t, student.id)).toEqual([]);
    const orphans = await t.db
      .selectFrom("student_courses as sc")
      .leftJoin("students as s", "s.id", "sc.student_id")
      .select("sc.student_id")
      .where("s.id", "is", null)
      .execute();
    expect(orphans).toEqual([]);
    expect(await enrollmentRows(t)).toMatchObject([{ student_id: other.id, course_id: enrolled.id }]);
  });

  it("takes the student off every course roster", async () => {
    const t = await testApp();
    const [student, other] = [await createStudent(t), await createStudent(t)];
    const course = await createCourse(t);
    await enroll(t, student.id, course.id);
    await enroll(t, other.id, course.id);

    await t.delete(`/api/v1/students/${student.id}`);

    const roster = await courseStudents(t, course.id, "?status=enrolled,waitlisted,dropped,completed");
    expect(roster.students.map((each) => each.id)).toEqual([other.id]);
  });

  it("answers 404 for an unknown student and deletes no enrollment", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    await enroll(t, student.id, (await createCourse(t)).id);
    expectProblem(await t.delete("/api/v1/students/5555"), 404, "student-not-found");
    expect(await enrollmentRows(t)).toHaveLength(1);
  });
});

describe("deleting a course", () => {
  it("answers 409 course-has-enrollments when students are enrolled, and deletes nothing", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const student = await createStudent(t);
    await enroll(t, student.id, course.id);
    const rowsBefore = await enrollmentRows(t);

    const problem = expectProblem(
      await t.delete(`/api/v1/courses/${course.id}`),
      409,
      "course-has-enrollments",
    );

    expect(problem.detail).toContain(`Course ${course.id}`);
    expect((await t.get(`/api/v1/courses/${course.id}`)).statusCode).toBe(200);
    expect(await enrollmentRows(t)).toEqual(rowsBefore);
  });

  it("answers 409 course-has-enrollments when students are only waitlisted", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 0 });
    const student = await createStudent(t);
    await enroll(t, student.id, course.id, true);

    expectProblem(await t.delete(`/api/v1/courses/${course.id}`), 409, "course-has-enrollments");

    expect((await t.get(`/api/v1/courses/${course.id}`)).statusCode).toBe(200);
    expect(await rowsOfCourse(t, course.id)).toHaveLength(1);
  });

  it("answers 409 for ?force=false just as without force", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    await enroll(t, (await createStudent(t)).id, course.id);
    expectProblem(await t.delete(`/api/v1/courses/${course.id}?force=false`), 409, "course-has-enrollments");
    expect((await t.get(`/api/v1/courses/${course.id}`)).statusCode).toBe(200);
  });

  it("deletes the course and its enrollments with ?force=true, keeping the students", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 1 });
    const kept = await createCourse(t);
    const [seated, waiting] = [await createStudent(t), await createStudent(t)];
    await enroll(t, seated.id, course.id);
    await enroll(t, waiting.id, course.id, true);
    await enroll(t, seated.id, kept.id);

    const response = await t.delete(`/api/v1/courses/${course.id}?force=true`);

    expect(response.statusCode, response.body).toBe(204);
    expectProblem(await t.get(`/api/v1/courses/${course.id}`), 404, "course-not-found");
    expect(await rowsOfCourse(t, course.id)).toEqual([]);
    expect((await t.get(`/api/v1/students/${seated.id}`)).statusCode).toBe(200);
    expect((await t.get(`/api/v1/students/${waiting.id}`)).statusCode).toBe(200);
    expect((await studentCourses(t, seated.id)).courses.map((each) => each.id)).toEqual([kept.id]);
    expect((await studentCourses(t, waiting.id, "?status=waitlisted")).courses).toEqual([]);
  });

  it("deletes a course with only dropped enrollments without force, removing them", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const student = await createStudent(t);
    await enroll(t, student.id, course.id);
    await dropCourse(t, student.id, course.id);

    expect((await t.delete(`/api/v1/courses/${course.id}`)).statusCode).toBe(204);

    expect(await rowsOfCourse(t, course.id)).toEqual([]);
    expect((await studentCourses(t, student.id, "?status=dropped")).courses).toEqual([]);
  });

  it("deletes a course with only completed enrollments without force", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const student = await createStudent(t);
    await enroll(t, student.id, course.id);
    await setStatus(t, student.id, course.id, "completed");

    expect((await t.delete(`/api/v1/courses/${course.id}`)).statusCode).toBe(204);

    expect(await rowsOfCourse(t, course.id)).toEqual([]);
  });

  it.each(["maybe", "1", "yes", "TRUE", ""])(
    "rejects ?force=%s with 400 and deletes nothing",
    async (force) => {
      const t = await testApp();
      const course = await createCourse(t);
      await enroll(t, (await createStudent(t)).id, course.id);

      expectFieldError(await t.delete(`/api/v1/courses/${course.id}?force=${force}`), "force");

      expect((await t.get(`/api/v1/courses/${course.id}`)).statusCode).toBe(200);
      expect(await rowsOfCourse(t, course.id)).toHaveLength(1);
    },
  );

  it("answers 404 for an unknown course even with ?force=true", async () => {
    const t = await testApp();
    expectProblem(await t.delete("/api/v1/courses/4321?force=true"), 404, "course-not-found");
  });
});

import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { enroll, enrollmentOf, enrollmentRows, postEnroll, setStatus } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

describe("enrolling a student who already has an enrollment in the course", () => {
  it("answers 409 already-enrolled the second time and leaves the enrollment unchanged", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t, { capacity: 5 });
    const first = await enroll(t, student.id, course.id);
    const rowsBefore = await enrollmentRows(t);

    const problem = expectProblem(await postEnroll(t, student.id, course.id), 409, "already-enrolled");

    expect(problem.detail).toBe(`Student ${student.id} is already enrolled in course ${course.id}`);
    expect(await enrollmentRows(t)).toEqual(rowsBefore);
    expect(await enrollmentOf(t, student.id, course.id)).toEqual(first);
  });

  it("answers 409 already-enrolled through POST /students/{id}/courses too", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t);
    const first = await enroll(t, student.id, course.id);

    expectProblem(
      await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id }),
      409,
      "already-enrolled",
    );

    expect(await enrollmentOf(t, student.id, course.id)).toEqual(first);
  });

  it("answers 409 already-enrolled for a second request with waitlist: true", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t, { capacity: 1 });
    const first = await enroll(t, student.id, course.id);

    expectProblem(await postEnroll(t, student.id, course.id, true), 409, "already-enrolled");

    expect(await enrollmentOf(t, student.id, course.id)).toEqual(first);
  });

  it("answers 409 already-enrolled rather than course-full when the enrolled student's course is full", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t, { capacity: 1 });
    await enroll(t, student.id, course.id);

    expectProblem(await postEnroll(t, student.id, course.id), 409, "already-enrolled");
  });

  it("answers 409 already-enrolled for a waitlisted student and keeps their place in the queue", async () => {
    const t = await testApp();
    const [seated, first, second] = [await createStudent(t), await createStudent(t), await createStudent(t)];
    const course = await createCourse(t, { capacity: 1 });
    await enroll(t, seated.id, course.id);
    await enroll(t, first.id, course.id, true);
    await enroll(t, second.id, course.id, true);
    const rowsBefore = await enrollmentRows(t);

    const plain = expectProblem(await postEnroll(t, first.id, course.id), 409, "already-enrolled");
    expect(plain.detail).toBe(`Student ${first.id} is already waitlisted in course ${course.id}`);
    expectProblem(await postEnroll(t, first.id, course.id, true), 409, "already-enrolled");

    expect(await enrollmentRows(t)).toEqual(rowsBefore);
    expect((await enrollmentOf(t, first.id, course.id))?.waitlist_position).toBe(1);
    expect((await enrollmentOf(t, second.id, course.id))?.waitlist_position).toBe(2);
  });

  it("answers 409 already-completed for a completed enrollment and leaves it unchanged", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t, { capacity: 5 });
    await enroll(t, student.id, course.id);
    await setStatus(t, student.id, course.id, "completed");
    const rowsBefore = await enrollmentRows(t);
    const before = await enrollmentOf(t, student.id, course.id);

    const problem = expectProblem(await postEnroll(t, student.id, course.id), 409, "already-completed");

    expect(problem.detail).toBe(`Student ${student.id} has already completed course ${course.id}`);
    expect(await enrollmentRows(t)).toEqual(rowsBefore);
    expect(await enrollmentOf(t, student.id, course.id)).toEqual(before);
    expect(before?.status).toBe("completed");
  });

  it("answers 409 already-completed through POST /students/{id}/courses, also with waitlist: true", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t);
    await enroll(t, student.id, course.id);
    await setStatus(t, student.id, course.id, "completed");
    const rowsBefore = await enrollmentRows(t);

    expectProblem(
      await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id }),
      409,
      "already-completed",
    );
    expectProblem(
      await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id, waitlist: true }),
      409,
      "already-completed",
    );

    expect(await enrollmentRows(t)).toEqual(rowsBefore);
  });

  it("keeps one row per student and course however often the student enrolls", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t);
    await enroll(t, student.id, course.id);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await postEnroll(t, student.id, course.id)).statusCode).toBe(409);
    }
    expect(await enrollmentRows(t)).toHaveLength(1);
  });

  it("lets the same student enroll in a different course", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const [first, second] = [await createCourse(t), await createCourse(t)];
    await enroll(t, student.id, first.id);
    const enrollment = await enroll(t, student.id, second.id);
    expect(enrollment).toMatchObject({ student_id: student.id, course_id: second.id, status: "enrolled" });
  });
});

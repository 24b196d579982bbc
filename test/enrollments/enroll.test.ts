import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { enrollmentRowCount, RFC3339_UTC, studentCourses, type Enrollment } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

const UNKNOWN_ID = 999_999;

/** Sets up a student and a course that exist, for the requests below to refer to. */
async function studentAndCourse(t: TestApp) {
  const student = await createStudent(t);
  const course = await createCourse(t, { capacity: 10 });
  return { student, course };
}

/** Asserts that the rejected request wrote nothing. */
async function expectNothingWritten(t: TestApp, student_id: number): Promise<void> {
  expect(await enrollmentRowCount(t)).toBe(0);
  expect(
    (await studentCourses(t, student_id, "?status=enrolled,waitlisted,dropped,completed")).courses,
  ).toEqual([]);
}

describe("POST /api/v1/enroll", () => {
  it("enrolls a student in a course (201 with the new enrollment)", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);

    const response = await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id });

    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    const enrollment = response.json<Enrollment>();
    expect(enrollment).toEqual({
      student_id: student.id,
      course_id: course.id,
      status: "enrolled",
      grade: null,
      enrolled_at: expect.stringMatching(RFC3339_UTC) as string,
      updated_at: enrollment.enrolled_at,
      waitlist_position: null,
    });
    expect(Number.isNaN(Date.parse(enrollment.enrolled_at))).toBe(false);
  });

  it("makes the new enrollment visible in the student's courses", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    const enrollment = (
      await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id })
    ).json<Enrollment>();

    const { courses } = await studentCourses(t, student.id);

    expect(courses.map((each) => each.id)).toEqual([course.id]);
    expect(courses[0]?.enrollment).toEqual(enrollment);
  });

  it("enrolls with an explicit waitlist: false when a seat is free", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    const response = await t.post("/api/v1/enroll", {
      student_id: student.id,
      course_id: course.id,
      waitlist: false,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Enrollment>().status).toBe("enrolled");
  });

  it("accepts the largest id 2147483647 and answers 404 for it rather than 400", async () => {
    const t = await testApp();
    const { course } = await studentAndCourse(t);
    const problem = expectProblem(
      await t.post("/api/v1/enroll", { student_id: 2_147_483_647, course_id: course.id }),
      404,
      "student-not-found",
    );
    expect(problem.detail).toBe("Student 2147483647 does not exist");
  });

  it("answers 404 student-not-found, naming the student, for an unknown student", async () => {
    const t = await testApp();
    const { course } = await studentAndCourse(t);
    const problem = expectProblem(
      await t.post("/api/v1/enroll", { student_id: UNKNOWN_ID, course_id: course.id }),
      404,
      "student-not-found",
    );
    expect(problem.detail).toBe(`Student ${UNKNOWN_ID} does not exist`);
    expect(problem.instance).toBe("/api/v1/enroll");
    expect(await enrollmentRowCount(t)).toBe(0);
  });

  it("answers 404 course-not-found, naming the course, for an unknown course", async () => {
    const t = await testApp();
    const { student } = await studentAndCourse(t);
    const problem = expectProblem(
      await t.post("/api/v1/enroll", { student_id: student.id, course_id: UNKNOWN_ID }),
      404,
      "course-not-found",
    );
    expect(problem.detail).toBe(`Course ${UNKNOWN_ID} does not exist`);
    await expectNothingWritten(t, student.id);
  });

  it("answers 404 about the student when both the student and the course are unknown", async () => {
    const t = await testApp();
    const problem = expectProblem(
      await t.post("/api/v1/enroll", { student_id: UNKNOWN_ID, course_id: UNKNOWN_ID + 1 }),
      404,
      "student-not-found",
    );
    expect(problem.detail).toBe(`Student ${UNKNOWN_ID} does not exist`);
  });

  it("answers 404 for a student that was deleted", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    expect((await t.delete(`/api/v1/students/${student.id}`)).statusCode).toBe(204);
    expectProblem(
      await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id }),
      404,
      "student-not-found",
    );
    expect(await enrollmentRowCount(t)).toBe(0);
  });

  describe.each(["student_id", "course_id"] as const)("an invalid %s in the body", (field) => {
    it.each([
      ['the string "5"', "5"],
      ["a fraction", 5.5],
      ["a word", "abc"],
      ["a boolean", true],
      ["null", null],
      ["an array", [1]],
      ["an object", { id: 1 }],
      ["negative", -1],
      ["zero", 0],
      ["2147483648 (above the id range)", 2_147_483_648],
      ["a huge number", 1e20],
    ])("is rejected with 400 when it is %s, and nothing is written", async (_label, value) => {
      const t = await testApp();
      const { student, course } = await studentAndCourse(t);
      const body = { student_id: student.id, course_id: course.id, [field]: value };

      const problem = expectFieldError(await t.post("/api/v1/enroll", body), field);

      expect(problem.instance).toBe("/api/v1/enroll");
      await expectNothingWritten(t, student.id);
    });

    it("is rejected with 400 when it is missing, and nothing is written", async () => {
      const t = await testApp();
      const { student, course } = await studentAndCourse(t);
      const full = { student_id: student.id, course_id: course.id };
      const body = Object.fromEntries(Object.entries(full).filter(([key]) => key !== field));

      const problem = expectFieldError(await t.post("/api/v1/enroll", body), field);

      expect(problem.errors).toContainEqual({ field, message: "is required" });
      await expectNothingWritten(t, student.id);
    });
  });

  it("rejects a body with neither id, naming both fields", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.post("/api/v1/enroll", {}), 400, "validation");
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(["course_id", "student_id"]);
  });

  it("rejects an unknown extra field with 400 naming it, and writes nothing", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    const problem = expectFieldError(
      await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id, grade: "A" }),
      "grade",
    );
    expect(problem.errors).toContainEqual({ field: "grade", message: "is not allowed" });
    await expectNothingWritten(t, student.id);
  });

  it("rejects a misspelt field (studentId) with 400 rather than ignoring it", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    const problem = expectProblem(
      await t.post("/api/v1/enroll", { studentId: student.id, course_id: course.id }),
      400,
      "validation",
    );
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(["studentId", "student_id"]);
    await expectNothingWritten(t, student.id);
  });

  it.each([
    ['the string "true"', "true"],
    ["the number 1", 1],
    ["null", null],
  ])("rejects a waitlist that is %s with 400", async (_label, waitlist) => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    expectFieldError(
      await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id, waitlist }),
      "waitlist",
    );
    await expectNothingWritten(t, student.id);
  });

  it("rejects a JSON array body with 400", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    expectProblem(await t.post("/api/v1/enroll", [{ student_id: student.id, course_id: course.id }]), 400);
    await expectNothingWritten(t, student.id);
  });

  it("rejects malformed JSON with 400", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/enroll",
      headers: { "content-type": "application/json" },
      payload: '{"student_id": 1, "course_id": ',
    });
    expectProblem(response, 400);
  });

  it("rejects a body that is not JSON with 415", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    const response = await t.request({
      method: "POST",
      url: "/api/v1/enroll",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `student_id=${student.id}&course_id=${course.id}`,
    });
    expectProblem(response, 415);
    await expectNothingWritten(t, student.id);
  });
});

describe("POST /api/v1/students/{student_id}/courses", () => {
  it("enrolls the student in a course (201 with the new enrollment)", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);

    const response = await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id });

    expect(response.statusCode, response.body).toBe(201);
    const enrollment = response.json<Enrollment>();
    expect(enrollment).toEqual({
      student_id: student.id,
      course_id: course.id,
      status: "enrolled",
      grade: null,
      enrolled_at: expect.stringMatching(RFC3339_UTC) as string,
      updated_at: enrollment.enrolled_at,
      waitlist_position: null,
    });
    expect((await studentCourses(t, student.id)).courses[0]?.enrollment).toEqual(enrollment);
  });

  it("answers 404 student-not-found for an unknown student in the path", async () => {
    const t = await testApp();
    const { course } = await studentAndCourse(t);
    const problem = expectProblem(
      await t.post(`/api/v1/students/${UNKNOWN_ID}/courses`, { course_id: course.id }),
      404,
      "student-not-found",
    );
    expect(problem.detail).toBe(`Student ${UNKNOWN_ID} does not exist`);
    expect(problem.instance).toBe(`/api/v1/students/${UNKNOWN_ID}/courses`);
    expect(await enrollmentRowCount(t)).toBe(0);
  });

  it("answers 404 course-not-found, naming the course, for an unknown course", async () => {
    const t = await testApp();
    const { student } = await studentAndCourse(t);
    const problem = expectProblem(
      await t.post(`/api/v1/students/${student.id}/courses`, { course_id: UNKNOWN_ID }),
      404,
      "course-not-found",
    );
    expect(problem.detail).toBe(`Course ${UNKNOWN_ID} does not exist`);
    await expectNothingWritten(t, student.id);
  });

  it("answers 404 about the student when both the student and the course are unknown", async () => {
    const t = await testApp();
    const problem = expectProblem(
      await t.post(`/api/v1/students/${UNKNOWN_ID}/courses`, { course_id: UNKNOWN_ID + 1 }),
      404,
      "student-not-found",
    );
    expect(problem.detail).toBe(`Student ${UNKNOWN_ID} does not exist`);
  });

  it.each([
    ['the string "5"', "5"],
    ["a fraction", 5.5],
    ["a word", "abc"],
    ["a boolean", true],
    ["null", null],
    ["negative", -1],
    ["zero", 0],
    ["2147483648 (above the id range)", 2_147_483_648],
  ])("rejects a course_id that is %s with 400, writing nothing", async (_label, course_id) => {
    const t = await testApp();
    const { student } = await studentAndCourse(t);
    expectFieldError(await t.post(`/api/v1/students/${student.id}/courses`, { course_id }), "course_id");
    await expectNothingWritten(t, student.id);
  });

  it("rejects a missing course_id with 400", async () => {
    const t = await testApp();
    const { student } = await studentAndCourse(t);
    const problem = expectFieldError(await t.post(`/api/v1/students/${student.id}/courses`, {}), "course_id");
    expect(problem.errors).toContainEqual({ field: "course_id", message: "is required" });
    await expectNothingWritten(t, student.id);
  });

  it("rejects a student_id in the body (the path names the student) with 400", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    const other = await createStudent(t);
    expectFieldError(
      await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id, student_id: other.id }),
      "student_id",
    );
    expect(await enrollmentRowCount(t)).toBe(0);
  });

  it("rejects an unknown extra field with 400", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    expectFieldError(
      await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id, note: "hi" }),
      "note",
    );
    await expectNothingWritten(t, student.id);
  });

  it("rejects a non-boolean waitlist with 400", async () => {
    const t = await testApp();
    const { student, course } = await studentAndCourse(t);
    expectFieldError(
      await t.post(`/api/v1/students/${student.id}/courses`, { course_id: course.id, waitlist: "yes" }),
      "waitlist",
    );
    await expectNothingWritten(t, student.id);
  });

  it.each(["abc", "0", "1e3", "-1", "05", "2147483648"])(
    "rejects the path student id %s with 400, writing nothing",
    async (id) => {
      const t = await testApp();
      const { student, course } = await studentAndCourse(t);
      expectFieldError(
        await t.post(`/api/v1/students/${id}/courses`, { course_id: course.id }),
        "student_id",
      );
      await expectNothingWritten(t, student.id);
    },
  );
});

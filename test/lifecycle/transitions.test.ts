import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import {
  dropCourse,
  enroll,
  enrollmentOf,
  idsWithStatus,
  RFC3339_UTC,
  studentCourses,
  type Enrollment,
} from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";
import {
  allEvents,
  complete,
  courseWith,
  enrollmentRow,
  historyOf,
  nth,
  patched,
  patchEnrollment,
  steps,
} from "./lifecycle-helpers.ts";

/** One student in one course with a free seat, in the given state. */
async function enrollmentIn(t: TestApp, state: "enrolled" | "waitlisted" | "dropped" | "completed") {
  const course = await createCourse(t, { capacity: state === "waitlisted" ? 0 : null });
  const student = await createStudent(t);
  await enroll(t, student.id, course.id, state === "waitlisted");
  if (state === "dropped") await dropCourse(t, student.id, course.id);
  if (state === "completed") await complete(t, student.id, course.id, "B");
  return { student_id: student.id, course_id: course.id };
}

const ALL_GRADES = [
  ...["A", "B", "C", "D"].flatMap((letter) => [`${letter}+`, letter, `${letter}-`]),
  "F",
  "P",
  "NP",
];

describe("completing an enrolled enrollment", () => {
  it("completes it with a grade (200) and returns the enrollment with that grade", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "enrolled");
    const before = await enrollmentOf(t, student_id, course_id);

    const response = await patchEnrollment(t, student_id, course_id, { status: "completed", grade: "B+" });

    expect(response.statusCode, response.body).toBe(200);
    const enrollment = response.json<Enrollment>();
    expect(enrollment).toEqual({
      student_id,
      course_id,
      status: "completed",
      grade: "B+",
      enrolled_at: before?.enrolled_at,
      updated_at: expect.stringMatching(RFC3339_UTC) as string,
      waitlist_position: null,
    });
    expect(await enrollmentRow(t, student_id, course_id)).toMatchObject({ status: "completed", grade: "B+" });
    const { courses } = await studentCourses(t, student_id);
    expect(courses.map((course) => course.enrollment)).toEqual([enrollment]);
  });

  it("completes it without a grade, leaving the grade null", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "enrolled");
    expect(await patched(t, student_id, course_id, { status: "completed" })).toMatchObject({
      status: "completed",
      grade: null,
    });
  });

  it("completes it with an explicit grade: null", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "enrolled");
    expect(await complete(t, student_id, course_id, null)).toMatchObject({
      status: "completed",
      grade: null,
    });
  });

  it("frees the seat and gives it to the longest-waiting student in the same request", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 2);
    const [first, second] = [nth(waitlisted, 0), nth(waitlisted, 1)];

    await complete(t, nth(enrolled, 0), course.id, "A");

    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual([first]);
    expect(await idsWithStatus(t, course.id, "completed")).toEqual(enrolled);
    expect(await enrollmentOf(t, second, course.id)).toMatchObject({
      status: "waitlisted",
      waitlist_position: 1,
    });
    expect(await steps(t, first, course.id)).toEqual([
      ["waitlisted", null, "waitlisted"],
      ["promoted", "waitlisted", "enrolled"],
    ]);
  });

  it("lets a new student take the seat a completion freed when nobody is waiting", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, 1, 1, 0);
    await complete(t, nth(enrolled, 0), course.id, "P");
    const newcomer = await createStudent(t);
    expect(await enroll(t, newcomer.id, course.id)).toMatchObject({ status: "enrolled" });
  });

  it("accepts every documented grade: A+ … D-, F, P and NP", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    for (const grade of ALL_GRADES) {
      const student = await createStudent(t);
      await enroll(t, student.id, course.id);
      expect(await complete(t, student.id, course.id, grade)).toMatchObject({ grade });
    }
    expect(ALL_GRADES).toHaveLength(15);
  });

  it.each(["E", "a", "b+", "A++", "F+", "F-", "NP+", "PP", "N", "", " A", "A ", "AB"])(
    "rejects the grade %j with 400 and changes nothing",
    async (grade) => {
      const t = await testApp();
      const { student_id, course_id } = await enrollmentIn(t, "enrolled");
      const rowBefore = await enrollmentRow(t, student_id, course_id);
      const eventsBefore = await allEvents(t);

      const problem = expectFieldError(
        await patchEnrollment(t, student_id, course_id, { status: "completed", grade }),
        "grade",
      );

      expect(problem.errors).toContainEqual({
        field: "grade",
        message: "must be a letter grade A+ … D-, F, or P / NP (pass / no pass)",
      });
      expect(await enrollmentRow(t, student_id, course_id)).toEqual(rowBefore);
      expect(await allEvents(t)).toEqual(eventsBefore);
    },
  );

  it("rejects a grade that is not a string with 400", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "enrolled");
    expectFieldError(
      await patchEnrollment(t, student_id, course_id, { status: "completed", grade: 4 }),
      "grade",
    );
  });
});

describe("the PATCH body", () => {
  it("must change at least one field: {} is a 400", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "enrolled");
    const problem = expectProblem(await patchEnrollment(t, student_id, course_id, {}), 400, "validation");
    expect(problem.errors).toContainEqual({
      field: "body",
      message: "must contain at least one field to change",
    });
  });

  it("rejects an unknown field with 400, even next to a valid change, and changes nothing", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "enrolled");
    const response = await patchEnrollment(t, student_id, course_id, {
      status: "completed",
      note: "well done",
    });
    const problem = expectFieldError(response, "note");
    expect(problem.errors).toContainEqual({ field: "note", message: "is not allowed" });
    expect(await enrollmentRow(t, student_id, course_id)).toMatchObject({ status: "enrolled" });
  });

  it.each(["dropped", "waitlisted", "Completed", "done"])(
    "rejects status %j with 400: only completed and enrolled can be asked for",
    async (status) => {
      const t = await testApp();
      const { student_id, course_id } = await enrollmentIn(t, "enrolled");
      expectFieldError(await patchEnrollment(t, student_id, course_id, { status }), "status");
      expect(await enrollmentRow(t, student_id, course_id)).toMatchObject({ status: "enrolled" });
    },
  );

  it("rejects a waitlist that is not a boolean with 400", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "dropped");
    expectFieldError(
      await patchEnrollment(t, student_id, course_id, { status: "enrolled", waitlist: "true" }),
      "waitlist",
    );
  });
});

describe("changing the grade of a completed enrollment", () => {
  it("changes the grade with a grade alone (200) and records grade-changed from the old to the new grade", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "completed");

    expect(await patched(t, student_id, course_id, { grade: "A-" })).toMatchObject({
      status: "completed",
      grade: "A-",
    });

    const { events } = await historyOf(t, student_id, course_id);
    expect(events.at(-1)).toMatchObject({
      event: "grade-changed",
      from_status: "completed",
      to_status: "completed",
      from_grade: "B",
      to_grade: "A-",
    });
  });

  it("changes the grade with status completed and a grade", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "completed");
    expect(await complete(t, student_id, course_id, "NP")).toMatchObject({
      status: "completed",
      grade: "NP",
    });
    expect((await steps(t, student_id, course_id)).at(-1)).toEqual([
      "grade-changed",
      "completed",
      "completed",
    ]);
  });

  it("gives a grade to a course completed without one", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "enrolled");
    await complete(t, student_id, course_id);
    expect(await patched(t, student_id, course_id, { grade: "C" })).toMatchObject({ grade: "C" });
  });

  it("removes the grade with grade: null", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "completed");
    expect(await patched(t, student_id, course_id, { grade: null })).toMatchObject({
      status: "completed",
      grade: null,
    });
    expect(await enrollmentRow(t, student_id, course_id)).toMatchObject({ grade: null });
  });

  it("answers the same grade again with 200 and the unchanged enrollment, recording no event", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "completed");
    const rowBefore = await enrollmentRow(t, student_id, course_id);
    const eventsBefore = await allEvents(t);

    const response = await patchEnrollment(t, student_id, course_id, { grade: "B" });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: "completed",
      grade: "B",
      updated_at: rowBefore?.updated_at,
    });
    expect(await enrollmentRow(t, student_id, course_id)).toEqual(rowBefore);
    expect(await allEvents(t)).toEqual(eventsBefore);
  });

  it("answers status completed alone on a completed enrollment with 200, keeping its grade and recording nothing", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "completed");
    const eventsBefore = await allEvents(t);
    expect(await patched(t, student_id, course_id, { status: "completed" })).toMatchObject({
      status: "completed",
      grade: "B",
    });
    expect(await allEvents(t)).toEqual(eventsBefore);
  });

  it("promotes nobody when a grade changes, since no seat is freed", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 2, 2, 1);
    await complete(t, nth(enrolled, 0), course.id, "A");
    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual(
      expect.arrayContaining([nth(enrolled, 1), nth(waitlisted, 0)]),
    );
    const late = await createStudent(t);
    await enroll(t, late.id, course.id, true);

    await patched(t, nth(enrolled, 0), course.id, { grade: "A+" });

    expect(await idsWithStatus(t, course.id, "waitlisted")).toEqual([late.id]);
  });
});

describe("restoring a dropped enrollment", () => {
  it("restores it to enrolled (200) when a seat is free, with a new enrolled_at and a restored event", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, 2, 1, 0);
    const student_id = nth(enrolled, 0);
    await dropCourse(t, student_id, course.id);
    const dropped = await enrollmentOf(t, student_id, course.id);

    const restored = await patched(t, student_id, course.id, { status: "enrolled" });

    expect(restored).toMatchObject({
      student_id,
      course_id: course.id,
      status: "enrolled",
      grade: null,
      waitlist_position: null,
    });
    expect(Date.parse(restored.enrolled_at)).toBeGreaterThanOrEqual(Date.parse(dropped?.enrolled_at ?? ""));
    expect(await steps(t, student_id, course.id)).toEqual([
      ["enrolled", null, "enrolled"],
      ["dropped", "enrolled", "dropped"],
      ["restored", "dropped", "enrolled"],
    ]);
  });

  it("answers 409 course-full when the course has filled up since the drop, and leaves it dropped", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, 1, 1, 0);
    const student_id = nth(enrolled, 0);
    await dropCourse(t, student_id, course.id);
    await enroll(t, (await createStudent(t)).id, course.id);
    const eventsBefore = await allEvents(t);

    expectProblem(
      await patchEnrollment(t, student_id, course.id, { status: "enrolled" }),
      409,
      "course-full",
    );

    expect(await enrollmentRow(t, student_id, course.id)).toMatchObject({ status: "dropped" });
    expect(await allEvents(t)).toEqual(eventsBefore);
  });

  it("answers 409 course-full for an explicit waitlist: false when the course is full", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, 1, 1, 0);
    await dropCourse(t, nth(enrolled, 0), course.id);
    await enroll(t, (await createStudent(t)).id, course.id);
    expectProblem(
      await patchEnrollment(t, nth(enrolled, 0), course.id, { status: "enrolled", waitlist: false }),
      409,
      "course-full",
    );
  });

  it("puts it at the end of the waitlist with waitlist: true when the course is full", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 2);
    const student_id = nth(waitlisted, 0);
    await dropCourse(t, student_id, course.id);
    const later = await createStudent(t);
    await enroll(t, later.id, course.id, true);

    const restored = await patched(t, student_id, course.id, { status: "enrolled", waitlist: true });

    expect(restored).toMatchObject({ status: "waitlisted", waitlist_position: 3 });
    expect(await idsWithStatus(t, course.id, "waitlisted")).toEqual([
      nth(waitlisted, 1),
      later.id,
      student_id,
    ]);
    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual(enrolled);
    expect((await steps(t, student_id, course.id)).at(-1)).toEqual(["restored", "dropped", "waitlisted"]);
  });

  it("enrolls rather than waitlists with waitlist: true when a seat is free", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "dropped");
    expect(await patched(t, student_id, course_id, { status: "enrolled", waitlist: true })).toMatchObject({
      status: "enrolled",
      waitlist_position: null,
    });
  });

  it("promotes a student restored onto the waitlist after those already waiting, when seats free up", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 2, 2, 1);
    const restoredStudent = nth(enrolled, 1);
    await dropCourse(t, restoredStudent, course.id);
    // The drop seated the waiting student, so the course is full again.
    expect(await idsWithStatus(t, course.id, "waitlisted")).toEqual([]);
    const late = await createStudent(t);
    await enroll(t, late.id, course.id, true);
    await patched(t, restoredStudent, course.id, { status: "enrolled", waitlist: true });

    await complete(t, nth(enrolled, 0), course.id, "A");

    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual(
      expect.arrayContaining([nth(waitlisted, 0), late.id]),
    );
    expect(await enrollmentOf(t, restoredStudent, course.id)).toMatchObject({
      status: "waitlisted",
      waitlist_position: 1,
    });

    await complete(t, late.id, course.id, "B");

    expect(await enrollmentOf(t, restoredStudent, course.id)).toMatchObject({ status: "enrolled" });
    expect(await steps(t, restoredStudent, course.id)).toEqual([
      ["enrolled", null, "enrolled"],
      ["dropped", "enrolled", "dropped"],
      ["restored", "dropped", "waitlisted"],
      ["promoted", "waitlisted", "enrolled"],
    ]);
  });

  it("restores a dropped enrollment that was waitlisted before the drop", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "waitlisted");
    await dropCourse(t, student_id, course_id);
    expect(await patched(t, student_id, course_id, { status: "enrolled", waitlist: true })).toMatchObject({
      status: "waitlisted",
      waitlist_position: 1,
    });
  });

  it("can complete a restored enrollment", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "dropped");
    await patched(t, student_id, course_id, { status: "enrolled" });
    expect(await complete(t, student_id, course_id, "A")).toMatchObject({ status: "completed", grade: "A" });
  });
});

describe("a transition that is not allowed", () => {
  const cases = [
    { name: "waitlisted → completed", from: "waitlisted", body: { status: "completed" } },
    {
      name: "waitlisted → completed with a grade",
      from: "waitlisted",
      body: { status: "completed", grade: "A" },
    },
    {
      name: "waitlisted → enrolled (no jumping the queue)",
      from: "waitlisted",
      body: { status: "enrolled" },
    },
    { name: "dropped → completed", from: "dropped", body: { status: "completed" } },
    { name: "dropped → completed with a grade", from: "dropped", body: { status: "completed", grade: "A" } },
    { name: "completed → enrolled", from: "completed", body: { status: "enrolled" } },
    {
      name: "completed → enrolled with waitlist",
      from: "completed",
      body: { status: "enrolled", waitlist: true },
    },
    { name: "a grade on an enrolled enrollment", from: "enrolled", body: { grade: "A" } },
    { name: "grade: null on an enrolled enrollment", from: "enrolled", body: { grade: null } },
    { name: "a grade on a waitlisted enrollment", from: "waitlisted", body: { grade: "B" } },
    { name: "a grade on a dropped enrollment", from: "dropped", body: { grade: "C" } },
    {
      name: "a grade with status enrolled on a dropped enrollment",
      from: "dropped",
      body: { status: "enrolled", grade: "A" },
    },
    {
      name: "a grade with status enrolled on an enrolled enrollment",
      from: "enrolled",
      body: { status: "enrolled", grade: "A" },
    },
    {
      name: "a grade with status enrolled on a completed enrollment",
      from: "completed",
      body: { status: "enrolled", grade: "A" },
    },
  ] as const;

  it.each(cases)("answers 409 invalid-transition for $name and changes nothing", async ({ from, body }) => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, from);
    const rowBefore = await enrollmentRow(t, student_id, course_id);
    const eventsBefore = await allEvents(t);

    const problem = expectProblem(
      await patchEnrollment(t, student_id, course_id, body),
      409,
      "invalid-transition",
    );

    expect(problem.title).toBe("Invalid enrollment transition");
    expect(problem.detail).not.toBe("");
    expect(await enrollmentRow(t, student_id, course_id)).toEqual(rowBefore);
    expect(await allEvents(t)).toEqual(eventsBefore);
  });

  it("names both states in the detail of an invalid status change", async () => {
    const t = await testApp();
    const { student_id, course_id } = await enrollmentIn(t, "waitlisted");
    const problem = expectProblem(
      await patchEnrollment(t, student_id, course_id, { status: "completed" }),
      409,
      "invalid-transition",
    );
    expect(problem.detail).toContain("waitlisted");
    expect(problem.detail).toContain("completed");
  });
});

describe("PATCH on an enrollment that cannot be found", () => {
  it("answers 404 student-not-found for an unknown student", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectProblem(
      await patchEnrollment(t, 9999, course.id, { status: "completed" }),
      404,
      "student-not-found",
    );
  });

  it("answers 404 course-not-found for an unknown course", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectProblem(
      await patchEnrollment(t, student.id, 9999, { status: "completed" }),
      404,
      "course-not-found",
    );
  });

  it("answers 404 student-not-found when both the student and the course are unknown", async () => {
    const t = await testApp();
    expectProblem(await patchEnrollment(t, 9998, 9999, { status: "completed" }), 404, "student-not-found");
  });

  it("answers 404 enrollment-not-found when the student never enrolled in the course", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    expectProblem(
      await patchEnrollment(t, student.id, course.id, { status: "completed" }),
      404,
      "enrollment-not-found",
    );
    expect(await enrollmentRow(t, student.id, course.id)).toBeUndefined();
    expect(await allEvents(t)).toEqual([]);
  });

  it("answers 404 enrollment-not-found for a restore that has nothing to restore", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    expectProblem(
      await patchEnrollment(t, student.id, course.id, { status: "enrolled" }),
      404,
      "enrollment-not-found",
    );
    expect(await enrollmentRow(t, student.id, course.id)).toBeUndefined();
  });

  it.each(["0", "-1", "abc", "1.5"])("answers 400 for the student id %j in the path", async (id) => {
    const t = await testApp();
    const course = await createCourse(t);
    expectFieldError(
      await t.patch(`/api/v1/students/${id}/courses/${course.id}`, { status: "completed" }),
      "student_id",
    );
  });
});

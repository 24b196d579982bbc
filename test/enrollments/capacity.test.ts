import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
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
} from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

async function students(t: TestApp, count: number) {
  const created = [];
  for (let n = 0; n < count; n++) created.push(await createStudent(t));
  return created;
}

/** A course of the given capacity with `seated` students enrolled and `waiting` students waitlisted. */
async function courseWith(t: TestApp, capacity: number | null, seated: number, waiting: number) {
  const course = await createCourse(t, { capacity });
  const enrolled = await students(t, seated);
  for (const each of enrolled) await enroll(t, each.id, course.id);
  const waitlisted = await students(t, waiting);
  for (const each of waitlisted) await enroll(t, each.id, course.id, true);
  return { course, enrolled: enrolled.map((s) => s.id), waitlisted: waitlisted.map((s) => s.id) };
}

async function waitlistPositions(t: TestApp, course_id: number) {
  const { students } = await courseStudents(t, course_id, "?status=waitlisted");
  return students.map((each) => [each.id, each.enrollment.waitlist_position]);
}

describe("enrolling in a course with a capacity", () => {
  it("answers 409 course-full when every seat is taken, and writes nothing", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 2, 2, 0);
    const late = await createStudent(t);
    const rowsBefore = await enrollmentRows(t);

    const problem = expectProblem(await postEnroll(t, late.id, course.id), 409, "course-full");

    expect(problem.detail).toContain(`Course ${course.id} is full`);
    expect(await enrollmentRows(t)).toEqual(rowsBefore);
  });

  it("answers 409 course-full for an explicit waitlist: false", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 1, 1, 0);
    const late = await createStudent(t);
    expectProblem(await postEnroll(t, late.id, course.id, false), 409, "course-full");
  });

  it("answers 409 course-full through POST /students/{id}/courses too", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 1, 1, 0);
    const late = await createStudent(t);
    expectProblem(
      await t.post(`/api/v1/students/${late.id}/courses`, { course_id: course.id }),
      409,
      "course-full",
    );
  });

  it("puts the student on the waitlist (201) with waitlist: true when the course is full", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 1, 1, 0);
    const [first, second] = await students(t, 2);

    const response = await postEnroll(t, first?.id ?? 0, course.id, true);

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      student_id: first?.id,
      course_id: course.id,
      status: "waitlisted",
      waitlist_position: 1,
    });
    const next = await t.post(`/api/v1/students/${second?.id ?? 0}/courses`, {
      course_id: course.id,
      waitlist: true,
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ status: "waitlisted", waitlist_position: 2 });
  });

  it("simply enrolls with waitlist: true when a seat is free", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 2, 1, 0);
    const student = await createStudent(t);
    const enrollment = await enroll(t, student.id, course.id, true);
    expect(enrollment).toMatchObject({ status: "enrolled", waitlist_position: null });
  });

  it("never seats more students than the capacity", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 3, 0, 0);
    const results = [];
    for (const each of await students(t, 6))
      results.push((await postEnroll(t, each.id, course.id)).statusCode);
    expect(results).toEqual([201, 201, 201, 409, 409, 409]);
    expect(await idsWithStatus(t, course.id, "enrolled")).toHaveLength(3);
  });

  it("does not count completed or dropped enrollments against the capacity", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, 2, 2, 0);
    await setStatus(t, enrolled[0] ?? 0, course.id, "completed");
    await dropCourse(t, enrolled[1] ?? 0, course.id);
    const [a, b, c] = await students(t, 3);
    await enroll(t, a?.id ?? 0, course.id);
    await enroll(t, b?.id ?? 0, course.id);
    expectProblem(await postEnroll(t, c?.id ?? 0, course.id), 409, "course-full");
  });
});

describe("a course with capacity 0", () => {
  it("refuses a plain enrollment with 409 course-full", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 0 });
    const student = await createStudent(t);
    expectProblem(await postEnroll(t, student.id, course.id), 409, "course-full");
  });

  it("waitlists with waitlist: true, from position 1", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 0 });
    const [first, second] = await students(t, 2);
    expect(await enroll(t, first?.id ?? 0, course.id, true)).toMatchObject({
      status: "waitlisted",
      waitlist_position: 1,
    });
    expect(await enroll(t, second?.id ?? 0, course.id, true)).toMatchObject({
      status: "waitlisted",
      waitlist_position: 2,
    });
  });
});

describe("a course with capacity null", () => {
  it("has no limit on enrollments", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: null });
    for (const each of await students(t, 40)) {
      expect(await enroll(t, each.id, course.id)).toMatchObject({ status: "enrolled" });
    }
    expect(await idsWithStatus(t, course.id, "enrolled")).toHaveLength(40);
  });

  it("enrolls rather than waitlists with waitlist: true", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expect(course.capacity).toBeNull();
    const student = await createStudent(t);
    expect(await enroll(t, student.id, course.id, true)).toMatchObject({
      status: "enrolled",
      waitlist_position: null,
    });
  });
});

describe("promotion from the waitlist", () => {
  it("gives a dropped seat to the longest-waiting student in the same request", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 3);
    const [first, second, third] = waitlisted;
    const waitingSince = await enrollmentOf(t, first ?? 0, course.id);

    await dropCourse(t, enrolled[0] ?? 0, course.id);

    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual([first]);
    expect(await idsWithStatus(t, course.id, "dropped")).toEqual(enrolled);
    expect(await waitlistPositions(t, course.id)).toEqual([
      [second, 1],
      [third, 2],
    ]);
    const promoted = await enrollmentOf(t, first ?? 0, course.id);
    expect(promoted).toMatchObject({ status: "enrolled", waitlist_position: null });
    expect(Date.parse(promoted?.enrolled_at ?? "")).toBeGreaterThanOrEqual(
      Date.parse(waitingSince?.enrolled_at ?? ""),
    );
  });

  it("promotes in waitlist order, not by id or name", async () => {
    const t = await testApp();
    const course = await createCourse(t, { capacity: 1 });
    const [seated, later, earlier] = [
      await createStudent(t, { last_name: "Aaa" }),
      await createStudent(t, { last_name: "Bbb" }),
      await createStudent(t, { last_name: "Zzz" }),
    ];
    await enroll(t, seated.id, course.id);
    await enroll(t, earlier.id, course.id, true);
    await enroll(t, later.id, course.id, true);

    await dropCourse(t, seated.id, course.id);

    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual([earlier.id]);
  });

  it("does not promote anyone while the course stays full", async () => {
    const t = await testApp();
    const { course, waitlisted } = await courseWith(t, 1, 1, 2);
    await dropCourse(t, waitlisted[0] ?? 0, course.id);
    expect(await idsWithStatus(t, course.id, "enrolled")).toHaveLength(1);
    expect(await waitlistPositions(t, course.id)).toEqual([[waitlisted[1], 1]]);
  });

  it("seats waitlisted students when a seated student is deleted", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 2, 2, 3);
    const other = await createCourse(t, { capacity: 1 });
    const leaving = enrolled[0] ?? 0;
    await enroll(t, leaving, other.id);
    const otherWaiting = await createStudent(t);
    await enroll(t, otherWaiting.id, other.id, true);

    expect((await t.delete(`/api/v1/students/${leaving}`)).statusCode).toBe(204);

    expect(await idsWithStatus(t, course.id, "enrolled")).toHaveLength(2);
    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual(
      expect.arrayContaining([enrolled[1], waitlisted[0]]),
    );
    expect(await waitlistPositions(t, course.id)).toEqual([
      [waitlisted[1], 1],
      [waitlisted[2], 2],
    ]);
    expect(await idsWithStatus(t, other.id, "enrolled")).toEqual([otherWaiting.id]);
  });

  it("promotes nobody when a waitlisted student is deleted, but moves the queue up", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 3);
    expect((await t.delete(`/api/v1/students/${waitlisted[0] ?? 0}`)).statusCode).toBe(204);
    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual(enrolled);
    expect(await waitlistPositions(t, course.id)).toEqual([
      [waitlisted[1], 1],
      [waitlisted[2], 2],
    ]);
  });

  it("seats as many waitlisted students as fit, in order, when the capacity is raised", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 4);

    const response = await t.patch(`/api/v1/courses/${course.id}`, { capacity: 3 });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Course>().capacity).toBe(3);
    const seated = await idsWithStatus(t, course.id, "enrolled");
    expect(seated.sort((a, b) => a - b)).toEqual([enrolled[0], waitlisted[0], waitlisted[1]]);
    expect(await waitlistPositions(t, course.id)).toEqual([
      [waitlisted[2], 1],
      [waitlisted[3], 2],
    ]);
  });

  it("seats the whole waitlist when the capacity is removed (null)", async () => {
    const t = await testApp();
    const { course, waitlisted } = await courseWith(t, 1, 1, 3);
    const response = await t.patch(`/api/v1/courses/${course.id}`, { capacity: null });
    expect(response.statusCode, response.body).toBe(200);
    expect(await idsWithStatus(t, course.id, "waitlisted")).toEqual([]);
    expect(await idsWithStatus(t, course.id, "enrolled")).toEqual(expect.arrayContaining(waitlisted));
    expect(await idsWithStatus(t, course.id, "enrolled")).toHaveLength(4);
  });

  it("seats more waitlisted students than there are (capacity raised past the queue)", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 1, 1, 2);
    expect((await t.patch(`/api/v1/courses/${course.id}`, { capacity: 100 })).statusCode).toBe(200);
    expect(await idsWithStatus(t, course.id, "enrolled")).toHaveLength(3);
    expect(await idsWithStatus(t, course.id, "waitlisted")).toEqual([]);
  });
});

describe("changing a course's capacity", () => {
  it("refuses to lower it below the enrolled count with 409 capacity-below-enrollment and changes nothing", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 5, 3, 0);
    const before = (await t.get(`/api/v1/courses/${course.id}`)).json<Course>();
    const rowsBefore = await enrollmentRows(t);

    const problem = expectProblem(
      await t.patch(`/api/v1/courses/${course.id}`, { capacity: 2, title: "Renamed" }),
      409,
      "capacity-below-enrollment",
    );

    expect(problem.errors?.map((error) => error.field)).toEqual(["capacity"]);
    expect((await t.get(`/api/v1/courses/${course.id}`)).json()).toEqual(before);
    expect(await enrollmentRows(t)).toEqual(rowsBefore);
  });

  it("refuses capacity 0 for a course with one enrolled student", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 1, 1, 0);
    expectProblem(
      await t.patch(`/api/v1/courses/${course.id}`, { capacity: 0 }),
      409,
      "capacity-below-enrollment",
    );
  });

  it("lowers it to exactly the enrolled count, after which the course is full", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 5, 3, 0);

    const response = await t.patch(`/api/v1/courses/${course.id}`, { capacity: 3 });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Course>().capacity).toBe(3);
    const late = await createStudent(t);
    expectProblem(await postEnroll(t, late.id, course.id), 409, "course-full");
  });

  it("counts only enrolled students, not waitlisted ones, when lowering it", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 2, 2, 3);
    const response = await t.patch(`/api/v1/courses/${course.id}`, { capacity: 2 });
    expect(response.statusCode, response.body).toBe(200);
    expect(await idsWithStatus(t, course.id, "waitlisted")).toHaveLength(3);
  });

  it("sets a capacity on an unlimited course that is at least its enrolled count", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 2, 0);
    expectProblem(
      await t.patch(`/api/v1/courses/${course.id}`, { capacity: 1 }),
      409,
      "capacity-below-enrollment",
    );
    expect((await t.patch(`/api/v1/courses/${course.id}`, { capacity: 2 })).statusCode).toBe(200);
  });
});

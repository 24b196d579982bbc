import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { dropCourse, enroll, postEnroll, RFC3339_UTC } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";
import {
  allEvents,
  complete,
  courseWith,
  historyOf,
  historyUrl,
  nth,
  patched,
  patchEnrollment,
  steps,
} from "./lifecycle-helpers.ts";

const isNonDecreasing = (times: string[]) =>
  times.every((time, n) => n === 0 || Date.parse(time) >= Date.parse(nth(times, n - 1)));

describe("the history of an enrollment", () => {
  it("the history of a student enrolled → dropped → re-enrolled → completed reads back exactly those four steps with timestamps in order", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const started = new Date().toISOString();

    await enroll(t, student.id, course.id);
    await dropCourse(t, student.id, course.id);
    await enroll(t, student.id, course.id);
    await complete(t, student.id, course.id, "A-");
    const finished = new Date().toISOString();

    const history = await historyOf(t, student.id, course.id);
    expect(history.student_id).toBe(student.id);
    expect(history.course_id).toBe(course.id);
    expect(history.events).toEqual([
      {
        id: expect.any(Number) as number,
        event: "enrolled",
        from_status: null,
        to_status: "enrolled",
        from_grade: null,
        to_grade: null,
        actor: "test-admin",
        occurred_at: expect.stringMatching(RFC3339_UTC) as string,
        detail: null,
      },
      {
        id: expect.any(Number) as number,
        event: "dropped",
        from_status: "enrolled",
        to_status: "dropped",
        from_grade: null,
        to_grade: null,
        actor: "test-admin",
        occurred_at: expect.stringMatching(RFC3339_UTC) as string,
        detail: null,
      },
      {
        id: expect.any(Number) as number,
        event: "re-enrolled",
        from_status: "dropped",
        to_status: "enrolled",
        from_grade: null,
        to_grade: null,
        actor: "test-admin",
        occurred_at: expect.stringMatching(RFC3339_UTC) as string,
        detail: null,
      },
      {
        id: expect.any(Number) as number,
        event: "completed",
        from_status: "enrolled",
        to_status: "completed",
        from_grade: null,
        to_grade: "A-",
        actor: "test-admin",
        occurred_at: expect.stringMatching(RFC3339_UTC) as string,
        detail: null,
      },
    ]);
    const times = history.events.map((event) => event.occurred_at);
    expect(isNonDecreasing(times), times.join(" ")).toBe(true);
    expect(Date.parse(nth(times, 0))).toBeGreaterThanOrEqual(Date.parse(started));
    expect(Date.parse(nth(times, 3))).toBeLessThanOrEqual(Date.parse(finished));
    const ids = history.events.map((event) => event.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("starts with a waitlisted event when the student joined the waitlist of a full course", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 1, 1, 0);
    const student = await createStudent(t);
    await enroll(t, student.id, course.id, true);
    expect(await steps(t, student.id, course.id)).toEqual([["waitlisted", null, "waitlisted"]]);
  });

  it("records a promotion when a seated student drops", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 1);
    await dropCourse(t, nth(enrolled, 0), course.id);
    const { events } = await historyOf(t, nth(waitlisted, 0), course.id);
    expect(events.map((event) => [event.event, event.from_status, event.to_status, event.actor])).toEqual([
      ["waitlisted", null, "waitlisted", "test-admin"],
      ["promoted", "waitlisted", "enrolled", "test-admin"],
    ]);
  });

  it("records a promotion when the course's capacity is raised", async () => {
    const t = await testApp();
    const { course, waitlisted } = await courseWith(t, 1, 1, 2);
    expect((await t.patch(`/api/v1/courses/${course.id}`, { capacity: 2 })).statusCode).toBe(200);
    expect(await steps(t, nth(waitlisted, 0), course.id)).toEqual([
      ["waitlisted", null, "waitlisted"],
      ["promoted", "waitlisted", "enrolled"],
    ]);
    expect(await steps(t, nth(waitlisted, 1), course.id)).toEqual([["waitlisted", null, "waitlisted"]]);
  });

  it("records a promotion when a seated student is deleted", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 1);
    expect((await t.delete(`/api/v1/students/${nth(enrolled, 0)}`)).statusCode).toBe(204);
    expect((await steps(t, nth(waitlisted, 0), course.id)).at(-1)).toEqual([
      "promoted",
      "waitlisted",
      "enrolled",
    ]);
  });

  it("records the drop of a waitlisted enrollment and a re-enrollment onto the waitlist", async () => {
    const t = await testApp();
    const { course, waitlisted } = await courseWith(t, 1, 1, 1);
    const student_id = nth(waitlisted, 0);
    await dropCourse(t, student_id, course.id);
    await enroll(t, student_id, course.id, true);
    expect(await steps(t, student_id, course.id)).toEqual([
      ["waitlisted", null, "waitlisted"],
      ["dropped", "waitlisted", "dropped"],
      ["re-enrolled", "dropped", "waitlisted"],
    ]);
  });

  it("records a restore after a drop, then a completion and grade changes with their grades", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await enroll(t, student.id, course.id);
    await dropCourse(t, student.id, course.id);
    await patched(t, student.id, course.id, { status: "enrolled" });
    await complete(t, student.id, course.id, "C");
    await patched(t, student.id, course.id, { grade: "B" });
    await patched(t, student.id, course.id, { grade: null });

    const { events } = await historyOf(t, student.id, course.id);
    expect(
      events.map(({ event, from_status, to_status, from_grade, to_grade }) => [
        event,
        from_status,
        to_status,
        from_grade,
        to_grade,
      ]),
    ).toEqual([
      ["enrolled", null, "enrolled", null, null],
      ["dropped", "enrolled", "dropped", null, null],
      ["restored", "dropped", "enrolled", null, null],
      ["completed", "enrolled", "completed", null, "C"],
      ["grade-changed", "completed", "completed", "C", "B"],
      ["grade-changed", "completed", "completed", "B", null],
    ]);
    expect(isNonDecreasing(events.map((event) => event.occurred_at))).toBe(true);
  });

  it("records nothing for a request that was refused", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, 1, 1, 0);
    const late = await createStudent(t);
    const before = await allEvents(t);

    expectProblem(await postEnroll(t, late.id, course.id), 409, "course-full");
    expectProblem(await postEnroll(t, nth(enrolled, 0), course.id), 409, "already-enrolled");
    expectProblem(
      await patchEnrollment(t, nth(enrolled, 0), course.id, { grade: "A" }),
      409,
      "invalid-transition",
    );

    expect(await allEvents(t)).toEqual(before);
    expectProblem(await t.get(historyUrl(late.id, course.id)), 404, "enrollment-not-found");
  });

  it("keeps the histories of different enrollments apart", async () => {
    const t = await testApp();
    const [ada, bob] = [await createStudent(t), await createStudent(t)];
    const [math, art] = [await createCourse(t), await createCourse(t)];
    await enroll(t, ada.id, math.id);
    await enroll(t, ada.id, art.id);
    await enroll(t, bob.id, math.id);
    await dropCourse(t, ada.id, art.id);
    await complete(t, bob.id, math.id, "P");

    expect(await steps(t, ada.id, math.id)).toEqual([["enrolled", null, "enrolled"]]);
    expect(await steps(t, ada.id, art.id)).toEqual([
      ["enrolled", null, "enrolled"],
      ["dropped", "enrolled", "dropped"],
    ]);
    expect(await steps(t, bob.id, math.id)).toEqual([
      ["enrolled", null, "enrolled"],
      ["completed", "enrolled", "completed"],
    ]);
  });
});

describe("the history after a deletion", () => {
  it("stays readable after the student is deleted, ending with deleted-with-student", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const [enrolledIn, completedIn, waitingFor] = [
      await createCourse(t),
      await createCourse(t),
      await createCourse(t, { capacity: 0 }),
    ];
    await enroll(t, student.id, enrolledIn.id);
    await enroll(t, student.id, completedIn.id);
    await complete(t, student.id, completedIn.id, "B+");
    await enroll(t, student.id, waitingFor.id, true);

    expect((await t.delete(`/api/v1/students/${student.id}`)).statusCode).toBe(204);

    expectProblem(await t.get(`/api/v1/students/${student.id}`), 404, "student-not-found");
    const last = async (course_id: number) => (await historyOf(t, student.id, course_id)).events.at(-1);
    expect(await last(enrolledIn.id)).toMatchObject({
      event: "deleted-with-student",
      from_status: "enrolled",
      to_status: null,
      from_grade: null,
      to_grade: null,
      actor: "test-admin",
    });
    expect(await last(completedIn.id)).toMatchObject({
      event: "deleted-with-student",
      from_status: "completed",
      to_status: null,
      from_grade: "B+",
      to_grade: null,
    });
    expect(await last(waitingFor.id)).toMatchObject({
      event: "deleted-with-student",
      from_status: "waitlisted",
      to_status: null,
    });
    expect(await steps(t, student.id, completedIn.id)).toEqual([
      ["enrolled", null, "enrolled"],
      ["completed", "enrolled", "completed"],
      ["deleted-with-student", "completed", null],
    ]);
  });

  it("stays readable after the course is deleted with force, ending with deleted-with-course", async () => {
    const t = await testApp();
    const { course, enrolled, waitlisted } = await courseWith(t, 1, 1, 1);

    expect((await t.delete(`/api/v1/courses/${course.id}?force=true`)).statusCode).toBe(204);

    expectProblem(await t.get(`/api/v1/courses/${course.id}`), 404, "course-not-found");
    expect(await steps(t, nth(enrolled, 0), course.id)).toEqual([
      ["enrolled", null, "enrolled"],
      ["deleted-with-course", "enrolled", null],
    ]);
    expect(await steps(t, nth(waitlisted, 0), course.id)).toEqual([
      ["waitlisted", null, "waitlisted"],
      ["deleted-with-course", "waitlisted", null],
    ]);
  });

  it("records deleted-with-course for the dropped and completed enrollments of a course deleted without force", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const [dropper, finisher] = [await createStudent(t), await createStudent(t)];
    await enroll(t, dropper.id, course.id);
    await dropCourse(t, dropper.id, course.id);
    await enroll(t, finisher.id, course.id);
    await complete(t, finisher.id, course.id, "A");

    expect((await t.delete(`/api/v1/courses/${course.id}`)).statusCode).toBe(204);

    expect((await steps(t, dropper.id, course.id)).at(-1)).toEqual(["deleted-with-course", "dropped", null]);
    expect((await historyOf(t, finisher.id, course.id)).events.at(-1)).toMatchObject({
      event: "deleted-with-course",
      from_status: "completed",
      from_grade: "A",
    });
  });

  it("records nothing for the other students of a deleted student's course", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const [leaving, staying] = [await createStudent(t), await createStudent(t)];
    await enroll(t, leaving.id, course.id);
    await enroll(t, staying.id, course.id);
    await t.delete(`/api/v1/students/${leaving.id}`);
    expect(await steps(t, staying.id, course.id)).toEqual([["enrolled", null, "enrolled"]]);
  });

  it("is not inherited by a student created after the newest student was deleted", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const deleted = await createStudent(t);
    await enroll(t, deleted.id, course.id);
    await t.delete(`/api/v1/students/${deleted.id}`);

    const newcomer = await createStudent(t);

    expect(newcomer.id).not.toBe(deleted.id);
    expectProblem(await t.get(historyUrl(newcomer.id, course.id)), 404, "enrollment-not-found");
    expect(await steps(t, deleted.id, course.id)).toHaveLength(2);
  });
});

describe("asking for a history that does not exist", () => {
  it("answers 404 student-not-found when the student does not exist and never had an enrollment there", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    expectProblem(await t.get(historyUrl(9999, course.id)), 404, "student-not-found");
  });

  it("answers 404 course-not-found when the course does not exist and never had the student", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectProblem(await t.get(historyUrl(student.id, 9999)), 404, "course-not-found");
  });

  it("answers 404 student-not-found when neither exists", async () => {
    const t = await testApp();
    expectProblem(await t.get(historyUrl(9998, 9999)), 404, "student-not-found");
  });

  it("answers 404 enrollment-not-found when both exist but the student never enrolled", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await enroll(t, student.id, (await createCourse(t)).id);
    expectProblem(await t.get(historyUrl(student.id, course.id)), 404, "enrollment-not-found");
  });

  it("answers 400 for an id that is not a positive integer", async () => {
    const t = await testApp();
    expectFieldError(await t.get("/api/v1/students/1/courses/0/history"), "course_id");
  });
});

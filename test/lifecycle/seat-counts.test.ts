import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { courseStudents, dropCourse, enroll, studentCourses } from "../helpers/enrollments.ts";
import { createCourse, createStudent, courseInput } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";
import {
  complete,
  courseWith,
  getCourse,
  nth,
  patched,
  realCounts,
  reportedCounts,
  studentIds,
} from "./lifecycle-helpers.ts";

const counts = (course: Course) => [course.enrolled_count, course.waitlist_count];

/** The stored counters, the API's counters and the real number of rows agree for every course. */
async function expectCountsTrue(t: TestApp, step: string): Promise<[number, number, number][]> {
  const real = await realCounts(t);
  const stored = await t.db
    .selectFrom("courses")
    .select(["id", "enrolled_count", "waitlist_count"])
    .orderBy("id")
    .execute();
  expect(
    stored.map((row) => [row.id, row.enrolled_count, row.waitlist_count]),
    `stored counts after ${step}`,
  ).toEqual(real);
  expect(await reportedCounts(t), `reported counts after ${step}`).toEqual(real);
  return real;
}

describe("enrolled_count and waitlist_count on courses", () => {
  it("are 0 and 0 on a new course", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/courses", courseInput({ capacity: 3 }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ enrolled_count: 0, waitlist_count: 0 });
  });

  it("are in GET /api/v1/courses/{id}", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 2, 2, 3);
    expect(counts(await getCourse(t, course.id))).toEqual([2, 3]);
  });

  it("are on every course of GET /api/v1/courses", async () => {
    const t = await testApp();
    const { course: full } = await courseWith(t, 1, 1, 2);
    const { course: open } = await courseWith(t, null, 3, 0);
    const empty = await createCourse(t);
    expect(await reportedCounts(t)).toEqual([
      [full.id, 1, 2],
      [open.id, 3, 0],
      [empty.id, 0, 0],
    ]);
  });

  it("are in the response to PATCH /api/v1/courses/{id}, after any promotion it made", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 1, 1, 3);
    const response = await t.patch(`/api/v1/courses/${course.id}`, { capacity: 3 });
    expect(response.statusCode, response.body).toBe(200);
    expect(counts(response.json<Course>())).toEqual([3, 1]);
  });

  it("are on the course of a roster", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 2, 2, 1);
    expect(counts((await courseStudents(t, course.id)).course)).toEqual([2, 1]);
    expect(counts((await courseStudents(t, course.id, "?status=dropped")).course)).toEqual([2, 1]);
  });

  it("are on each course of a student's course list", async () => {
    const t = await testApp();
    const { course: full, waitlisted } = await courseWith(t, 1, 1, 1);
    const student = nth(waitlisted, 0);
    const other = await createCourse(t);
    await enroll(t, student, other.id);
    const { courses } = await studentCourses(t, student);
    const byId = new Map(courses.map((course) => [course.id, counts(course)]));
    expect(byId.get(full.id)).toEqual([1, 1]);
    expect(byId.get(other.id)).toEqual([1, 0]);
  });

  it("count neither dropped nor completed enrollments", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, null, 3, 0);
    await dropCourse(t, nth(enrolled, 0), course.id);
    await complete(t, nth(enrolled, 1), course.id, "A");
    expect(counts(await getCourse(t, course.id))).toEqual([1, 0]);
  });

  it("stay equal to the real counts through enroll, waitlist, drop, promotion, completion, restore, deletions and capacity changes", async () => {
    const t = await testApp();
    const math = await createCourse(t, { capacity: 2 });
    const art = await createCourse(t, { capacity: 1 });
    const open = await createCourse(t, { capacity: null });
    const ids = await studentIds(t, 6);
    const [s1, s2, s3, s4, s5, s6] = [
      nth(ids, 0),
      nth(ids, 1),
      nth(ids, 2),
      nth(ids, 3),
      nth(ids, 4),
      nth(ids, 5),
    ];
    const expectAfter = async (step: string, expected: [number, number, number][]) => {
      expect(await expectCountsTrue(t, step), step).toEqual(expected);
    };
    const asCounts = (m: [number, number], a: [number, number], o: [number, number]) =>
      [
        [math.id, ...m],
        [art.id, ...a],
        [open.id, ...o],
      ] as [number, number, number][];

    await enroll(t, s1, math.id);
    await enroll(t, s2, math.id);
    await enroll(t, s1, art.id);
    await enroll(t, s1, open.id);
    await enroll(t, s2, open.id);
    await expectAfter("enrolling", asCounts([2, 0], [1, 0], [2, 0]));

    await enroll(t, s3, math.id, true);
    await enroll(t, s4, math.id, true);
    await enroll(t, s2, art.id, true);
    await enroll(t, s5, art.id, true);
    await expectAfter("waitlisting", asCounts([2, 2], [1, 2], [2, 0]));

    await dropCourse(t, s4, math.id);
    await expectAfter("dropping a waitlisted student", asCounts([2, 1], [1, 2], [2, 0]));

    await dropCourse(t, s2, math.id);
    await expectAfter("dropping a seated student, which promotes s3", asCounts([2, 0], [1, 2], [2, 0]));

    await complete(t, s1, art.id, "A");
    await expectAfter("completing, which promotes s2", asCounts([2, 0], [1, 1], [2, 0]));

    expect(await patched(t, s4, math.id, { status: "enrolled", waitlist: true })).toMatchObject({
      status: "waitlisted",
    });
    await expectAfter("restoring onto the waitlist", asCounts([2, 1], [1, 1], [2, 0]));

    await dropCourse(t, s2, open.id);
    await patched(t, s2, open.id, { status: "enrolled" });
    await expectAfter("dropping and restoring a seat", asCounts([2, 1], [1, 1], [2, 0]));

    expectProblem(
      await t.patch(`/api/v1/courses/${math.id}`, { capacity: 1 }),
      409,
      "capacity-below-enrollment",
    );
    await expectAfter("a refused capacity change", asCounts([2, 1], [1, 1], [2, 0]));

    expect((await t.delete(`/api/v1/students/${s3}`)).statusCode).toBe(204);
    await expectAfter("deleting a seated student, which promotes s4", asCounts([2, 0], [1, 1], [2, 0]));

    expect((await t.delete(`/api/v1/students/${s5}`)).statusCode).toBe(204);
    await expectAfter("deleting a waitlisted student", asCounts([2, 0], [1, 0], [2, 0]));

    await enroll(t, s6, math.id, true);
    await enroll(t, s6, art.id, true);
    await expectAfter("waitlisting again", asCounts([2, 1], [1, 1], [2, 0]));

    expect((await t.patch(`/api/v1/courses/${art.id}`, { capacity: 5 })).statusCode).toBe(200);
    await expectAfter("raising a capacity, which promotes s6", asCounts([2, 1], [2, 0], [2, 0]));

    expect((await t.patch(`/api/v1/courses/${art.id}`, { capacity: 2 })).statusCode).toBe(200);
    await expectAfter("lowering a capacity to the enrolled count", asCounts([2, 1], [2, 0], [2, 0]));

    expect((await t.patch(`/api/v1/courses/${math.id}`, { capacity: null })).statusCode).toBe(200);
    await expectAfter(
      "removing a capacity, which seats the whole waitlist",
      asCounts([3, 0], [2, 0], [2, 0]),
    );

    expect((await t.delete(`/api/v1/courses/${math.id}?force=true`)).statusCode).toBe(204);
    const withoutMath = (await realCounts(t)).map(([id]) => id);
    expect(withoutMath).toEqual([art.id, open.id]);
    await expectCountsTrue(t, "deleting a course with force");
    expect(await reportedCounts(t)).toEqual([
      [art.id, 2, 0],
      [open.id, 2, 0],
    ]);

    for (const student of [s1, s2, s4, s6]) await t.delete(`/api/v1/students/${student}`);
    expect(await expectCountsTrue(t, "deleting every student")).toEqual([
      [art.id, 0, 0],
      [open.id, 0, 0],
    ]);
  });
});

describe("a student with seats in several courses", () => {
  it("frees every seat when deleted, and the counters follow", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const courses = [await createCourse(t, { capacity: 1 }), await createCourse(t, { capacity: 1 })];
    for (const course of courses) await enroll(t, student.id, course.id);
    const waiting = await createStudent(t);
    for (const course of courses) await enroll(t, waiting.id, course.id, true);

    expect((await t.delete(`/api/v1/students/${student.id}`)).statusCode).toBe(204);

    for (const course of courses) expect(counts(await getCourse(t, course.id))).toEqual([1, 0]);
    await expectCountsTrue(t, "deleting the student");
  });
});

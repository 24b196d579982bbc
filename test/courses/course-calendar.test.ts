import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import { testApp } from "../helpers/app.ts";
import {
  courseInput,
  createCatalogEntry,
  createCourse,
  createInstructor,
  createStudent,
  createTerm,
} from "../helpers/factories.ts";
import { allPages } from "../helpers/lists.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

const monWed = { days: ["mon", "wed"], starts_at: "09:00", ends_at: "10:15", room: "ENG 101" };

describe("a course in the academic calendar", () => {
  it("has a term, a catalog entry, meetings and instructors, answered on every read", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    const entry = await createCatalogEntry(t, { credits: 4 });
    const [grace, alan] = [await createInstructor(t), await createInstructor(t)];
    const response = await t.post(
      "/api/v1/courses",
      courseInput({
        term_id: term.id,
        catalog_id: entry.id,
        meetings: [
          { days: ["wed", "mon"], starts_at: "09:00", ends_at: "10:15", room: "ENG 101" },
          { days: ["fri"], starts_at: "14:00", ends_at: "14:50" },
        ],
        instructor_ids: [alan.id, grace.id],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const course = response.json<Course>();
    expect(course).toMatchObject({
      term_id: term.id,
      catalog_id: entry.id,
      credits: 4,
      meetings: [monWed, { days: ["fri"], starts_at: "14:00", ends_at: "14:50", room: null }],
      instructor_ids: [alan.id, grace.id],
    });
    expect((await t.get(`/api/v1/courses/${course.id}`)).json()).toEqual(course);

    const student = await createStudent(t);
    await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id });
    const { courses } = (await t.get(`/api/v1/students/${student.id}/courses`)).json<{ courses: Course[] }>();
    expect(courses[0]).toMatchObject({ ...course, enrolled_count: 1, updated_at: course.updated_at });
    const roster = (await t.get(`/api/v1/courses/${course.id}/students`)).json<{ course: Course }>();
    expect(roster.course).toEqual({ ...course, enrolled_count: 1 });
  });

  it("answers a course made without them as v1 did, plus empty calendar fields", async () => {
    const t = await testApp();
    const course = await createCourse(t, { credits: 3 });
    expect((await t.get(`/api/v1/courses/${course.id}`)).json()).toEqual({
      ...course,
      credits: 3,
      term_id: null,
      catalog_id: null,
      meetings: [],
      instructor_ids: [],
    });
  });

  it("takes its credits from its catalog entry while it has none of its own", async () => {
    const t = await testApp();
    const entry = await createCatalogEntry(t, { credits: 4 });
    const course = await createCourse(t, { catalog_id: entry.id });
    const read = async () => (await t.get(`/api/v1/courses/${course.id}`)).json<Course>().credits;
    expect(await read()).toBe(4);
    await t.patch(`/api/v1/catalog/${entry.id}`, { credits: 5 });
    expect(await read()).toBe(5);
    expect((await t.patch(`/api/v1/courses/${course.id}`, { credits: 3 })).json<Course>().credits).toBe(3);
    await t.patch(`/api/v1/catalog/${entry.id}`, { credits: 6 });
    expect(await read()).toBe(3);
    expect((await t.patch(`/api/v1/courses/${course.id}`, { credits: null })).json<Course>().credits).toBe(6);
    expect(
      (await t.patch(`/api/v1/courses/${course.id}`, { catalog_id: null })).json<Course>().credits,
    ).toBeNull();
  });

  it("changes its term, catalog entry, meetings and instructors with PATCH, replacing each list", async () => {
    const t = await testApp();
    const [fall, spring] = [await createTerm(t), await createTerm(t)];
    const [grace, alan, barbara] = [
      await createInstructor(t),
      await createInstructor(t),
      await createInstructor(t),
    ];
    const course = await createCourse(t, {
      term_id: fall.id,
      meetings: [monWed],
      instructor_ids: [grace.id],
    });

    const moved = await t.patch(`/api/v1/courses/${course.id}`, {
      term_id: spring.id,
      instructor_ids: [barbara.id, alan.id],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      term_id: spring.id,
      meetings: [monWed],
      instructor_ids: [barbara.id, alan.id],
    });

    const cleared = await t.patch(`/api/v1/courses/${course.id}`, {
      meetings: [],
      instructor_ids: [],
      term_id: null,
    });
    expect(cleared.json()).toMatchObject({ term_id: null, meetings: [], instructor_ids: [] });
  });

  it("refuses a term, catalog entry or instructor that does not exist, naming each, and changes nothing", async () => {
    const t = await testApp();
    const grace = await createInstructor(t);
    const problem = expectProblem(
      await t.post(
        "/api/v1/courses",
        courseInput({ term_id: 404, catalog_id: 405, instructor_ids: [grace.id, 406] }),
      ),
      400,
      "validation",
    );
    expect(problem.errors).toEqual([
      { field: "term_id", message: "term 404 does not exist" },
      { field: "catalog_id", message: "catalog entry 405 does not exist" },
      { field: "instructor_ids.1", message: "instructor 406 does not exist" },
    ]);
    expect((await t.get("/api/v1/courses")).json<{ data: unknown[] }>().data).toEqual([]);

    const course = await createCourse(t, { instructor_ids: [grace.id] });
    expectFieldError(
      await t.patch(`/api/v1/courses/${course.id}`, { instructor_ids: [407] }),
      "instructor_ids.0",
    );
    expect((await t.get(`/api/v1/courses/${course.id}`)).json<Course>().instructor_ids).toEqual([grace.id]);
  });

  it("refuses a meeting that does not end after it starts", async () => {
    const t = await testApp();
    for (const ends_at of ["09:00", "08:59"]) {
      const body = courseInput({ meetings: [monWed, { days: ["tue"], starts_at: "09:00", ends_at }] });
      const problem = expectFieldError(await t.post("/api/v1/courses", body), "meetings.1.ends_at");
      expect(problem.errors).toEqual([{ field: "meetings.1.ends_at", message: "must be after starts_at" }]);
    }
  });

  it.each([
    ["a day twice", [{ ...monWed, days: ["mon", "mon"] }], "meetings.0.days"],
    ["no days", [{ ...monWed, days: [] }], "meetings.0.days"],
    ["an unknown day", [{ ...monWed, days: ["monday"] }], "meetings.0.days.0"],
    ["a 12-hour time", [{ ...monWed, starts_at: "9:00" }], "meetings.0.starts_at"],
    ["24:00", [{ ...monWed, ends_at: "24:00" }], "meetings.0.ends_at"],
    ["a long room", [{ ...monWed, room: "x".repeat(65) }], "meetings.0.room"],
    ["an unknown field", [{ ...monWed, building: "ENG" }], "meetings.0.building"],
    ["eleven meetings", Array.from({ length: 11 }, () => monWed), "meetings"],
  ])("refuses meetings with %s", async (_, meetings, field) => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/courses", courseInput({ meetings })), field);
  });

  it("refuses an instructor listed twice, and ids that are not ids", async () => {
    const t = await testApp();
    const grace = await createInstructor(t);
    expectFieldError(
      await t.post("/api/v1/courses", courseInput({ instructor_ids: [grace.id, grace.id] })),
      "instructor_ids",
    );
    expectFieldError(await t.post("/api/v1/courses", courseInput({ term_id: "1" })), "term_id");
    expectFieldError(await t.post("/api/v1/courses", courseInput({ catalog_id: 0 })), "catalog_id");
  });
});

describe("GET /api/v1/courses filtered by term and catalog entry", () => {
  it("lists only the term's courses, or only the entry's sections, paging with Link headers", async () => {
    const t = await testApp();
    const [fall, spring] = [await createTerm(t), await createTerm(t)];
    const [cs101, cs201] = [await createCatalogEntry(t), await createCatalogEntry(t)];
    const codes = ["CS101-02", "CS101-01", "CS201-01", "CS101-03"];
    for (const code of codes) {
      const catalog_id = code.startsWith("CS101") ? cs101.id : cs201.id;
      await createCourse(t, { code, term_id: code === "CS101-03" ? spring.id : fall.id, catalog_id });
    }
    await createCourse(t, { code: "AAA-NO-TERM" });

    const fallPages = await allPages<Course>(t, `/api/v1/courses?term_id=${fall.id}&limit=2`);
    expect(fallPages.flatMap((page) => page.data.map((course) => course.code))).toEqual([
      "CS101-01",
      "CS101-02",
      "CS201-01",
    ]);
    const sections = (await t.get(`/api/v1/courses?catalog_id=${cs101.id}&sort=-code`)).json<{
      data: Course[];
    }>();
    expect(sections.data.map((course) => course.code)).toEqual(["CS101-03", "CS101-02", "CS101-01"]);
    const both = (await t.get(`/api/v1/courses?term_id=${fall.id}&catalog_id=${cs101.id}&q=02`)).json<{
      data: Course[];
    }>();
    expect(both.data.map((course) => course.code)).toEqual(["CS101-02"]);
    expect((await t.get("/api/v1/courses?term_id=999")).json()).toEqual({ data: [], next_cursor: null });
  });

  it.each(["term_id=abc", "term_id=0", "catalog_id=-1", "term_id=1e3", "catalog_id="])(
    "refuses %s with 400",
    async (query) => {
      const t = await testApp();
      const response = await t.get(`/api/v1/courses?${query}`);
      expectProblem(response, 400, "validation");
    },
  );
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import { exportRoster } from "../../src/imports/export.service.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { courseStudents, enroll } from "../helpers/enrollments.ts";
import { importFrom, rosterData, summaryOf, tables, temporaryDirectory } from "./helpers.ts";

async function created<Body extends { id: number }>(t: TestApp, url: string, body: unknown): Promise<Body> {
  const response = await t.post(url, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Body>();
}

async function patched(t: TestApp, url: string, body: unknown): Promise<void> {
  const response = await t.patch(url, body);
  expect(response.statusCode, response.body).toBe(200);
}

async function all<Item>(t: TestApp, url: string): Promise<Item[]> {
  const response = await t.get(`${url}?limit=500`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Item[] }>().data;
}

/**
 * A registrar's term made through the API: two terms, a catalog whose prerequisites point forward and back,
 * sections with meetings, instructors in a given order, a capacity with a waitlist in an order that is not the
 * students' id order, and sections without a term or a catalog entry (which export as placeholder courses).
 */
async function buildRegistrar(t: TestApp): Promise<void> {
  const spring = await created(t, "/api/v1/terms", {
    code: "2027SP",
    name: "Spring 2027",
    starts_on: "2027-01-18",
    ends_on: "2027-05-14",
    registration_opens_at: "2026-11-30T15:00:00+01:00",
    registration_closes_at: "2027-01-29T23:59:00Z",
    add_drop_ends_on: "2027-01-29",
    max_credits: 18.5,
  });
  const fall = await created(t, "/api/v1/terms", {
    code: "2026FA",
    name: "Fall 2026",
    starts_on: "2026-08-24",
    ends_on: "2026-12-18",
  });
  // CS100 is made first but requires CS050, made later: the export names a course further down the file.
  const cs100 = await created(t, "/api/v1/catalog", { code: "CS100", title: "Programming", credits: 3 });
  const ma101 = await created(t, "/api/v1/catalog", {
    code: "MA101",
    title: "Calculus I",
    credits: 4,
    description: 'Limits, derivatives and "integrals"',
  });
  const ma102 = await created(t, "/api/v1/catalog", {
    code: "MA102",
    title: "Calculus II",
    credits: 4,
    prerequisites: [[{ catalog_id: ma101.id, min_grade: "C" }]],
  });
  const cs201 = await created(t, "/api/v1/catalog", {
    code: "CS201",
    title: "Data Structures",
    prerequisites: [
      [{ catalog_id: cs100.id, min_grade: "B-" }],
      [{ catalog_id: ma101.id }, { catalog_id: ma102.id, concurrent: true }],
    ],
  });
  const cs050 = await created(t, "/api/v1/catalog", { code: "CS050", title: "Computing basics" });
  await patched(t, `/api/v1/catalog/${cs100.id}`, { prerequisites: [[{ catalog_id: cs050.id }]] });

  const teachers = [];
  for (const [first_name, email] of [
    ["Grace", "grace@example.edu"],
    ["Alan", "alan@example.edu"],
    ["Edsger", "edsger@example.edu"],
  ] as const) {
    teachers.push(await created(t, "/api/v1/instructors", { first_name, last_name: "Teacher", email }));
  }
  const [grace, alan, edsger] = teachers.map((each) => each.id);

  const calculus = await created<Course>(t, "/api/v1/courses", {
    code: "MA101-01",
    title: "Calculus I, section 1",
    term_id: fall.id,
    catalog_id: ma101.id,
    capacity: 2,
    meetings: [
      { days: ["fri", "mon", "wed"], starts_at: "09:00", ends_at: "09:50", room: "ENG 101" },
      { days: ["tue"], starts_at: "14:00", ends_at: "15:15" },
    ],
    instructor_ids: [alan, grace],
  });
  await created(t, "/api/v1/courses", {
    code: "CS201-01",
    title: "Data Structures",
    term_id: spring.id,
    catalog_id: cs201.id,
    credits: 3.5,
    description: "Lists, trees, graphs; bring a laptop",
    meetings: [{ days: ["thu"], starts_at: "18:00", ends_at: "20:30", room: null }],
    instructor_ids: [edsger, alan, grace],
  });
  const seminar = await created<Course>(t, "/api/v1/courses", {
    code: "SEM-1",
    title: "Freshman seminar",
    capacity: 1,
  });
  await created(t, "/api/v1/courses", { code: "MA102-LAB", title: "Calculus lab", catalog_id: ma102.id });
  await created(t, "/api/v1/courses", { code: "ORIENT", title: "Orientation", term_id: spring.id });

  const students = [];
  for (let n = 1; n <= 5; n++) {
    students.push(
      await created(t, "/api/v1/students", {
        first_name: `Student${n}`,
        last_name: "Example",
        email: `student${n}@example.edu`,
      }),
    );
  }
  const [s1, s2, s3, s4, s5] = students.map((each) => each.id) as [number, number, number, number, number];
  await enroll(t, s1, calculus.id);
  await enroll(t, s2, calculus.id);
  await enroll(t, s4, calculus.id, true);
  await enroll(t, s3, calculus.id, true);
  await enroll(t, s5, seminar.id);
  await enroll(t, s1, seminar.id, true);
}

/** What the API answers about everything, with records named by code or email instead of their ids. */
async function apiAnswers(t: TestApp) {
  const without = <Row extends Record<string, unknown>>(row: Row) => {
    const { id: _id, created_at: _created, updated_at: _updated, sourced_id: _sourced, ...rest } = row;
    return rest;
  };
  const terms = await all<{ id: number; code: string } & Record<string, unknown>>(t, "/api/v1/terms");
  const catalog = await all<{ id: number; code: string; prerequisites: { catalog_id: number }[][] }>(
    t,
    "/api/v1/catalog",
  );
  const instructors = await all<{ id: number; email: string } & Record<string, unknown>>(
    t,
    "/api/v1/instructors",
  );
  const courses = await all<Course>(t, "/api/v1/courses");
  const code = (items: { id: number; code: string }[], id: number | null) =>
    id === null ? null : items.find((item) => item.id === id)?.code;
  const rosters: Record<string, unknown> = {};
  for (const course of courses) {
    const roster = await courseStudents(t, course.id, "?status=enrolled,waitlisted");
    rosters[course.code] = roster.students.map((student) => [
      student.email,
      student.enrollment.status,
      student.enrollment.waitlist_position,
    ]);
  }
  return {
    terms: terms.map(without),
    catalog: catalog.map((entry) => ({
      ...without(entry),
      prerequisites: entry.prerequisites.map((group) =>
        group.map((item) => ({ ...item, catalog_id: code(catalog, item.catalog_id) })),
      ),
    })),
    instructors: instructors.map(without),
    courses: courses.map((course) => ({
      ...without(course),
      term_id: code(terms, course.term_id),
      catalog_id: code(catalog, course.catalog_id),
      instructor_ids: course.instructor_ids.map((id) => instructors.find((each) => each.id === id)?.email),
    })),
    rosters,
  };
}

const filesOf = (directory: string) =>
  Object.fromEntries(
    readdirSync(directory).map((file) => [file, readFileSync(join(directory, file), "utf8")]),
  );

describe("export, then import into an empty database", { timeout: 60_000 }, () => {
  it("reproduces terms, catalog, sections, instructors, enrollments and waitlists exactly", async () => {
    const source = await testApp();
    await buildRegistrar(source);
    const directory = temporaryDirectory();

    await exportRoster(source.db, directory);
    const target = await testApp();
    const report = await importFrom(target.db, directory);

    expect(report).toMatchObject({ rejects: [], written: true });
    // Two placeholder courses (for the sections without a catalog entry) are skipped, and the school year.
    expect(summaryOf(report, "courses.csv")).toMatchObject({ created: 5, skipped: 2 });
    expect(summaryOf(report, "academicSessions.csv")).toMatchObject({ created: 2, skipped: 1 });
    expect(await rosterData(target.db)).toEqual(await rosterData(source.db));
    expect(await apiAnswers(target)).toEqual(await apiAnswers(source));
    const { course_instructors, catalog_prerequisites } = await tables(target.db);
    expect(course_instructors).toHaveLength(5);
    expect(catalog_prerequisites).toHaveLength(5);

    // The copy exports to the very same files: its records keep the sourcedIds the first export gave them.
    const again = temporaryDirectory();
    await exportRoster(target.db, again);
    expect(filesOf(again)).toEqual(filesOf(directory));
  });

  it("changes nothing when imported into the database it came from", async () => {
    const t = await testApp();
    await buildRegistrar(t);
    const directory = temporaryDirectory();
    await exportRoster(t.db, directory);
    const before = await tables(t.db);

    const report = await importFrom(t.db, directory);

    // Every record without a sourcedId is claimed by its code or email and gets the one the export gave it.
    expect(report.rejects).toEqual([]);
    const again = await importFrom(t.db, directory);
    expect(again.written).toBe(false);
    const after = await tables(t.db);
    expect(after.student_courses).toEqual(before.student_courses);
    expect(after.course_instructors).toEqual(before.course_instructors);
    expect(after.catalog_prerequisites).toEqual(before.catalog_prerequisites);
    expect(after.terms.map((term) => term.sourced_id)).toEqual(
      before.terms.map((term) => `registrar-term-${term.id}`),
    );
    expect(after.courses.map((course) => course.sourced_id)).toEqual(
      before.courses.map((course) => `registrar-course-${course.id}`),
    );
  });
});

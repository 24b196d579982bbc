import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import { courseExtensionColumns, termExtensionColumns } from "../../src/imports/oneroster.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { courseStudents } from "../helpers/enrollments.ts";
import { calendarFiles, calendarSet, enrollment, klass, session, user, role } from "./calendar-sets.ts";
import { csvSet, importFrom, summaryOf, tables } from "./helpers.ts";

const calendarDirectory = () => csvSet(calendarFiles(calendarSet));

async function list<Item>(t: TestApp, url: string): Promise<Item[]> {
  const response = await t.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Item[] }>().data;
}

const byCode = <Item extends { code: string }>(items: Item[], code: string): Item => {
  const item = items.find((each) => each.code === code);
  if (!item) throw new Error(`no ${code}`);
  return item;
};

// Each test builds the whole app (for its API answers): generous time on a busy machine.
const slow = { timeout: 30_000 };

describe("importing terms, a catalog, sections and teachers", slow, () => {
  it("creates terms from term and semester sessions with their Registrar fields, and skips the others", async () => {
    const t = await testApp();
    const report = await importFrom(t.db, calendarDirectory());

    expect(report.rejects).toEqual([]);
    expect(summaryOf(report, "academicSessions.csv")).toMatchObject({ rows: 4, created: 2, skipped: 2 });
    const terms = await list<Record<string, unknown>>(t, "/api/v1/terms?sort=code");
    expect(terms).toMatchObject([
      {
        code: "2026FA",
        name: "Fall 2026",
        starts_on: "2026-08-20",
        ends_on: "2026-12-18",
        registration_opens_at: "2026-04-01T07:00:00.000Z",
        registration_closes_at: "2099-09-01T00:00:00.000Z",
        add_drop_ends_on: "2026-09-04",
        max_credits: 18,
        sourced_id: "t-fall",
      },
      {
        code: "Spring 2027",
        name: "Spring 2027",
        registration_opens_at: null,
        registration_closes_at: null,
        add_drop_ends_on: null,
        max_credits: null,
        sourced_id: "t-spring",
      },
    ]);
  });

  it("creates catalog entries with prerequisites named by sourcedId, and skips placeholder courses", async () => {
    const t = await testApp();
    const report = await importFrom(t.db, calendarDirectory());

    expect(summaryOf(report, "courses.csv")).toMatchObject({ rows: 5, created: 4, skipped: 1 });
    const catalog = await list<{ id: number; code: string; prerequisites: unknown }>(t, "/api/v1/catalog");
    const id = (code: string) => byCode(catalog, code).id;
    expect(catalog.map((entry) => entry.code)).toEqual(["CS101", "CS201", "MA101", "MA102"]);
    expect(byCode(catalog, "CS101")).toMatchObject({
      title: "Intro to Programming",
      credits: 4,
      description: "Variables, loops, functions",
      prerequisites: [],
      sourced_id: "crs-cs101",
    });
    expect(byCode(catalog, "CS201").prerequisites).toEqual([
      [{ catalog_id: id("CS101"), min_grade: "C" }],
      [{ catalog_id: id("MA101") }, { catalog_id: id("MA102"), concurrent: true }],
    ]);
    expect(byCode(catalog, "MA101")).toMatchObject({ credits: null, description: null });
  });

  it("gives sections their term, catalog entry and meetings; a placeholder course or a school year gives none", async () => {
    const t = await testApp();
    await importFrom(t.db, calendarDirectory());

    const terms = await list<{ id: number; code: string }>(t, "/api/v1/terms");
    const catalog = await list<{ id: number; code: string }>(t, "/api/v1/catalog");
    const courses = await list<Course>(t, "/api/v1/courses");
    expect(byCode(courses, "CS101-01")).toMatchObject({
      term_id: byCode(terms, "2026FA").id,
      catalog_id: byCode(catalog, "CS101").id,
      capacity: 2,
      credits: 4,
      meetings: [{ days: ["mon", "wed"], starts_at: "09:00", ends_at: "10:15", room: "ENG 101" }],
    });
    expect(byCode(courses, "CS201-01")).toMatchObject({
      term_id: byCode(terms, "Spring 2027").id,
      catalog_id: byCode(catalog, "CS201").id,
      meetings: [
        { days: ["tue", "thu"], starts_at: "13:00", ends_at: "14:15", room: null },
        { days: ["fri"], starts_at: "08:00", ends_at: "09:50", room: "LAB 2" },
      ],
    });
    expect(byCode(courses, "HOME")).toMatchObject({
      title: "Homeroom",
      term_id: null,
      catalog_id: null,
      meetings: [],
    });
  });

  it("makes teachers instructors and teacher enrollments course instructors, the primary first", async () => {
    const t = await testApp();
    const report = await importFrom(t.db, calendarDirectory());

    // Kim is a student and a teacher: one row, two records, counted once.
    expect(summaryOf(report, "users.csv")).toMatchObject({ rows: 5, created: 5, skipped: 0 });
    expect(summaryOf(report, "enrollments.csv")).toMatchObject({ rows: 7, created: 7, rejected: 0 });
    const instructors = await list<{ id: number; email: string }>(t, "/api/v1/instructors?sort=email");
    expect(instructors.map((each) => each.email)).toEqual([
      "alan@example.edu",
      "grace@example.edu",
      "kim@example.edu",
    ]);
    const students = await list<{ email: string }>(t, "/api/v1/students?sort=email");
    expect(students.map((each) => each.email)).toEqual([
      "ada@example.edu",
      "bob@example.edu",
      "kim@example.edu",
    ]);
    const idOf = (email: string) => instructors.find((each) => each.email === email)?.id;
    const courses = await list<Course>(t, "/api/v1/courses");
    expect(byCode(courses, "CS101-01").instructor_ids).toEqual([
      idOf("alan@example.edu"),
      idOf("grace@example.edu"),
    ]);
    expect(byCode(courses, "CS201-01").instructor_ids).toEqual([
      idOf("kim@example.edu"),
      idOf("grace@example.edu"),
    ]);
    const roster = await courseStudents(t, byCode(courses, "CS101-01").id, "?status=enrolled,waitlisted");
    expect(roster.students.map((each) => [each.email, each.enrollment.status])).toEqual([
      ["ada@example.edu", "enrolled"],
      ["bob@example.edu", "enrolled"],
      ["kim@example.edu", "waitlisted"],
    ]);
  });

  it("changes nothing when the same set is imported again", async () => {
    const t = await testApp();
    const directory = calendarDirectory();
    await importFrom(t.db, directory);
    const before = await tables(t.db);

    const again = await importFrom(t.db, directory);

    expect(again.written).toBe(false);
    for (const file of [
      "academicSessions.csv",
      "courses.csv",
      "classes.csv",
      "users.csv",
      "enrollments.csv",
    ]) {
      const { created, updated, rejected } = summaryOf(again, file);
      expect({ file, created, updated, rejected }).toEqual({ file, created: 0, updated: 0, rejected: 0 });
    }
    expect(summaryOf(again, "enrollments.csv").unchanged).toBe(7);
    expect(await tables(t.db)).toEqual(before);
  });

  it("reports what it would do on a dry run, and writes nothing", async () => {
    const t = await testApp();
    const before = await tables(t.db);

    const report = await importFrom(t.db, calendarDirectory(), { dry_run: true });

    expect(report).toMatchObject({ dry_run: true, written: false, rejects: [] });
    expect(summaryOf(report, "academicSessions.csv").created).toBe(2);
    expect(summaryOf(report, "courses.csv").created).toBe(4);
    expect(summaryOf(report, "enrollments.csv").created).toBe(7);
    expect(await tables(t.db)).toEqual(before);
  });
});

describe("re-importing into a database that has calendar records", slow, () => {
  it("claims a term, a catalog entry and an instructor made in Registrar by code or email, in any letter case", async () => {
    const t = await testApp();
    const term = await t.post("/api/v1/terms", {
      code: "2026fa",
      name: "Old name",
      starts_on: "2026-08-01",
      ends_on: "2026-12-01",
    });
    const entry = await t.post("/api/v1/catalog", { code: "cs101", title: "Old title", credits: 3 });
    const instructor = await t.post("/api/v1/instructors", {
      first_name: "G",
      last_name: "H",
      email: "GRACE@example.edu",
    });
    expect([term.statusCode, entry.statusCode, instructor.statusCode]).toEqual([201, 201, 201]);

    const report = await importFrom(t.db, calendarDirectory());

    expect(report.rejects).toEqual([]);
    expect(summaryOf(report, "academicSessions.csv")).toMatchObject({ created: 1, updated: 1 });
    expect(summaryOf(report, "courses.csv")).toMatchObject({ created: 3, updated: 1 });
    expect((await t.get(`/api/v1/terms/${term.json<{ id: number }>().id}`)).json()).toMatchObject({
      code: "2026FA",
      name: "Fall 2026",
      sourced_id: "t-fall",
    });
    expect((await t.get(`/api/v1/catalog/${entry.json<{ id: number }>().id}`)).json()).toMatchObject({
      code: "CS101",
      credits: 4,
      sourced_id: "crs-cs101",
    });
    expect((await t.get(`/api/v1/instructors/${instructor.json<{ id: number }>().id}`)).json()).toMatchObject(
      {
        first_name: "Grace",
        email: "grace@example.edu",
        sourced_id: "t-grace",
      },
    );
  });

  it("keeps the instructors a course has that the set does not list, after the listed ones", async () => {
    const t = await testApp();
    await importFrom(t.db, calendarDirectory());
    const other = await t.post("/api/v1/instructors", {
      first_name: "O",
      last_name: "T",
      email: "o@example.edu",
    });
    const courses = await list<Course>(t, "/api/v1/courses");
    const section = byCode(courses, "CS101-01");
    const [alan, grace] = section.instructor_ids;
    const otherId = other.json<{ id: number }>().id;
    const patched = await t.patch(`/api/v1/courses/${section.id}`, {
      instructor_ids: [otherId, grace, alan],
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const report = await importFrom(t.db, calendarDirectory());

    // Alan (primary) and Grace move back to the front; the instructor added in Registrar stays, last.
    expect(summaryOf(report, "enrollments.csv")).toMatchObject({ created: 0, updated: 1, unchanged: 6 });
    const after = (await t.get(`/api/v1/courses/${section.id}`)).json<Course>();
    expect(after.instructor_ids).toEqual([alan, grace, otherId]);
  });

  it("keeps a course's meetings when the set has no meetings column, and clears them for a blank cell", async () => {
    const t = await testApp();
    await importFrom(t.db, calendarDirectory());
    const [section] = calendarSet.classes;
    const withoutColumn = csvSet({
      "classes.csv": `sourcedId,title,courseSourcedId,classCode,termSourcedIds\ncls-cs101-1,Section CS101-01,crs-cs101,CS101-01,t-fall\n`,
    });
    const blank = csvSet(
      calendarFiles({
        classes: [{ ...section, termSourcedIds: "t-fall", [courseExtensionColumns.meetings]: "" }],
      }),
    );

    const kept = await importFrom(t.db, withoutColumn);
    const meetingsAfterKept = byCode(await list<Course>(t, "/api/v1/courses"), "CS101-01").meetings;
    const cleared = await importFrom(t.db, blank);

    expect(kept.rejects).toEqual([]);
    expect(summaryOf(kept, "classes.csv")).toMatchObject({ unchanged: 1 });
    expect(meetingsAfterKept).toHaveLength(1);
    expect(summaryOf(cleared, "classes.csv")).toMatchObject({ updated: 1 });
    expect(byCode(await list<Course>(t, "/api/v1/courses"), "CS101-01").meetings).toEqual([]);
  });

  it("keeps a term's registration fields when the set has no column for them", async () => {
    const t = await testApp();
    await importFrom(t.db, calendarDirectory());
    const directory = csvSet({
      "academicSessions.csv": [
        `sourcedId,type,title,startDate,endDate,${termExtensionColumns.code}`,
        "t-fall,term,Fall 2026 (renamed),2026-08-20,2026-12-18,2026FA",
      ].join("\n"),
      "users.csv": "sourcedId,role,givenName,familyName,email\n",
    });

    const report = await importFrom(t.db, directory);

    expect(report.rejects).toEqual([]);
    const [fall] = await list<Record<string, unknown>>(t, "/api/v1/terms?sort=code");
    expect(fall).toMatchObject({
      name: "Fall 2026 (renamed)",
      add_drop_ends_on: "2026-09-04",
      max_credits: 18,
    });
  });

  it("names a term, a catalog entry, an instructor and a class of the database by sourcedId", async () => {
    const t = await testApp();
    await importFrom(t.db, calendarDirectory());
    const directory = csvSet(
      calendarFiles({
        classes: [klass("cls-new", "CS101-02", "crs-cs101", "t-fall")],
        enrollments: [
          enrollment("n1", "t-grace", "cls-new", "teacher"),
          enrollment("n2", "u-kim", "cls-cs101-1", "teacher"),
        ],
      }),
    );

    const report = await importFrom(t.db, directory);

    // Without a courses.csv, a courseSourcedId names the database's catalog entry.
    expect(report.rejects).toEqual([]);
    const courses = await list<Course>(t, "/api/v1/courses");
    const terms = await list<{ id: number; code: string }>(t, "/api/v1/terms");
    expect(byCode(courses, "CS101-02")).toMatchObject({
      term_id: byCode(terms, "2026FA").id,
      catalog_id: byCode(courses, "CS101-01").catalog_id,
    });
    expect(byCode(courses, "CS101-02").instructor_ids).toHaveLength(1);
    expect(byCode(courses, "CS101-01").instructor_ids).toHaveLength(3);
  });

  it("rejects a term code, a catalog code or an instructor email that came from another sourcedId", async () => {
    const t = await testApp();
    await importFrom(t.db, calendarDirectory());
    const directory = csvSet(
      calendarFiles({
        sessions: [
          session("t-other", "term", "Other", "2026-01-01", "2026-02-01", {
            [termExtensionColumns.code]: "2026fa",
          }),
        ],
        courses: [{ sourcedId: "crs-other", courseCode: "cs101", title: "Other" }],
        users: [user("t-other", "Other", "GRACE@example.edu")],
        roles: [role("t-other", "teacher")],
      }),
    );

    const report = await importFrom(t.db, directory);

    expect(report.rejects).toEqual([
      {
        file: "users.csv",
        line: 2,
        column: "email",
        reason: "email GRACE@example.edu belongs to instructor 1 (sourcedId t-grace)",
      },
      {
        file: "academicSessions.csv",
        line: 2,
        column: termExtensionColumns.code,
        reason: "term code 2026fa belongs to term 1 (sourcedId t-fall)",
      },
      {
        file: "courses.csv",
        line: 2,
        column: "courseCode",
        reason: "course code cs101 belongs to catalog entry 1 (sourcedId crs-cs101)",
      },
    ]);
  });
});

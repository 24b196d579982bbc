import { describe, expect, it } from "vitest";
import { courseExtensionColumns, catalogExtensionColumns } from "../../src/imports/oneroster.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { studentCourses } from "../helpers/enrollments.ts";
import { calendarFiles, course, enrollment, klass, role, session, user } from "./calendar-sets.ts";
import { csvSet, importFrom, summaryOf, tables } from "./helpers.ts";

const monday = (starts_at: string, ends_at: string) =>
  JSON.stringify([{ days: ["mon"], starts_at, ends_at }]);

const adaInMath = enrollment("e1", "u-ada", "cls-ma101", "student");
const bobInCs201 = enrollment("e4", "u-bob", "cls-cs201", "student");

/**
 * Spring, open for registration; CS201 requires CS101 (C or better); CS101-01 (one seat) and MA101-01 meet on
 * Monday mornings, overlapping. Ada takes MA101 and then CS101 (a time conflict); Bob takes CS101 and CS201
 * (its prerequisite not met).
 */
const school = {
  sessions: [session("t-spring", "semester", "Spring 2027", "2027-01-18", "2027-05-14")],
  courses: [
    course("crs-cs101", "CS101", "Intro to Programming", { [catalogExtensionColumns.credits]: "4" }),
    course("crs-cs201", "CS201", "Data Structures", {
      [catalogExtensionColumns.prerequisites]: JSON.stringify([
        [{ courseSourcedId: "crs-cs101", min_grade: "C" }],
      ]),
    }),
    course("crs-ma101", "MA101", "Calculus I"),
  ],
  classes: [
    klass("cls-cs101", "CS101-01", "crs-cs101", "t-spring", {
      [courseExtensionColumns.capacity]: "1",
      [courseExtensionColumns.meetings]: monday("09:00", "10:15"),
    }),
    klass("cls-cs201", "CS201-01", "crs-cs201", "t-spring"),
    klass("cls-ma101", "MA101-01", "crs-ma101", "t-spring", {
      [courseExtensionColumns.meetings]: monday("09:30", "10:45"),
    }),
  ],
  users: [user("u-ada", "Ada", "ada@example.edu"), user("u-bob", "Bob", "bob@example.edu")],
  roles: [role("u-ada", "student"), role("u-bob", "student")],
  enrollments: [
    adaInMath,
    enrollment("e2", "u-ada", "cls-cs101", "student"),
    enrollment("e3", "u-bob", "cls-cs101", "student"),
    bobInCs201,
  ],
};

const schoolDirectory = (rows: Partial<typeof school> = {}) => csvSet(calendarFiles({ ...school, ...rows }));

const rejectedLines = (report: Awaited<ReturnType<typeof importFrom>>) =>
  report.rejects.map(({ file, line, column, reason }) => ({
    file,
    line,
    column,
    rule: /^registration rules: ([a-z-]+):/.exec(reason)?.[1],
  }));

const refusals = [
  { file: "enrollments.csv", line: 3, column: "classSourcedId", rule: "time-conflict" },
  { file: "enrollments.csv", line: 5, column: "classSourcedId", rule: "prerequisite-not-met" },
];

async function scheduleOf(t: TestApp, email: string) {
  const students = (await t.get(`/api/v1/students?q=${email}`)).json<{ data: { id: number }[] }>().data;
  const id = students[0]?.id ?? 0;
  const { courses } = await studentCourses(t, id);
  return courses.map(({ code, enrollment: { status } }) => `${code} ${status}`);
}

const slow = { timeout: 30_000 };

describe("the registration rules in an import", slow, () => {
  it("make each violating enrollment a row error naming its rule, and the import writes nothing", async () => {
    const t = await testApp();
    const report = await importFrom(t.db, schoolDirectory());

    expect(rejectedLines(report)).toEqual(refusals);
    expect(report.rejects[0]?.reason).toMatch(/MA101-01/);
    expect(report.written).toBe(false);
    expect(Object.values(await tables(t.db)).flat()).toEqual([]);
  });

  it("report the same rows on a dry run, which writes nothing", async () => {
    const t = await testApp();
    const report = await importFrom(t.db, schoolDirectory(), { dry_run: true });

    expect(rejectedLines(report)).toEqual(refusals);
    expect(report).toMatchObject({ dry_run: true, written: false });
    expect(Object.values(await tables(t.db)).flat()).toEqual([]);
  });

  it("skip the violating enrollments with skip-invalid, and a refused enrollment leaves its seat to the next", async () => {
    const t = await testApp();
    const report = await importFrom(t.db, schoolDirectory(), { skip_invalid: true });

    expect(rejectedLines(report)).toEqual(refusals);
    expect(report.written).toBe(true);
    expect(report.waitlisted).toBe(0);
    expect(summaryOf(report, "enrollments.csv")).toMatchObject({ rows: 4, created: 2, rejected: 2 });
    expect(await scheduleOf(t, "ada@example.edu")).toEqual(["MA101-01 enrolled"]);
    expect(await scheduleOf(t, "bob@example.edu")).toEqual(["CS101-01 enrolled"]);
  });

  it("refuse a student with a hold, and let through what an override names, recorded in the history", async () => {
    const t = await testApp();
    await importFrom(t.db, schoolDirectory({ enrollments: [] }));
    const idOf = async (url: string) =>
      (await t.get(url)).json<{ data: { id: number }[] }>().data[0]?.id ?? 0;
    const ada = await idOf("/api/v1/students?q=ada@example.edu");
    const bob = await idOf("/api/v1/students?q=bob@example.edu");
    const cs201 = await idOf("/api/v1/courses?q=CS201-01");
    expect((await t.post(`/api/v1/students/${ada}/holds`, { reason: "Unpaid fees" })).statusCode).toBe(201);
    const override = await t.post(`/api/v1/students/${bob}/overrides`, {
      course_id: cs201,
      rules: ["prerequisite-not-met"],
      reason: "Took it elsewhere",
    });
    expect(override.statusCode, override.body).toBe(201);

    const later = () => schoolDirectory({ enrollments: [adaInMath, bobInCs201] });
    const report = await importFrom(t.db, later());

    expect(rejectedLines(report)).toEqual([
      { file: "enrollments.csv", line: 2, column: "classSourcedId", rule: "hold" },
    ]);
    expect(report.rejects[0]?.reason).toMatch(/Unpaid fees/);
    expect(report.written).toBe(false);

    const skipping = await importFrom(t.db, later(), { skip_invalid: true });
    expect(skipping.written).toBe(true);
    expect(await scheduleOf(t, "ada@example.edu")).toEqual([]);
    expect(await scheduleOf(t, "bob@example.edu")).toEqual(["CS201-01 enrolled"]);
    const history = await t.get(`/api/v1/students/${bob}/courses/${cs201}/history`);
    expect(history.json<{ events: { actor: string; detail: unknown }[] }>().events[0]).toMatchObject({
      detail: {
        overrides: [
          {
            id: override.json<{ id: number }>().id,
            rules: ["prerequisite-not-met"],
            reason: "Took it elsewhere",
          },
        ],
      },
    });
  });
});

import { describe, expect, it } from "vitest";
import {
  catalogExtensionColumns as catalogColumns,
  courseExtensionColumns as courseColumns,
  termExtensionColumns as termColumns,
} from "../../src/imports/oneroster.ts";
import { freshDb } from "../helpers/database.ts";
import { calendarFiles, course, enrollment, klass, role, session, user } from "./calendar-sets.ts";
import { csvSet, importFrom, summaryOf, tables } from "./helpers.ts";

const prerequisites = (groups: unknown) => ({ [catalogColumns.prerequisites]: JSON.stringify(groups) });
const meetings = (list: unknown) => ({ [courseColumns.meetings]: JSON.stringify(list) });
const meeting = { days: ["mon"], starts_at: "09:00", ends_at: "10:00" };

/** Imports the rows into a fresh database and answers the rejects as [file, line, column, reason]. */
async function rejectsOf(rows: Parameters<typeof calendarFiles>[0]) {
  const db = await freshDb();
  const before = await tables(db);
  const report = await importFrom(db, csvSet(calendarFiles(rows)));
  expect(report.written).toBe(false);
  expect(await tables(db)).toEqual(before);
  return {
    report,
    rejects: report.rejects.map(({ file, line, column, reason }) => [file, line, column, reason]),
  };
}

describe("an import with bad calendar rows", () => {
  it("reports every bad term with its line, column and reason", async () => {
    const { rejects, report } = await rejectsOf({
      sessions: [
        session("t1", "term", "Fall", "2026-08-20", "2026-12-18"), // line 2: good
        session("t2", "", "No type", "2026-08-20", "2026-12-18"),
        session("t3", "term", "Backwards", "2026-12-18", "2026-08-20"),
        session("t4", "term", "No such day", "2026-02-30", "2026-03-01"),
        session("t5", "term", "Late add/drop", "2026-08-20", "2026-12-18", {
          [termColumns.add_drop_ends_on]: "2026-12-19",
        }),
        session("t6", "semester", "Closes first", "2026-08-20", "2026-12-18", {
          [termColumns.registration_opens_at]: "2026-05-01T00:00:00Z",
          [termColumns.registration_closes_at]: "2026-04-01T00:00:00Z",
        }),
        session("t7", "term", "Bad times", "2026-08-20", "2026-12-18", {
          [termColumns.registration_opens_at]: "yesterday",
          [termColumns.max_credits]: "0",
        }),
        session("t8", "term", "A title far too long to be a term code", "2026-08-20", "2026-12-18"),
        session("t9", "term", "Long code", "2026-08-20", "2026-12-18", {
          [termColumns.code]: "X".repeat(33),
        }),
        session("t10", "term", "Copy", "2026-08-20", "2026-12-18", { [termColumns.code]: "FALL" }), // line 11
        session("t11", "term", "Leap", "2026-08-20", "2026-12-18", {
          [termColumns.registration_opens_at]: "2026-06-30T23:59:60Z",
        }),
      ],
      classes: [klass("c1", "C-1", "crs1", "t3")],
    });

    expect(rejects).toEqual([
      ["academicSessions.csv", 3, "type", "type is required"],
      ["academicSessions.csv", 4, "endDate", 'endDate must not be before startDate (got "2026-08-20")'],
      ["academicSessions.csv", 5, "startDate", 'startDate must be a valid date (got "2026-02-30")'],
      [
        "academicSessions.csv",
        6,
        termColumns.add_drop_ends_on,
        `${termColumns.add_drop_ends_on} must not be after endDate (got "2026-12-19")`,
      ],
      [
        "academicSessions.csv",
        7,
        termColumns.registration_closes_at,
        // Timestamps are read as UTC, as the API stores them.
        `${termColumns.registration_closes_at} must be after ${termColumns.registration_opens_at} ` +
          '(got "2026-04-01T00:00:00.000Z")',
      ],
      [
        "academicSessions.csv",
        8,
        termColumns.registration_opens_at,
        `${termColumns.registration_opens_at} must be an RFC 3339 date-time in the years 1000–2999 (got "yesterday")`,
      ],
      ["academicSessions.csv", 8, termColumns.max_credits, `${termColumns.max_credits} must be > 0`],
      [
        "academicSessions.csv",
        9,
        "title",
        `title is the code when ${termColumns.code} is blank, and must be 1–32 characters after trimming ` +
          '(got "A title far too long to be a term code")',
      ],
      [
        "academicSessions.csv",
        10,
        termColumns.code,
        `${termColumns.code} must be 1–32 characters after trimming (got "${"X".repeat(33)}")`,
      ],
      [
        "academicSessions.csv",
        11,
        termColumns.code,
        "term code FALL is also on line 2 (codes are unique without regard to case)",
      ],
      [
        "academicSessions.csv",
        12,
        termColumns.registration_opens_at,
        `${termColumns.registration_opens_at} must be a date-time that exists (no leap seconds) ` +
          '(got "2026-06-30T23:59:60Z")',
      ],
      ["classes.csv", 2, "termSourcedIds", "termSourcedIds t3 was rejected (academicSessions.csv line 4)"],
    ]);
    expect(summaryOf(report, "academicSessions.csv")).toMatchObject({ rows: 11, created: 1 });
  });

  it("reports every bad catalog entry and prerequisite, including cycles and unknown courses", async () => {
    const { rejects } = await rejectsOf({
      courses: [
        course("crs-a", "A", "A", prerequisites([[{ courseSourcedId: "crs-b" }]])), // line 2: a cycle with B
        course("crs-b", "B", "B", prerequisites([[{ courseSourcedId: "crs-a", min_grade: "B" }]])),
        course("crs-c", "C", "C", prerequisites([[{ courseSourcedId: "crs-c" }]])), // itself
        course("crs-d", "D", "D", { [catalogColumns.prerequisites]: "[[{" }),
        course("crs-e", "E", "E", prerequisites([{ courseSourcedId: "crs-a" }])),
        course("crs-f", "F", "F", prerequisites([[{ courseSourcedId: "crs-g", min_grade: "E" }]])),
        course("crs-g", "G", "G", prerequisites([[{ courseSourcedId: "nowhere" }]])),
        course("crs-h", "H", "H", prerequisites([[{ courseSourcedId: "crs-home" }]])),
        course(
          "crs-i",
          "I",
          "I",
          prerequisites([[{ courseSourcedId: "crs-j" }, { courseSourcedId: "crs-j" }]]),
        ),
        course("crs-j", "J", "J", { [catalogColumns.credits]: "-1" }), // line 11
        course("crs-k", "a", "Copy of A"),
        course("crs-l", "", "A title too long to be a catalog code"),
        course("crs-m", "M", "M", { [catalogColumns.placeholder]: "yes" }),
        course("crs-home", "HOME", "Homeroom", { [catalogColumns.placeholder]: "true" }),
        course("crs-n", "N", "N", prerequisites([[{ courseSourcedId: "crs-g" }]])), // line 16: G was rejected
      ],
      classes: [
        klass("c1", "C-1", "crs-a", ""), // line 2: its course was rejected
        klass("c2", "C-2", "crs-j", ""), // line 3: likewise, by the reader
        klass("c3", "C-3", "crs-home", ""), // line 4: good, no catalog entry
      ],
    });

    const column = catalogColumns.prerequisites;
    expect(rejects).toEqual([
      ["courses.csv", 2, column, `${column}: courseSourcedId crs-b was rejected (courses.csv line 3)`],
      ["courses.csv", 3, column, `${column}: B would require itself: B → A → B`],
      ["courses.csv", 4, column, `${column}: C would require itself: C → C`],
      ["courses.csv", 5, column, `${column} is not valid JSON`],
      ["courses.csv", 6, column, `${column}: 0 must be array`],
      ["courses.csv", 7, column, `${column}: 0.0.min_grade must be a passing letter grade A+ … D-`],
      [
        "courses.csv",
        8,
        column,
        `${column}: courseSourcedId nowhere is neither in courses.csv nor in Registrar`,
      ],
      [
        "courses.csv",
        9,
        column,
        `${column}: courseSourcedId crs-home is a placeholder course (${catalogColumns.placeholder}), not a catalog entry`,
      ],
      ["courses.csv", 10, column, `${column}: group 0 names courseSourcedId crs-j twice`],
      ["courses.csv", 11, catalogColumns.credits, `${catalogColumns.credits} must be number (got "-1")`],
      [
        "courses.csv",
        12,
        "courseCode",
        "course code a is also on line 2 (codes are unique without regard to case)",
      ],
      [
        "courses.csv",
        13,
        "title",
        'title is the code when courseCode is blank, and must be 1–32 characters after trimming (got "A title too long to be a catalog code")',
      ],
      [
        "courses.csv",
        14,
        catalogColumns.placeholder,
        `${catalogColumns.placeholder} must be true, false or blank (got "yes")`,
      ],
      ["courses.csv", 16, column, `${column}: courseSourcedId crs-g was rejected (courses.csv line 8)`],
      ["classes.csv", 2, "courseSourcedId", "courseSourcedId crs-a was rejected (courses.csv line 2)"],
      ["classes.csv", 3, "courseSourcedId", "courseSourcedId crs-j was rejected (courses.csv line 11)"],
    ]);
  });

  it("reports bad sections: unknown or rejected terms and bad meetings", async () => {
    const { rejects } = await rejectsOf({
      sessions: [
        session("t-ok", "term", "Fall", "2026-08-20", "2026-12-18"),
        session("t-bad", "term", "Bad", "2026-08-20", "2026-01-01"), // line 3
        session("year", "schoolYear", "Year", "2026-08-01", "2027-07-31"),
      ],
      courses: [course("crs", "CRS", "Course")],
      classes: [
        klass("c1", "C-1", "crs", "year,t-ok", meetings([meeting])), // line 2: good
        klass("c2", "C-2", "crs", "t-ok,nowhere"),
        klass("c3", "C-3", "crs", "t-bad"),
        klass("c4", "C-4", "crs", "year", { [courseColumns.meetings]: "{" }),
        klass("c5", "C-5", "crs", "year", meetings([{ ...meeting, ends_at: "08:00" }])),
        klass("c6", "C-6", "crs", "year", meetings([{ ...meeting, days: ["mon", "mon"] }])),
        klass("c7", "C-7", "crs", "year", meetings([{ ...meeting, days: ["fun"], starts_at: "9:00" }])),
        klass("c8", "C-8", "crs", "year", meetings(meeting)),
      ],
    });

    const column = courseColumns.meetings;
    expect(rejects).toEqual([
      ["academicSessions.csv", 3, "endDate", 'endDate must not be before startDate (got "2026-01-01")'],
      [
        "classes.csv",
        3,
        "termSourcedIds",
        "termSourcedIds nowhere is neither in academicSessions.csv nor in Registrar",
      ],
      ["classes.csv", 4, "termSourcedIds", "termSourcedIds t-bad was rejected (academicSessions.csv line 3)"],
      ["classes.csv", 5, column, `${column} is not valid JSON`],
      ["classes.csv", 6, column, `${column}: 0.ends_at must be after starts_at`],
      ["classes.csv", 7, column, `${column}: 0.days must not list the same value twice`],
      ["classes.csv", 8, column, `${column}: 0.days.0 must be one of: mon, tue, wed, thu, fri, sat, sun`],
      ["classes.csv", 8, column, `${column}: 0.starts_at must be a 24-hour time HH:MM`],
      ["classes.csv", 9, column, `${column} must be array`],
    ]);
  });

  it("reports bad teachers and teacher enrollments", async () => {
    const { rejects } = await rejectsOf({
      users: [
        user("u-ada", "Ada", "ada@example.edu"),
        user("t-grace", "Grace", "grace@example.edu"),
        user("t-noemail", "No", ""),
        user("t-copy", "Copy", "GRACE@example.edu"),
      ],
      roles: [
        role("u-ada", "student"),
        role("t-grace", "teacher"),
        role("t-noemail", "teacher"),
        role("t-copy", "teacher"),
        role("ghost", "teacher"), // line 6
      ],
      courses: [course("crs", "CRS", "Course")],
      classes: [klass("c1", "C-1", "crs", "")],
      enrollments: [
        enrollment("e1", "t-grace", "c1", "teacher", true), // line 2: good
        enrollment("e2", "u-ada", "c1", "teacher"),
        enrollment("e3", "nobody", "c1", "teacher"),
        enrollment("e4", "t-grace", "nowhere", "teacher"),
        enrollment("e5", "t-grace", "c1", "teacher"),
        enrollment("e6", "t-noemail", "c1", "teacher"),
        enrollment("e7", "t-grace", "c1", "student"),
      ],
    });

    expect(rejects).toEqual([
      [
        "roles.csv",
        6,
        "userSourcedId",
        "userSourcedId ghost is neither in users.csv nor an instructor in Registrar",
      ],
      ["users.csv", 4, "email", "email is required (Registrar needs an email for every instructor)"],
      [
        "users.csv",
        5,
        "email",
        "email GRACE@example.edu is also on line 3 (emails are unique without regard to case)",
      ],
      [
        "enrollments.csv",
        3,
        "userSourcedId",
        "userSourcedId u-ada is not a teacher (role student) (users.csv line 2)",
      ],
      [
        "enrollments.csv",
        4,
        "userSourcedId",
        "userSourcedId nobody is neither in users.csv nor an instructor in Registrar",
      ],
      [
        "enrollments.csv",
        5,
        "classSourcedId",
        "classSourcedId nowhere is neither in classes.csv nor in Registrar",
      ],
      ["enrollments.csv", 6, "userSourcedId", "user t-grace already teaches class c1 on line 2"],
      ["enrollments.csv", 7, "userSourcedId", "userSourcedId t-noemail was rejected (users.csv line 4)"],
      [
        "enrollments.csv",
        8,
        "userSourcedId",
        "userSourcedId t-grace is not a student (role teacher) (users.csv line 3)",
      ],
    ]);
  });

  it("writes the valid rows with skip_invalid: a rejected prerequisite leaves its entry out", async () => {
    const db = await freshDb();
    const report = await importFrom(
      db,
      csvSet(
        calendarFiles({
          courses: [
            course("crs-a", "A", "A"),
            course("crs-b", "B", "B", prerequisites([[{ courseSourcedId: "crs-a" }]])),
            course("crs-c", "C", "C", prerequisites([[{ courseSourcedId: "nowhere" }]])),
          ],
          classes: [klass("c1", "C-1", "crs-b", ""), klass("c2", "C-2", "crs-c", "")],
        }),
      ),
      { skip_invalid: true },
    );

    expect(report.written).toBe(true);
    expect(report.rejects.map((each) => [each.file, each.line])).toEqual([
      ["courses.csv", 4],
      ["classes.csv", 3],
    ]);
    const { catalog, catalog_prerequisites, courses } = await tables(db);
    expect(catalog.map((entry) => entry.code)).toEqual(["A", "B"]);
    expect(catalog_prerequisites).toMatchObject([
      { catalog_id: catalog[1]?.id, required_id: catalog[0]?.id },
    ]);
    expect(courses.map((each) => [each.code, each.catalog_id])).toEqual([["C-1", catalog[1]?.id]]);
  });
});

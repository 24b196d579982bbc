import { describe, expect, it } from "vitest";
import { headers } from "../../src/imports/oneroster.ts";
import { freshDb } from "../helpers/database.ts";
import { csvSet, importFrom, summaryOf, tables } from "./helpers.ts";

/** CSV text with the given header; each row names only the columns it fills. */
function csv(header: readonly string[], rows: Record<string, string>[]): string {
  const lines = [header.join(","), ...rows.map((row) => header.map((name) => row[name] ?? "").join(","))];
  return `${lines.join("\n")}\n`;
}

const student = (sourcedId: string, email: string, givenName = "Ada") => ({
  sourcedId,
  role: "student",
  givenName,
  familyName: "Lovelace",
  email,
});
const enrollment = (sourcedId: string, userSourcedId: string, classSourcedId: string) => ({
  sourcedId,
  userSourcedId,
  classSourcedId,
  schoolSourcedId: "school",
  role: "student",
});

/** A OneRoster 1.1 set in which some rows of every kind are bad. Line numbers count the header as line 1. */
function setWithBadRows(): string {
  return csvSet({
    "users.csv": csv(headers["1.1"]["users.csv"], [
      student("u1", "ada@example.edu"), // line 2: good
      student("", "nobody@example.edu"), // line 3: no sourcedId
      student("u3", "not-an-email"), // line 4: bad email
      student("u1", "again@example.edu"), // line 5: duplicate sourcedId
      student("u5", "grace@example.edu", "Grace"), // line 6: good
      { ...student("t1", "teacher@example.edu"), role: "teacher" }, // line 7: an instructor
    ]),
    "courses.csv": csv(headers.both["courses.csv"], [
      { sourcedId: "crs1", title: "Algebra", courseCode: "MA" },
    ]),
    "classes.csv": csv(headers.both["classes.csv"], [
      { sourcedId: "c1", title: "Algebra 1", courseSourcedId: "crs1", classCode: "MA-1" }, // line 2: good
      { sourcedId: "c2", title: "Ghost", courseSourcedId: "crs-missing", classCode: "GH-1" }, // line 3
    ]),
    "enrollments.csv": csv(headers.both["enrollments.csv"], [
      enrollment("e1", "u1", "c1"), // line 2: good
      enrollment("e2", "nobody", "c1"), // line 3: unknown user
      enrollment("e3", "u1", "c-missing"), // line 4: unknown class
      enrollment("e1", "u5", "c1"), // line 5: duplicate sourcedId
      enrollment("e5", "", "c1"), // line 6: no userSourcedId
      enrollment("e6", "u3", "c1"), // line 7: a rejected user
      enrollment("e7", "u5", "c1"), // line 8: good
      enrollment("e8", "u5", "c1"), // line 9: u5 in c1 again
      { ...enrollment("e9", "t1", "c1"), role: "teacher" }, // line 10: t1 teaches c1
      enrollment("e10", "t1", "c1"), // line 11: a teacher enrolled as a student
    ]),
  });
}

const expectedRejects = [
  { file: "users.csv", line: 3, column: "sourcedId", reason: "sourcedId is required" },
  { file: "users.csv", line: 4, column: "email", reason: 'email must be a valid email (got "not-an-email")' },
  { file: "users.csv", line: 5, column: "sourcedId", reason: "duplicate sourcedId u1 (first on line 2)" },
  {
    file: "classes.csv",
    line: 3,
    column: "courseSourcedId",
    reason: "courseSourcedId crs-missing is not in courses.csv",
  },
  {
    file: "enrollments.csv",
    line: 3,
    column: "userSourcedId",
    reason: "userSourcedId nobody is neither in users.csv nor in Registrar",
  },
  {
    file: "enrollments.csv",
    line: 4,
    column: "classSourcedId",
    reason: "classSourcedId c-missing is neither in classes.csv nor in Registrar",
  },
  {
    file: "enrollments.csv",
    line: 5,
    column: "sourcedId",
    reason: "duplicate sourcedId e1 (first on line 2)",
  },
  { file: "enrollments.csv", line: 6, column: "userSourcedId", reason: "userSourcedId is required" },
  {
    file: "enrollments.csv",
    line: 7,
    column: "userSourcedId",
    reason: "userSourcedId u3 was rejected (users.csv line 4)",
  },
  {
    file: "enrollments.csv",
    line: 9,
    column: "userSourcedId",
    reason: "user u5 is already enrolled in class c1 on line 8",
  },
  {
    file: "enrollments.csv",
    line: 11,
    column: "userSourcedId",
    reason: "userSourcedId t1 is not a student (role teacher) (users.csv line 7)",
  },
];

describe("an import with bad rows", () => {
  it("reports every bad row with its file, line, column and reason, and writes nothing", async () => {
    const db = await freshDb();
    const before = await tables(db);

    const report = await importFrom(db, setWithBadRows());

    expect(report.rejects).toEqual(expectedRejects);
    expect(report.written).toBe(false);
    expect(summaryOf(report, "users.csv")).toMatchObject({ rows: 6, rejected: 3, skipped: 0 });
    expect(summaryOf(report, "enrollments.csv")).toMatchObject({ rows: 10, rejected: 7, skipped: 0 });
    expect(await tables(db)).toEqual(before);
  });

  it("reports the same on a dry run", async () => {
    const db = await freshDb();
    const report = await importFrom(db, setWithBadRows(), { dry_run: true });
    expect(report.rejects).toEqual(expectedRejects);
    expect((await tables(db)).students).toEqual([]);
  });

  it("writes the valid rows with skip_invalid, and still lists the rejected ones", async () => {
    const db = await freshDb();

    const report = await importFrom(db, setWithBadRows(), { skip_invalid: true });

    expect(report.written).toBe(true);
    expect(report.rejects).toEqual(expectedRejects);
    const { students, courses, student_courses } = await tables(db);
    expect(students.map((each) => each.sourced_id)).toEqual(["u1", "u5"]);
    expect(courses.map((each) => each.code)).toEqual(["MA-1"]);
    expect(student_courses.map((each) => [each.student_id, each.status])).toEqual([
      [students[0]?.id, "enrolled"],
      [students[1]?.id, "enrolled"],
    ]);
  });

  it("rejects a whole file whose header lacks a required column, on line 1", async () => {
    const db = await freshDb();
    const directory = csvSet({
      "users.csv": "sourcedId,role,givenName,familyName\nu1,student,Ada,Lovelace\n",
    });
    const report = await importFrom(db, directory);
    expect(report.rejects).toEqual([
      {
        file: "users.csv",
        line: 1,
        column: "email",
        reason: "the header has no email column; the file was not read",
      },
    ]);
  });

  it("reports a row the CSV parser cannot read, and a row with the wrong number of fields", async () => {
    const db = await freshDb();
    const header = headers["1.1"]["users.csv"];
    const good = (id: string) => {
      const values: Record<string, string> = student(id, `${id}@example.edu`);
      return header.map((name) => values[name] ?? "").join(",");
    };
    const directory = csvSet({
      "users.csv": [header.join(","), good("u1"), `${good("u2")},extra`, `u3,"unclosed,x`, good("u4")].join(
        "\n",
      ),
    });
    const report = await importFrom(db, directory);
    expect(report.rejects.map(({ line, reason }) => [line, reason.split(":")[0]])).toEqual([
      [3, `has ${header.length + 1} fields; the header has ${header.length}`],
      [5, "malformed CSV"],
    ]);
  });

  it("rejects a student whose email belongs to another imported student, and a course code taken likewise", async () => {
    const db = await freshDb();
    const now = new Date().toISOString();
    await db
      .insertInto("students")
      .values({
        first_name: "Old",
        last_name: "One",
        email: "ADA@example.edu",
        sourced_id: "sis-9",
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto("courses")
      .values({ code: "ma-1", title: "Old", sourced_id: "sis-c9", created_at: now, updated_at: now })
      .execute();
    const directory = csvSet({
      "users.csv": csv(headers["1.1"]["users.csv"], [student("u1", "ada@example.edu")]),
      "classes.csv": csv(headers.both["classes.csv"], [
        { sourcedId: "c1", title: "Algebra 1", courseSourcedId: "crs1", classCode: "MA-1" },
      ]),
    });

    const report = await importFrom(db, directory);

    expect(report.rejects).toEqual([
      {
        file: "users.csv",
        line: 2,
        column: "email",
        reason: "email ada@example.edu belongs to student 1 (sourcedId sis-9)",
      },
      {
        file: "classes.csv",
        line: 2,
        column: "classCode",
        reason: "course code MA-1 belongs to course 1 (sourcedId sis-c9)",
      },
    ]);
  });

  it("refuses a set without users, classes or enrollments", async () => {
    const db = await freshDb();
    await expect(importFrom(db, csvSet({ "orgs.csv": "sourcedId\no1\n" }))).rejects.toThrow(/No OneRoster/);
  });
});

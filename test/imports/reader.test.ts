import { describe, expect, it } from "vitest";
import { freshDb } from "../helpers/database.ts";
import { csvSet, importFrom, summaryOf } from "./helpers.ts";

const users = [
  "sourcedId,status,role,givenName,familyName,email",
  "u1,,student,Ada,Lovelace,ada@example.edu",
  "u2,tobedeleted,student,Gone,Away,gone@example.edu",
  "u3,,,No,Role,norole@example.edu",
  "u4,,student,Same,Email,ADA@example.edu",
  "u5,,student,,Lovelace,blank@example.edu",
].join("\n");

const classes = [
  "sourcedId,status,title,courseSourcedId,classCode,metadata.registrar.capacity,metadata.registrar.credits",
  "c1,,Algebra,crs1,,2,3.5",
  "c2,,Geometry,crs1,GE-1,-3,",
  "c3,,Gone,crs1,GO-1,,",
  "c4,tobedeleted,Gone,crs1,GO-2,,",
  "c5,,Copy,crs1,ma100,,",
  "c6,,No course,,X-1,,",
  "c7,,Capacity,crs1,CA-1,abc,",
].join("\n");

describe("reading a OneRoster set", () => {
  it("applies the manifest, falls back to the course's code, skips tobedeleted rows and checks every field", async () => {
    const db = await freshDb();
    const directory = csvSet({
      "manifest.csv": [
        "propertyName,value",
        "manifest.version,1.0",
        "oneroster.version,1.1",
        "file.users,bulk",
        "file.classes,bulk",
        "file.courses,bulk",
        "file.enrollments,bulk",
        "file.orgs,absent",
      ].join("\n"),
      "orgs.csv": "sourcedId,name\no1,School\n",
      "users.csv": users,
      "courses.csv": "sourcedId,title,courseCode\ncrs1,Mathematics,MA100\n",
      "classes.csv": classes,
    });

    const report = await importFrom(db, directory);

    expect(report.oneroster_version).toBe("1.1");
    expect(report.files.map((file) => file.file)).not.toContain("orgs.csv");
    expect(report.rejects.map(({ file, line, column, reason }) => [file, line, column, reason])).toEqual([
      ["manifest.csv", 7, "value", "the manifest lists enrollments.csv (bulk), but the set has no such file"],
      ["users.csv", 4, "role", "role is required"],
      [
        "users.csv",
        5,
        "email",
        "email ADA@example.edu is also on line 2 (emails are unique without regard to case)",
      ],
      ["users.csv", 6, "givenName", "givenName must be 1–100 characters after trimming"],
      [
        "classes.csv",
        3,
        "metadata.registrar.capacity",
        'metadata.registrar.capacity must be integer (got "-3")',
      ],
      [
        "classes.csv",
        6,
        "classCode",
        "course code ma100 is also on line 2 (codes are unique without regard to case)",
      ],
      ["classes.csv", 7, "courseSourcedId", "courseSourcedId is required"],
      [
        "classes.csv",
        8,
        "metadata.registrar.capacity",
        'metadata.registrar.capacity must be integer (got "abc")',
      ],
    ]);
    expect(summaryOf(report, "users.csv")).toMatchObject({ rows: 5, created: 1, skipped: 1, rejected: 3 });
    expect(summaryOf(report, "classes.csv")).toMatchObject({ rows: 7, created: 2, skipped: 1, rejected: 4 });

    const written = await importFrom(db, directory, { skip_invalid: true });
    expect(written.written).toBe(true);
    const algebra = await db
      .selectFrom("courses")
      .selectAll()
      .where("sourced_id", "=", "c1")
      .executeTakeFirst();
    expect(algebra).toMatchObject({ code: "MA100", title: "Algebra", capacity: 2, credits: 3.5 });
  });

  it("reads the version from the set when there is no manifest, and checks roles.csv", async () => {
    const db = await freshDb();
    const directory = csvSet({
      "users.csv":
        "sourcedId,givenName,familyName,email\nu1,Ada,Lovelace,ada@example.edu\nt1,Tim,Teach,t@example.edu\n",
      "roles.csv": [
        "sourcedId,userSourcedId,role",
        "r1,u1,student",
        "r2,t1,teacher",
        "r3,ghost,student",
        "r4,,student",
      ].join("\n"),
    });

    const report = await importFrom(db, directory);

    expect(report.oneroster_version).toBe("1.2");
    expect(report.rejects).toEqual([
      {
        file: "roles.csv",
        line: 4,
        column: "userSourcedId",
        reason: "userSourcedId ghost is neither in users.csv nor in Registrar",
      },
      { file: "roles.csv", line: 5, column: "userSourcedId", reason: "userSourcedId is required" },
    ]);
    expect(summaryOf(report, "users.csv")).toMatchObject({ created: 2, skipped: 0 });
  });

  it("rejects an empty file", async () => {
    const db = await freshDb();
    const report = await importFrom(db, csvSet({ "users.csv": "" }));
    expect(report.rejects).toEqual([
      {
        file: "users.csv",
        line: 1,
        column: null,
        reason: "the file is empty: OneRoster files start with a header row",
      },
    ]);
  });

  it("rejects a header that names a column twice, and an unsupported version", async () => {
    const db = await freshDb();
    const directory = csvSet({
      "manifest.csv": "propertyName,value\noneroster.version,1.0\n",
      "users.csv":
        "sourcedId,role,givenName,familyName,email,email\nu1,student,A,B,a@example.edu,a@example.edu\n",
    });
    const report = await importFrom(db, directory);
    expect(report.rejects.map(({ file, line, reason }) => [file, line, reason])).toEqual([
      ["manifest.csv", 2, "oneroster.version 1.0 is not supported (1.1 and 1.2 are); read as 1.1"],
      ["users.csv", 1, "the header names email twice"],
    ]);
  });
});

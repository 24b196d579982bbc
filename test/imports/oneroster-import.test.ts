import { describe, expect, it } from "vitest";
import { exportRoster } from "../../src/imports/export.service.ts";
import { freshDb } from "../helpers/database.ts";
import { fixture, importFrom, rosterData, summaryOf, tables, temporaryDirectory } from "./helpers.ts";

const size = { students: 30, courses: 6, enrollments: 90 };

describe.each(["1.1", "1.2"] as const)("importing a OneRoster %s set", (version) => {
  it("creates its students, courses and enrollments, seats up to capacity and waitlists the rest", async () => {
    const db = await freshDb();
    const report = await importFrom(db, await fixture({ ...size, version }));

    expect(report.oneroster_version).toBe(version);
    expect(report.written).toBe(true);
    expect(report.rejects).toEqual([]);
    // 30 students and 2 teachers; 90 student and 6 teacher enrollments; a school year (skipped) and a term.
    expect(summaryOf(report, "users.csv")).toMatchObject({
      created: 32,
      updated: 0,
      unchanged: 0,
      skipped: 0,
    });
    expect(summaryOf(report, "academicSessions.csv")).toMatchObject({ rows: 2, created: 1, skipped: 1 });
    expect(summaryOf(report, "courses.csv")).toMatchObject({ rows: 3, created: 3, rejected: 0 });
    expect(summaryOf(report, "classes.csv")).toMatchObject({ created: 6, rejected: 0 });
    expect(summaryOf(report, "enrollments.csv")).toMatchObject({ created: 96, skipped: 0, rejected: 0 });
    expect(summaryOf(report, "orgs.csv")).toMatchObject({ rows: 2, skipped: 2 });
    if (version === "1.2") expect(summaryOf(report, "roles.csv").rows).toBe(32);

    const { students, courses, student_courses, enrollment_events, ...calendar } = await tables(db);
    expect(calendar.terms).toMatchObject([
      { code: "Fall 2026", name: "Fall 2026", sourced_id: "as-2026-fall" },
    ]);
    expect(calendar.catalog.map((entry) => entry.sourced_id)).toEqual([
      "crs-000001",
      "crs-000002",
      "crs-000003",
    ]);
    expect(calendar.instructors.map((instructor) => instructor.sourced_id)).toEqual([
      "tch-000001",
      "tch-000002",
    ]);
    expect(calendar.course_instructors).toHaveLength(6);
    for (const course of courses) {
      expect(course.term_id).toBe(calendar.terms[0]?.id);
      expect(course.catalog_id).not.toBeNull();
    }
    expect(students).toHaveLength(30);
    expect(students[0]?.sourced_id).toBe("stu-000001");
    expect(students[0]?.email).toMatch(/@example\.edu$/);
    expect(courses).toHaveLength(6);
    expect(student_courses).toHaveLength(90);
    // The first class has a capacity (metadata.registrar.capacity) below its demand: full, with a waitlist.
    const limited = courses.find((course) => course.sourced_id === "cls-000001");
    expect(limited?.capacity).toBeGreaterThan(0);
    expect(limited?.enrolled_count).toBe(limited?.capacity);
    expect(limited?.waitlist_count).toBeGreaterThan(0);
    expect(report.waitlisted).toBe(limited?.waitlist_count);
    for (const course of courses) {
      if (course.capacity !== null) expect(course.enrolled_count).toBeLessThanOrEqual(course.capacity);
    }
    expect(enrollment_events).toHaveLength(90);
    expect(new Set(enrollment_events.map((event) => event.actor))).toEqual(new Set(["import"]));
  });

  it("changes nothing when the same set is imported again", async () => {
    const db = await freshDb();
    const directory = await fixture({ ...size, version });
    await importFrom(db, directory);
    const before = await tables(db);

    const again = await importFrom(db, directory);

    expect(again.written).toBe(false);
    for (const file of [
      "users.csv",
      "academicSessions.csv",
      "courses.csv",
      "classes.csv",
      "enrollments.csv",
    ]) {
      const { created, updated, rejected, unchanged } = summaryOf(again, file);
      expect({ file, created, updated, rejected }).toEqual({ file, created: 0, updated: 0, rejected: 0 });
      expect(unchanged).toBeGreaterThan(0);
    }
    expect(await tables(db)).toEqual(before);
  });
});

describe("re-importing a changed set", () => {
  it("updates by sourcedId instead of duplicating, and re-enrolls a dropped student", async () => {
    const db = await freshDb();
    const directory = await fixture(size);
    await importFrom(db, directory);
    const student = await db
      .selectFrom("students")
      .selectAll()
      .where("sourced_id", "=", "stu-000001")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("students")
      .set({ first_name: "Renamed", email: "renamed@example.edu" })
      .where("id", "=", student.id)
      .execute();
    const enrollment = await db
      .selectFrom("student_courses")
      .selectAll()
      .where("student_id", "=", student.id)
      .where("status", "=", "enrolled")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("student_courses")
      .set({ status: "dropped" })
      .where("student_id", "=", student.id)
      .where("course_id", "=", enrollment.course_id)
      .execute();

    const report = await importFrom(db, directory);

    expect(summaryOf(report, "users.csv")).toMatchObject({ created: 0, updated: 1, unchanged: 31 });
    expect(summaryOf(report, "enrollments.csv")).toMatchObject({ created: 0, updated: 1, unchanged: 95 });
    const restored = await db
      .selectFrom("students")
      .selectAll()
      .where("id", "=", student.id)
      .executeTakeFirst();
    expect(restored).toMatchObject({ first_name: student.first_name, email: student.email });
    expect(await db.selectFrom("students").select("id").execute()).toHaveLength(30);
    const events = await db
      .selectFrom("enrollment_events")
      .selectAll()
      .where("student_id", "=", student.id)
      .where("course_id", "=", enrollment.course_id)
      .orderBy("id")
      .execute();
    expect(events.at(-1)).toMatchObject({ event: "re-enrolled", from_status: "dropped", actor: "import" });
  });

  it("claims a student made in Registrar with the same email, in any letter case, instead of refusing it", async () => {
    const db = await freshDb();
    const directory = await fixture(size);
    const first = (await importFrom(db, directory, { dry_run: true })).rejects;
    expect(first).toEqual([]);
    const now = new Date().toISOString();
    const email = "ada.hopper.1@example.edu";
    const made = await db
      .insertInto("students")
      .values({
        first_name: "Ada",
        last_name: "Hopper",
        email: email.toUpperCase(),
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    const report = await importFrom(db, directory);

    expect(report.rejects).toEqual([]);
    expect(summaryOf(report, "users.csv")).toMatchObject({ created: 31, updated: 1 });
    const claimed = await db
      .selectFrom("students")
      .selectAll()
      .where("id", "=", made.id)
      .executeTakeFirstOrThrow();
    expect(claimed.sourced_id).toBe("stu-000001");
  });
});

describe("a dry run", () => {
  it("reports what an import would do and writes nothing", async () => {
    const db = await freshDb();
    const directory = await fixture(size);
    const before = await tables(db);

    const report = await importFrom(db, directory, { dry_run: true });

    expect(report).toMatchObject({ dry_run: true, written: false, rejects: [] });
    expect(summaryOf(report, "users.csv").created).toBe(32);
    expect(summaryOf(report, "enrollments.csv").created).toBe(96);
    expect(report.waitlisted).toBeGreaterThan(0);
    expect(await tables(db)).toEqual(before);
  });
});

describe("export", () => {
  it("writes a OneRoster 1.2 set that imports back to the same data", async () => {
    const source = await freshDb();
    await importFrom(source, await fixture({ students: 40, courses: 8, enrollments: 160, version: "1.1" }));
    await source.updateTable("courses").set({ credits: 2.5, description: 'Has "quotes", commas' }).execute();
    const directory = temporaryDirectory();

    const { files } = await exportRoster(source, directory);
    const target = await freshDb();
    const report = await importFrom(target, directory);

    expect(files).toMatchObject({
      "users.csv": 42,
      "roles.csv": 42,
      "academicSessions.csv": 2,
      "courses.csv": 4,
      "classes.csv": 8,
      "enrollments.csv": 168,
    });
    expect(report).toMatchObject({ oneroster_version: "1.2", rejects: [], written: true });
    expect(await rosterData(target)).toEqual(await rosterData(source));
  });

  it("imports into the database it came from without changing anything", async () => {
    const db = await freshDb();
    await importFrom(db, await fixture(size));
    const directory = temporaryDirectory();
    await exportRoster(db, directory);
    const before = await tables(db);

    const report = await importFrom(db, directory);

    expect(report.written).toBe(false);
    expect(await tables(db)).toEqual(before);
  });
});

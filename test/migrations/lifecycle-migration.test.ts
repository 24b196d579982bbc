import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { createMigrator, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const STUDENT_COURSES = "2026-11-22T0100_create_student_courses";
const LIFECYCLE = "2026-11-22T0200_enrollment_lifecycle";
const at = "2026-01-01T00:00:00.000Z";

/** A database before the lifecycle migration: 3 courses, 30 students, enrolled, waitlisted and dropped rows. */
async function populatedBeforeLifecycle(db: Db) {
  const migrator = createMigrator(db);
  await runMigrations(migrator.migrateTo(STUDENT_COURSES));
  await db
    .insertInto("students")
    .values(
      Array.from({ length: 30 }, (_, n) => ({
        first_name: `F${n}`,
        last_name: `L${n}`,
        email: `s${n}@example.edu`,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await db
    .insertInto("courses")
    .values(
      [1, 2, 3].map((n) => ({
        code: `C${n}`,
        title: `Course ${n}`,
        capacity: 10,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  const statuses = ["enrolled", "enrolled", "waitlisted", "dropped", "completed"] as const;
  await db
    .insertInto("student_courses")
    .values(
      Array.from({ length: 30 }, (_, n) => ({
        student_id: n + 1,
        course_id: (n % 3) + 1,
        status: statuses[n % statuses.length] ?? "enrolled",
        waitlist_order: statuses[n % statuses.length] === "waitlisted" ? n + 1 : null,
        enrolled_at: at,
        updated_at: at,
      })),
    )
    .execute();
  return migrator;
}

const enrollmentRows = (db: Db) =>
  db
    .selectFrom("student_courses")
    .select(["student_id", "course_id", "status", "waitlist_order", "enrolled_at", "updated_at"])
    .orderBy("student_id")
    .orderBy("course_id")
    .execute();

async function actualCounts(db: Db) {
  const rows = await db.selectFrom("student_courses").select(["course_id", "status"]).execute();
  return [1, 2, 3].map((id) => ({
    id,
    enrolled_count: rows.filter((row) => row.course_id === id && row.status === "enrolled").length,
    waitlist_count: rows.filter((row) => row.course_id === id && row.status === "waitlisted").length,
  }));
}

describe("the enrollment lifecycle migration", () => {
  it("keeps every enrollment and fills the seat counters from the existing rows", async () => {
    const db = await emptyDb();
    const migrator = await populatedBeforeLifecycle(db);
    const before = await enrollmentRows(db);

    expect(await runMigrations(migrator.migrateTo(LIFECYCLE))).toEqual({
      applied: [LIFECYCLE],
      direction: "Up",
    });

    expect(await enrollmentRows(db)).toEqual(before);
    const counts = await db
      .selectFrom("courses")
      .select(["id", "enrolled_count", "waitlist_count"])
      .orderBy("id")
      .execute();
    expect(counts).toEqual(await actualCounts(db));
    expect(counts.some((course) => course.waitlist_count > 0)).toBe(true);
    expect(
      await db.selectFrom("student_courses").select("grade").where("grade", "is not", null).execute(),
    ).toEqual([]);
  });

  it("keeps the counters right through inserts, status changes and cascading deletes", async () => {
    const db = await emptyDb();
    const migrator = await populatedBeforeLifecycle(db);
    await runMigrations(migrator.migrateTo(LIFECYCLE));

    await db
      .updateTable("student_courses")
      .set({ status: "enrolled", waitlist_order: null })
      .where("status", "=", "waitlisted")
      .execute();
    await db.deleteFrom("students").where("id", "in", [1, 2, 3]).execute();
    await db
      .insertInto("student_courses")
      .values({
        student_id: 4,
        course_id: 2,
        status: "waitlisted",
        waitlist_order: 99,
        enrolled_at: at,
        updated_at: at,
      })
      .execute();

    const counts = await db
      .selectFrom("courses")
      .select(["id", "enrolled_count", "waitlist_count"])
      .orderBy("id")
      .execute();
    expect(counts).toEqual(await actualCounts(db));
  });

  it("migrates down and up again without losing an enrollment", async () => {
    const db = await emptyDb();
    const migrator = await populatedBeforeLifecycle(db);
    const before = await enrollmentRows(db);
    await runMigrations(migrator.migrateTo(LIFECYCLE));

    expect(await runMigrations(migrator.migrateDown())).toEqual({ applied: [LIFECYCLE], direction: "Down" });
    expect(await enrollmentRows(db)).toEqual(before);
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).not.toContain("enrollment_events");

    expect(await runMigrations(migrator.migrateTo(LIFECYCLE))).toEqual({
      applied: [LIFECYCLE],
      direction: "Up",
    });
    expect(await enrollmentRows(db)).toEqual(before);
  });
});

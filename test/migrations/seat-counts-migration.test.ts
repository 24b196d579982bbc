import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { createMigrator, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const BEFORE = "2026-11-22T0510_idempotency_keys_per_token";
const SEAT_COUNTS = "2026-12-01T0000_seat_counts_per_statement";
const at = "2026-01-01T00:00:00.000Z";
const statuses = ["enrolled", "enrolled", "waitlisted", "dropped", "completed"] as const;

async function studentsAndCourses(db: Db, students: number): Promise<void> {
  await db
    .insertInto("students")
    .values(
      Array.from({ length: students }, (_, n) => ({
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
    .values([1, 2, 3].map((n) => ({ code: `C${n}`, title: `Course ${n}`, created_at: at, updated_at: at })))
    .execute();
}

/** Enrolls students first..last, spread over the three courses, with mixed statuses, in one statement. */
async function enrollAtOnce(db: Db, first: number, last: number): Promise<void> {
  await db
    .insertInto("student_courses")
    .values(
      Array.from({ length: last - first + 1 }, (_, offset) => {
        const n = first + offset;
        const status = statuses[n % statuses.length] ?? "enrolled";
        return {
          student_id: n,
          course_id: (n % 3) + 1,
          status,
          waitlist_order: status === "waitlisted" ? n : null,
          enrolled_at: at,
          updated_at: at,
        };
      }),
    )
    .execute();
}

const storedCounts = (db: Db) =>
  db.selectFrom("courses").select(["id", "enrolled_count", "waitlist_count"]).orderBy("id").execute();

async function actualCounts(db: Db) {
  const rows = await db.selectFrom("student_courses").select(["course_id", "status"]).execute();
  return [1, 2, 3].map((id) => ({
    id,
    enrolled_count: rows.filter((row) => row.course_id === id && row.status === "enrolled").length,
    waitlist_count: rows.filter((row) => row.course_id === id && row.status === "waitlisted").length,
  }));
}

async function expectCountsRight(db: Db): Promise<void> {
  expect(await storedCounts(db)).toEqual(await actualCounts(db));
}

describe("seat counters kept per statement", () => {
  it("stay right through many-row inserts, status changes and deletes, cascading ones included", async () => {
    const db = await emptyDb();
    await runMigrations(createMigrator(db).migrateToLatest());
    await studentsAndCourses(db, 60);

    await enrollAtOnce(db, 1, 60);
    await expectCountsRight(db);
    await db
      .updateTable("student_courses")
      .set({ status: "enrolled", waitlist_order: null })
      .where("status", "=", "waitlisted")
      .execute();
    await expectCountsRight(db);
    await db.updateTable("student_courses").set({ updated_at: "2026-02-01T00:00:00.000Z" }).execute();
    await expectCountsRight(db);
    await db.updateTable("student_courses").set({ status: "dropped" }).where("course_id", "=", 2).execute();
    await expectCountsRight(db);
    await db.deleteFrom("students").where("id", "in", [1, 2, 3, 4, 5, 6]).execute();
    await expectCountsRight(db);
    await db.deleteFrom("student_courses").where("course_id", "=", 1).execute();
    await expectCountsRight(db);
    expect((await storedCounts(db))[0]).toEqual({ id: 1, enrolled_count: 0, waitlist_count: 0 });
  });

  it("migrates down and up again, keeping every counter and every enrollment", async () => {
    const db = await emptyDb();
    const migrator = createMigrator(db);
    await runMigrations(migrator.migrateTo(SEAT_COUNTS));
    await studentsAndCourses(db, 40);
    await enrollAtOnce(db, 1, 20);

    expect(await runMigrations(migrator.migrateTo(BEFORE))).toEqual({
      applied: [SEAT_COUNTS],
      direction: "Down",
    });
    await expectCountsRight(db);
    await enrollAtOnce(db, 21, 30);
    await expectCountsRight(db);

    expect(await runMigrations(migrator.migrateTo(SEAT_COUNTS))).toEqual({
      applied: [SEAT_COUNTS],
      direction: "Up",
    });
    await expectCountsRight(db);
    await enrollAtOnce(db, 31, 40);
    await expectCountsRight(db);
    expect(await db.selectFrom("student_courses").select("student_id").execute()).toHaveLength(40);
  });
});

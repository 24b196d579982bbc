import { describe, expect, it } from "vitest";
import { createMigrator, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const LIFECYCLE = "2026-11-22T0200_enrollment_lifecycle";
const SOURCED_IDS = "2026-11-22T0300_oneroster_sourced_ids";
const at = "2026-01-01T00:00:00.000Z";

describe("the sourced_id migration", () => {
  it("keeps every student and course, with a null sourced_id, both ways; sourced_id is unique", async () => {
    const db = await emptyDb();
    const migrator = createMigrator(db);
    await runMigrations(migrator.migrateTo(LIFECYCLE));
    await db
      .insertInto("students")
      .values(
        [1, 2, 3].map((n) => ({
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
      .values({ code: "C1", title: "Course", created_at: at, updated_at: at })
      .execute();
    const students = await db
      .selectFrom("students")
      .select(["id", "first_name", "last_name", "email"])
      .orderBy("id")
      .execute();

    await runMigrations(migrator.migrateTo(SOURCED_IDS));

    const migrated = await db.selectFrom("students").selectAll().orderBy("id").execute();
    expect(migrated.map(({ sourced_id, ...rest }) => ({ ...rest, sourced_id }))).toEqual(
      students.map((student) => ({ ...student, sourced_id: null, created_at: at, updated_at: at })),
    );
    expect((await db.selectFrom("courses").selectAll().executeTakeFirstOrThrow()).sourced_id).toBeNull();
    await db.updateTable("students").set({ sourced_id: "sis-1" }).where("id", "=", 1).execute();
    await expect(
      db.updateTable("students").set({ sourced_id: "sis-1" }).where("id", "=", 2).execute(),
    ).rejects.toThrow();

    await runMigrations(migrator.migrateTo(LIFECYCLE));
    expect(
      await db
        .selectFrom("students")
        .select(["id", "first_name", "last_name", "email"])
        .orderBy("id")
        .execute(),
    ).toEqual(students);
    await runMigrations(migrator.migrateToLatest());
    expect(await db.selectFrom("students").select("sourced_id").execute()).toEqual([
      { sourced_id: null },
      { sourced_id: null },
      { sourced_id: null },
    ]);
  });
});

import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createMigrator, migrateToLatest, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const BEFORE = "2026-12-01T0200_registration_rules";
const now = new Date().toISOString();

describe("the OneRoster provider's migrations", () => {
  it("go down to the version before them and up again, and the triggers write tombstones", async () => {
    const db = await emptyDb();
    await migrateToLatest(db);
    const migrator = createMigrator(db);
    await runMigrations(migrator.migrateTo(BEFORE));
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).not.toContain("oauth_clients");
    expect(tables).not.toContain("oneroster_tombstones");
    // The triggers are gone with the table: deleting still works.
    const student = {
      first_name: "A",
      last_name: "B",
      email: "a@example.edu",
      created_at: now,
      updated_at: now,
    };
    await db.insertInto("students").values(student).execute();
    await db.deleteFrom("students").execute();

    await migrateToLatest(db);
    const { id } = await db.insertInto("students").values(student).returning("id").executeTakeFirstOrThrow();
    await db.updateTable("students").set({ sourced_id: "s-1" }).where("id", "=", id).execute();
    await db.deleteFrom("students").where("id", "=", id).execute();
    const tombstones = await db
      .selectFrom("oneroster_tombstones")
      .select(["kind", "record_id", "record_sourced_id", sql<string>`deleted_at`.as("deleted_at")])
      .orderBy("id")
      .execute();
    // The rename leaves a tombstone for the derived id (sourced_id null), the deletion one for s-1.
    expect(
      tombstones.map(({ kind, record_id, record_sourced_id }) => ({ kind, record_id, record_sourced_id })),
    ).toEqual([
      { kind: "student", record_id: id, record_sourced_id: null },
      { kind: "student", record_id: id, record_sourced_id: "s-1" },
    ]);
  });
});

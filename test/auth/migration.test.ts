import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createMigrator, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const BEFORE_AUTH = "2026-11-22T0400_create_import_jobs";
const at = "2026-01-01T00:00:00.000Z";
const key = (name: string) => ({
  key: name,
  method: "POST",
  path: "/api/v1/enroll",
  fingerprint: "f",
  created_at: at,
});

describe("the authentication migrations", () => {
  it("keep the stored idempotency keys (as anonymous ones) up, and one per key down again", async () => {
    const db = await emptyDb();
    const migrator = createMigrator(db);
    await runMigrations(migrator.migrateTo(BEFORE_AUTH));
    await sql`insert into idempotency_keys (key, method, path, fingerprint, status, body, created_at)
      values ('retry-me', 'POST', '/api/v1/enroll', 'f', 201, '{}', ${at})`.execute(db);

    await runMigrations(migrator.migrateToLatest());
    const after = await db.selectFrom("idempotency_keys").selectAll().execute();
    await db
      .insertInto("idempotency_keys")
      .values([
        { ...key("shared"), token_name: "first", status: null, body: null },
        { ...key("shared"), token_name: "second", status: null, body: null },
      ])
      .execute();
    await runMigrations(migrator.migrateTo(BEFORE_AUTH));
    const { rows: down } = await sql<{ key: string }>`select key from idempotency_keys order by key`.execute(
      db,
    );
    await runMigrations(migrator.migrateToLatest());

    expect(after).toMatchObject([{ token_name: "anonymous", key: "retry-me", status: 201, body: "{}" }]);
    expect(down).toEqual([{ key: "retry-me" }, { key: "shared" }]);
    expect(await db.selectFrom("api_tokens").selectAll().execute()).toEqual([]);
  });
});

import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createMigrator, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const BEFORE = "2026-12-01T0400_oneroster_tombstones";
const at = "2026-11-30T10:00:00.000Z";
const later = "2099-01-01T00:00:00.000Z";

const rows = async (db: Awaited<ReturnType<typeof emptyDb>>, table: "api_tokens" | "sessions") =>
  (await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by 1`.execute(db)).rows;

describe("the student role migration", () => {
  it("keeps every token and session up and down, and takes away only what the older schema cannot hold", async () => {
    const db = await emptyDb();
    const migrator = createMigrator(db);
    await runMigrations(migrator.migrateTo(BEFORE));
    await sql`insert into students (first_name, last_name, email, created_at, updated_at)
      values ('Ada', 'Lovelace', 'ada@example.edu', ${at}, ${at})`.execute(db);
    await sql`insert into api_tokens (name, role, token_hash, created_at, revoked_at) values
      ('ops', 'admin', 'h1', ${at}, null), ('old', 'viewer', 'h2', ${at}, ${at})`.execute(db);
    await sql`insert into sessions (id_hash, token_id, created_at, expires_at) values
      ('s-token', 1, ${at}, ${later}), ('s-admin', null, ${at}, ${later})`.execute(db);
    const tokensBefore = await rows(db, "api_tokens");
    const sessionsBefore = await rows(db, "sessions");

    await runMigrations(migrator.migrateToLatest());
    const tokensUp = await rows(db, "api_tokens");
    const sessionsUp = await rows(db, "sessions");
    await sql`insert into api_tokens (name, role, token_hash, student_id, created_at)
      values ('ada', 'student', 'h3', 1, ${at})`.execute(db);
    await sql`insert into sessions (id_hash, token_id, role, name, student_id, created_at, expires_at) values
      ('s-student', null, 'student', null, 1, ${at}, ${later}),
      ('s-staff', null, 'registrar', 'reg@example.edu', null, ${at}, ${later})`.execute(db);
    await expect(
      sql`insert into sessions (id_hash, token_id, role, name, student_id, created_at, expires_at)
        values ('bad', null, 'student', null, null, ${at}, ${later})`.execute(db),
    ).rejects.toThrow(/check/i);

    await runMigrations(migrator.migrateTo(BEFORE));
    const tokensDown = await rows(db, "api_tokens");
    const sessionsDown = await rows(db, "sessions");
    await expect(
      sql`insert into api_tokens (name, role, token_hash, created_at) values ('x', 'student', 'h4', ${at})`.execute(
        db,
      ),
    ).rejects.toThrow(/check/i);
    await runMigrations(migrator.migrateToLatest());

    expect(tokensUp).toEqual(tokensBefore.map((token) => ({ ...token, student_id: null })));
    expect(sessionsUp).toEqual(
      sessionsBefore.map((session) => ({ ...session, role: null, name: null, student_id: null })),
    );
    expect(tokensDown).toEqual(tokensBefore);
    expect(sessionsDown).toEqual(sessionsBefore);
  });
});

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import pg from "pg";
import { inject, onTestFinished } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { createDb, createSqliteDb } from "../../src/db/dialect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { adminUrl, engine, postgresUrl } from "./engine.ts";

let sqliteTemplate: Buffer | undefined;

async function migratedSqlite(): Promise<Db> {
  if (sqliteTemplate === undefined) {
    const raw = new SQLite(":memory:");
    const db = createSqliteDb(raw);
    await migrateToLatest(db);
    sqliteTemplate = raw.serialize();
    await db.destroy();
  }
  return createSqliteDb(new SQLite(sqliteTemplate));
}

async function adminQuery(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Creates a PostgreSQL database for this test (a copy of the migrated template, or empty) and drops it after. */
async function postgresDatabase(fromTemplate: boolean): Promise<string> {
  const name = await createPostgresDatabase(fromTemplate);
  onTestFinished(() => adminQuery(`drop database if exists "${name}" with (force)`));
  return postgresUrl(name);
}

async function createPostgresDatabase(fromTemplate: boolean): Promise<string> {
  const name = `${inject("pgRunPrefix")}_${randomBytes(6).toString("hex")}`;
  const template = fromTemplate ? ` template "${inject("pgTemplate")}"` : "";
  await adminQuery(`create database "${name}"${template}`);
  return name;
}

/**
 * Migrated PostgreSQL databases this test file is done with, emptied for its next test: copying the template
 * and dropping the copy costs ~0.6 s a test, emptying a copy ~40 ms. The global teardown drops what is left.
 */
const emptied: string[] = [];
/** What the migrated schema looks like, taken from the first copy, so that a copy a test altered is dropped. */
let migratedSchema: string | undefined;

const SCHEMA_FINGERPRINT = `select md5(string_agg(item, ',' order by item)) as fingerprint from (
    select c.relname || ':' || c.relkind::text || ':' || coalesce(a.attname || ':' || a.atttypid::text || ':' || a.attnotnull::text, '')
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'public'
    union all select conname || ':' || pg_get_constraintdef(oid) from pg_constraint
      where connamespace = 'public'::regnamespace
    union all select tgname from pg_trigger where not tgisinternal
    union all select proname || ':' || md5(prosrc) from pg_proc where pronamespace = 'public'::regnamespace
    union all select name from kysely_migration
  ) as schema_items(item)`;

async function withClient<T>(name: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl(name) });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const fingerprintOf = async (client: pg.Client) =>
  (await client.query<{ fingerprint: string }>(SCHEMA_FINGERPRINT)).rows[0]?.fingerprint;

/**
 * Empties a migrated copy for the next test as if it were new (every row gone, every sequence back at its
 * start), with triggers off so that no tombstone or count is written while rows go. One whose schema differs
 * from the template's, or that cannot be emptied, is dropped.
 */
async function emptyForReuse(name: string): Promise<void> {
  const reusable = await withClient(name, async (client) => {
    await client.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    );
    if ((await fingerprintOf(client)) !== migratedSchema) return false;
    const { rows } = await client.query<{ statement: string }>(`
      select 'delete from ' || quote_ident(tablename) as statement from pg_tables
        where schemaname = 'public' and tablename not like 'kysely_migration%'
      union all select 'alter sequence ' || quote_ident(sequencename) || ' restart' from pg_sequences
        where schemaname = 'public'`);
    await client.query(
      `begin; set local session_replication_role = replica; ${rows.map(({ statement }) => `${statement};`).join(" ")} commit;`,
    );
    return true;
  }).catch(() => false);
  if (reusable) emptied.push(name);
  else await adminQuery(`drop database if exists "${name}" with (force)`);
}

/** A copy of the migrated template for this test: an emptied one of this file's, else a new one. */
async function migratedPostgres(): Promise<string> {
  let name = emptied.pop();
  if (name === undefined) {
    name = await createPostgresDatabase(true);
    migratedSchema ??= await withClient(name, fingerprintOf);
  }
  const taken = name;
  onTestFinished(() => emptyForReuse(taken));
  return postgresUrl(taken);
}

function closeAfterTest(db: Db): Db {
  onTestFinished(async () => {
    await db.destroy().catch(() => undefined);
  });
  return db;
}

/** A migrated database of this test's own, closed (and on PostgreSQL dropped) when the test ends. */
export async function freshDb(): Promise<Db> {
  return closeAfterTest(engine === "postgres" ? createDb(await migratedPostgres()) : await migratedSqlite());
}

/** A database with no tables at all, for migration tests. */
export async function emptyDb(): Promise<Db> {
  return closeAfterTest(
    engine === "postgres" ? createDb(await postgresDatabase(false)) : createSqliteDb(new SQLite(":memory:")),
  );
}

/** A DATABASE_URL for a server process under test: an empty database that the server migrates on start. */
export async function freshDatabaseUrl(): Promise<string> {
  if (engine === "postgres") return postgresDatabase(false);
  const directory = mkdtempSync(join(tmpdir(), "registrar-test-"));
  onTestFinished(() => {
    rmSync(directory, { recursive: true, force: true });
  });
  return `sqlite:${join(directory, "registrar.db")}`;
}

/**
 * Closes a database the app is using, as an outage would. Kysely only closes a connection it has opened, so the
 * database is queried first: destroying a never-used Kysely instance leaves it working.
 */
export async function closeDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
  await db.destroy();
}

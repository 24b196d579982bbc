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
  const name = `${inject("pgRunPrefix")}_${randomBytes(6).toString("hex")}`;
  const template = fromTemplate ? ` template "${inject("pgTemplate")}"` : "";
  await adminQuery(`create database "${name}"${template}`);
  onTestFinished(() => adminQuery(`drop database if exists "${name}" with (force)`));
  return postgresUrl(name);
}

function closeAfterTest(db: Db): Db {
  onTestFinished(async () => {
    await db.destroy().catch(() => undefined);
  });
  return db;
}

/** A migrated database of this test's own, closed (and on PostgreSQL dropped) when the test ends. */
export async function freshDb(): Promise<Db> {
  return closeAfterTest(
    engine === "postgres" ? createDb(await postgresDatabase(true)) : await migratedSqlite(),
  );
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

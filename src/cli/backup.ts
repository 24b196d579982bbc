/**
 * npm run registrar -- backup <file> [--force]     a copy of the SQLite database, safe while the server runs
 * npm run registrar -- restore <file>              the database replaced by a backup (stop the server first)
 *
 * SQLite only; on PostgreSQL both explain the pg_dump / pg_restore commands and exit 1. Neither migrates the
 * database it reads: a backup is a copy of what is there, and restore applies pending migrations afterwards.
 */
import { openDatabase } from "./database.ts";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { sqliteFile } from "../db/dialect.ts";
import { migrateToLatest, migrationNames } from "../db/migrate.ts";
import { backupSqlite, restoreSqlite } from "../db/sqlite-backup.ts";
import { failureMessage } from "./arguments.ts";

const postgresAdvice = {
  backup:
    "DATABASE_URL is a PostgreSQL database; back it up with pg_dump:\n" +
    '  pg_dump --format=custom --file=registrar.dump --dbname="$DATABASE_URL"',
  restore:
    "DATABASE_URL is a PostgreSQL database; restore a pg_dump backup with pg_restore, then migrate:\n" +
    '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" registrar.dump\n' +
    "  npm run db:migrate",
};

/** The one file argument and the SQLite database file, or an exit code after saying what is wrong. */
function parse(
  command: "backup" | "restore",
  args: string[],
): { file: string; database: string; force: boolean } | number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: command === "backup" ? { force: { type: "boolean" } } : {},
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    console.error(`usage: registrar ${command === "backup" ? "backup <file> [--force]" : "restore <file>"}`);
    return 1;
  }
  const database = sqliteFile(loadConfig().database_url);
  if (database === undefined) {
    console.error(postgresAdvice[command]);
    return 1;
  }
  if (database === ":memory:") {
    console.error(`An in-memory database has nothing to ${command}`);
    return 1;
  }
  return { file, database, force: values.force === true };
}

export async function backupCommand(args: string[]): Promise<number> {
  const parsed = parse("backup", args);
  if (typeof parsed === "number") return parsed;
  try {
    const { bytes } = await backupSqlite(parsed.database, parsed.file, parsed.force);
    console.log(`Backed up ${parsed.database} to ${parsed.file} (${(bytes / 1024).toFixed(0)} KiB)`);
    return 0;
  } catch (error) {
    console.error(`Backup failed: ${failureMessage(error)}`);
    return 1;
  }
}

export async function restoreCommand(args: string[]): Promise<number> {
  const parsed = parse("restore", args);
  if (typeof parsed === "number") return parsed;
  let madeAt: string | undefined;
  try {
    ({ madeAt } = await restoreSqlite(parsed.file, parsed.database, await migrationNames()));
  } catch (error) {
    console.error(`Restore failed: ${failureMessage(error)}`);
    return 1;
  }
  console.log(`Restored ${parsed.file} (made at migration ${madeAt ?? "none"}) to ${parsed.database}`);
  const db = openDatabase();
  try {
    const applied = await migrateToLatest(db);
    for (const name of applied) console.log(`applied ${name}`);
    return 0;
  } catch (error) {
    console.error(`Restored, but migrating it failed: ${failureMessage(error)}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

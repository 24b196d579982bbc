/**
 * Backup and restore of the embedded SQLite database as single files. SQLite-only by nature (PostgreSQL has
 * pg_dump and pg_restore), so it sits beside dialect.ts instead of adding to the engine switch there.
 */
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import SQLite from "better-sqlite3";

/** A refusal or failure whose message is for the person at the command line. */
export class BackupError extends Error {}

/**
 * Copy every page in one step, i.e. in one read transaction: with the default of 100 pages per step, each write
 * the server commits meanwhile restarts the copy, and a busy server could keep it from ever finishing. In WAL
 * mode that read transaction does not hold up the server's writers.
 */
const ALL_PAGES = 0x7fffffff;

const errorCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** A file in the target's directory, so that renaming it onto the target is atomic. */
const temporaryBeside = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);

function fsyncPath(path: string): void {
  const descriptor = openSync(path, "r");
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Makes a fresh copy a self-contained file (rollback journal, no -wal beside it), checks it and flushes it to
 * disk, so that it can take the target's name.
 */
function seal(copy: string): void {
  const database = new SQLite(copy, { fileMustExist: true });
  try {
    database.pragma("journal_mode = DELETE");
    const result = database.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new BackupError(`The copy failed its integrity check: ${String(result)}`);
  } finally {
    database.close();
  }
  fsyncPath(copy);
}

/** Copies the database into a temporary file, checks it and renames it to `target`. */
async function copyInto(
  source: SQLite.Database,
  target: string,
  beforeRename = () => undefined,
): Promise<void> {
  const temporary = temporaryBeside(target);
  try {
    await source.backup(temporary, { progress: () => ALL_PAGES });
    seal(temporary);
    beforeRename();
    renameSync(temporary, target);
    fsyncPath(dirname(target));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * A consistent copy of the database at `source`, written to `target` (not over an existing file unless `force`).
 * Safe while a server uses the database: the copy is one read transaction, which WAL mode serves beside writers.
 */
export async function backupSqlite(
  source: string,
  target: string,
  force = false,
): Promise<{ bytes: number }> {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}`);
  if (resolve(source) === resolve(target))
    throw new BackupError("The backup file cannot be the database itself");
  if (existsSync(target) && !force) {
    throw new BackupError(`${target} already exists; pass --force to overwrite it`);
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const database = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    await copyInto(database, target);
  } finally {
    database.close();
  }
  return { bytes: statSync(target).size };
}

/** What restore found in a backup: the newest migration it was made at. */
export interface BackupInfo {
  madeAt: string | undefined;
}

/**
 * Opens a backup read-only and refuses it unless it is an intact Registrar database from this version or an
 * older one (`known`: the migrations this code has).
 */
function openBackup(file: string, known: readonly string[]): { database: SQLite.Database; info: BackupInfo } {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`There is no file ${file}`);
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const report = (database.pragma("integrity_check") as { integrity_check: string }[])
      .flatMap((row) => row.integrity_check.split("\n"))
      .filter((line) => !line.startsWith("***"));
    if (report.join() !== "ok") {
      const more = report.length > 3 ? ` and ${report.length - 3} more` : "";
      throw new BackupError(`${file} is damaged (integrity check: ${report.slice(0, 3).join("; ")}${more})`);
    }
    const tables = database
      .prepare<[], { name: string }>(
        "select name from sqlite_master where type = 'table' and name in ('kysely_migration', 'students', 'courses')",
      )
      .all();
    if (tables.length !== 3) throw new BackupError(`${file} is a SQLite database, but not a Registrar one`);
    const migrations = database
      .prepare<[], { name: string }>("select name from kysely_migration order by name")
      .all()
      .map((row) => row.name);
    const unknown = migrations.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new BackupError(
        `${file} comes from a newer version of Registrar (unknown migrations: ${unknown.join(", ")}); ` +
          "restore it with that version",
      );
    }
    return { database, info: { madeAt: migrations.at(-1) } };
  } catch (error) {
    database.close();
    if (errorCode(error) === "SQLITE_NOTADB") throw new BackupError(`${file} is not a SQLite database`);
    if (errorCode(error) === "SQLITE_CORRUPT") throw new BackupError(`${file} is damaged: ${String(error)}`);
    throw error;
  }
}

/**
 * Makes sure nothing else has the database open, and turns it out of WAL mode so that its -wal is folded in and
 * removed. Leaving WAL mode needs the only connection to the file, so a running server (even an idle one, which
 * keeps its connection open) makes it fail: that is the test. Undefined when there is no usable database there.
 */
function claim(target: string): SQLite.Database | undefined {
  if (!existsSync(target)) return undefined;
  const database = new SQLite(target, { fileMustExist: true, timeout: 2000 });
  const inUse = () =>
    new BackupError(
      `${target} is in use: stop the Registrar server (and anything else that has it open) first`,
    );
  try {
    const mode = database.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw inUse();
    return database;
  } catch (error) {
    database.close();
    const code = errorCode(error);
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") throw inUse();
    // A file that is not a database (or is too damaged to open) cannot be in use: it is what a restore repairs.
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") return undefined;
    throw error;
  }
}

/**
 * Replaces the database at `target` with the backup in `file`, which must be an intact Registrar database no newer
 * than this code (`known`). The server must be stopped: a database it holds open is refused. The backup is copied
 * beside the target, checked, flushed and renamed over it, so a failure leaves the old database as it was; the
 * old database's -wal, -shm and -journal files go first, since they would be applied to the new one. Pending
 * migrations are the caller's to apply.
 */
export async function restoreSqlite(
  file: string,
  target: string,
  known: readonly string[],
): Promise<BackupInfo> {
  if (resolve(file) === resolve(target)) throw new BackupError("The backup file is the database itself");
  const { database, info } = openBackup(file, known);
  try {
    mkdirSync(dirname(resolve(target)), { recursive: true });
    const holder = claim(target);
    try {
      await copyInto(database, target, () => {
        holder?.close();
        for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
      });
    } finally {
      if (holder?.open) holder.close();
    }
  } finally {
    database.close();
  }
  return info;
}

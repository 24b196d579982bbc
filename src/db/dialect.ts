/**
 * Everything that differs between SQLite and PostgreSQL lives here; the rest of the code is engine-agnostic.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import {
  Kysely,
  PostgresDialect,
  type RawBuilder,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type SelectQueryBuilder,
} from "kysely";
import pg from "pg";
import type { Db } from "./database.ts";
import { RegistrarSqliteDriver } from "./sqlite-driver.ts";

export interface DbOptions {
  pool_size?: number;
  statement_timeout_ms?: number;
  onConnectionError?: (error: Error) => void;
}

/** The file of a sqlite: DATABASE_URL (or ":memory:"); undefined for any other engine. */
export function sqliteFile(databaseUrl: string): string | undefined {
  return databaseUrl.startsWith("sqlite:") ? databaseUrl.slice("sqlite:".length) : undefined;
}

export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const file = sqliteFile(databaseUrl);
  if (file !== undefined) return createSqliteDb(openSqliteFile(file));
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return createPostgresDb(databaseUrl, options);
  throw new Error(`Unsupported DATABASE_URL scheme: ${databaseUrl.split(":")[0] ?? ""}`);
}

function openSqliteFile(path: string): SQLite.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  database.pragma("journal_mode = WAL");
  // NORMAL is durable across a process crash in WAL mode; only an OS crash can lose the last commits.
  database.pragma("synchronous = NORMAL");
  return database;
}

/**
 * Kysely runs SQLite migrations without a transaction or lock; with transactional DDL on, they run inside one
 * BEGIN IMMEDIATE transaction, so processes that migrate one file at the same time take turns.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class RegistrarSqliteDialect extends SqliteDialect {
  readonly #database: SQLite.Database;

  constructor(database: SQLite.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): SqliteDriver {
    return new RegistrarSqliteDriver({ database: this.#database });
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlAdapter();
  }
}

const sqliteHandles = new WeakMap<Db, SQLite.Database>();

/** Wraps an open better-sqlite3 handle (tests hand in in-memory copies of a migrated template). */
export function createSqliteDb(database: SQLite.Database): Db {
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  const db: Db = new Kysely({ dialect: new RegistrarSqliteDialect(database) });
  sqliteHandles.set(db, database);
  return db;
}

/** The better-sqlite3 handle under a SQLite Db, for work that must run without yielding (materialized.ts). */
export const sqliteHandle = (db: Db): SQLite.Database | undefined => sqliteHandles.get(db);

/** Timestamps and dates leave PostgreSQL as the same strings that SQLite stores (RFC 3339 UTC, YYYY-MM-DD). */
const pgTypes = new pg.TypeOverrides();
pgTypes.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (text) => new Date(text).toISOString());
pgTypes.setTypeParser(pg.types.builtins.DATE, (text) => text);

/** The connection string of each PostgreSQL Db, for connections kept outside its pool (a LISTEN). */
const postgresUrls = new WeakMap<Db, string>();

/** The connection string a PostgreSQL Db was made from; undefined for SQLite (or a Db made elsewhere). */
export const postgresUrlOf = (db: Db): string | undefined => postgresUrls.get(db);

function createPostgresDb(connectionString: string, options: DbOptions): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.pool_size ?? 10,
    statement_timeout: options.statement_timeout_ms ?? 10_000,
    connectionTimeoutMillis: 5_000,
    types: pgTypes,
  });
  // An idle connection that breaks (the server restarted) must not crash the process; the pool replaces it.
  pool.on("error", (error) => options.onConnectionError?.(error));
  // Nor may one that breaks while checked out between two queries (inside a transaction, say): pg-pool removes
  // its idle listener on checkout, and an 'error' event without a listener would end the process. Nothing to do
  // here: the next query on that client fails and is answered 503 (and logged), and the pool discards the client
  // when it comes back. (An idle client's break still reaches the pool's listener above.)
  pool.on("connect", (client) => {
    client.on("error", () => undefined);
  });
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  postgresUrls.set(db, connectionString);
  return db;
}

export function isSqlite<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Column types for migrations. Timestamps are RFC 3339 UTC strings in the application on every engine. */
export function columnTypes(db: Kysely<unknown>): {
  timestamp: ColumnDataType;
  date: ColumnDataType;
  id: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
} {
  const sqlite = isSqlite(db);
  return {
    timestamp: sqlite ? "text" : "timestamptz",
    /** A calendar date, YYYY-MM-DD in the application (text on SQLite, which compares it correctly). */
    date: sqlite ? "text" : "date",
    /** An integer id that is never reused, even after the newest row is deleted. */
    id: (column: ColumnDefinitionBuilder) =>
      sqlite ? column.primaryKey().autoIncrement() : column.primaryKey().generatedByDefaultAsIdentity(),
  };
}

/**
 * Locks the selected rows until the transaction ends (SELECT … FOR UPDATE). SQLite needs no row lock: its
 * transactions already hold the database's write lock from the start.
 */
export function forUpdate<DB, TB extends keyof DB, O>(
  db: Kysely<DB>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isSqlite(db) ? query : query.forUpdate();
}

/**
 * Locks the selected rows against every other writer of them until the transaction ends, while rows that
 * refer to them may still be written (SELECT … FOR NO KEY UPDATE): two requests for one student take turns,
 * and an import adding another student's enrollment is not held up. SQLite needs nothing, as above.
 */
export function forNoKeyUpdate<DB, TB extends keyof DB, O>(
  db: Kysely<DB>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isSqlite(db) ? query : query.forNoKeyUpdate();
}

const errorCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** Serialization failures and deadlocks: the transaction did nothing and can simply run again. */
const isRetryable = (error: unknown): boolean => errorCode(error) === "40001" || errorCode(error) === "40P01";

const MAX_ATTEMPTS = 5;

/** Runs a function in a transaction, again when the database aborted it for a serialization failure or deadlock. */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "SQLITE_BUSY",
  "57014", // statement timeout
  "57P01", // admin shutdown
  "57P02",
  "57P03", // the server is starting up
  "53300", // too many connections
  "40001",
  "40P01",
]);

/** True when the database could not be reached or could not answer in time: a 503, not a client error. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  if (typeof code === "string" && (unavailableCodes.has(code) || code.startsWith("08"))) return true;
  const message = error instanceof Error ? error.message : "";
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    message,
  );
}

/**
 * Keeps the selected rows from being deleted (or their keys changed) until the transaction ends, while others
 * may still read and lock them the same way (SELECT … FOR KEY SHARE). SQLite needs nothing, as above.
 */
export function forKeyShare<DB, TB extends keyof DB, O>(
  db: Kysely<DB>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isSqlite(db) ? query : query.forKeyShare();
}

export function isUniqueViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505";
}

/** A row referred to a row that does not exist (anymore), or a referenced row was about to be deleted. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === "SQLITE_CONSTRAINT_FOREIGNKEY" || code === "23503";
}

/** Awaits a write and reports a foreign-key violation (a referenced row went away meanwhile) as the given error. */
export async function onForeignKeyViolation<T>(write: Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isForeignKeyViolation(error)) throw conflict();
    throw error;
  }
}

/**
 * Serializes the transactions that take the same named lock, until each ends: for rules over many rows that no
 * single row lock covers (a prerequisite cycle can close through any catalog entry). PostgreSQL takes a
 * transaction-scoped advisory lock; SQLite needs nothing, since its transactions hold the write lock already.
 */
export async function lockNamed(trx: Db, name: string): Promise<void> {
  if (isSqlite(trx)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
}

/**
 * An aggregate of the rows' `value`s into a JSON array, as text, in `order`: '[]' when there are none (SQLite's
 * json_group_array; PostgreSQL's json_agg gives null for no rows).
 */
export function jsonArrayText(
  db: Db,
  value: RawBuilder<unknown>,
  order: RawBuilder<unknown>,
): RawBuilder<string> {
  return isSqlite(db)
    ? sql<string>`json_group_array(${value} order by ${order})`
    : sql<string>`coalesce(json_agg(${value} order by ${order}), '[]'::json)::text`;
}

/**
 * A case-insensitive "contains" test that treats % and _ in the search text literally. (LIKE ignores case in
 * SQLite but not in PostgreSQL; comparing lower() on both sides behaves the same on both.)
 */
export function containsIgnoringCase(column: string, text: string) {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
}

/** Awaits a write and reports a unique-constraint violation as the given domain error instead. */
export async function onUniqueViolation<T>(write: Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

/**
 * Runs read-only work against one consistent snapshot of the database, without blocking writers: a REPEATABLE
 * READ, READ ONLY transaction on PostgreSQL; on SQLite a deferred transaction (the app's transactions take the
 * write lock at BEGIN, which a long read must not hold), whose snapshot WAL mode keeps while others write.
 */
export async function inReadSnapshot<T>(db: Db, work: (snapshot: Db) => Promise<T>): Promise<T> {
  if (!isSqlite(db)) {
    return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(work);
  }
  return db.connection().execute(async (connection) => {
    await sql`begin deferred`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/**
 * A timestamp column as the RFC 3339 UTC text the application uses (2026-12-01T09:30:00.000Z), inside SQL:
 * SQLite stores exactly that text; PostgreSQL's timestamptz is formatted to it, so that comparing and sorting
 * the text behaves the same on both engines.
 */
export function timestampText(db: Db, column: string): RawBuilder<string> {
  return isSqlite(db)
    ? sql<string>`${sql.ref(column)}`
    : sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** The latest of some timestamp columns, as timestampText gives one (SQLite's max(), PostgreSQL's greatest()). */
export function latestTimestampText(db: Db, columns: string[]): RawBuilder<string> {
  const list = sql.join(columns.map((column) => sql.ref(column)));
  return isSqlite(db)
    ? sql<string>`max(${list})`
    : sql<string>`to_char(greatest(${list}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A date column as YYYY-MM-DD text inside SQL (SQLite stores that text; PostgreSQL's date is formatted). */
export function dateText(db: Db, column: string): RawBuilder<string> {
  return isSqlite(db)
    ? sql<string>`${sql.ref(column)}`
    : sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}

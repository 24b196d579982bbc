/**
 * Everything that differs between SQLite and PostgreSQL lives here; the rest of the code is engine-agnostic.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type DatabaseConnection,
  type SelectQueryBuilder,
  type SqliteDialectConfig,
} from "kysely";
import type { Db } from "./database.ts";

export function createDb(databaseUrl: string): Db {
  if (databaseUrl.startsWith("sqlite:"))
    return createSqliteDb(openSqliteFile(databaseUrl.slice("sqlite:".length)));
  throw new Error(`Unsupported DATABASE_URL: ${databaseUrl.split(":")[0] ?? ""}`);
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
 * Every transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE): a transaction that reads
 * and then writes can then never fail to upgrade its lock because another process wrote in between.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateTransactionDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): SqliteDriver {
    return new ImmediateTransactionDriver(this.#config);
  }
}

/** Wraps an open better-sqlite3 handle (tests hand in in-memory copies of a migrated template). */
export function createSqliteDb(database: SQLite.Database): Db {
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new Kysely({ dialect: new ImmediateTransactionDialect({ database }) });
}

export function isSqlite<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Column types for migrations. Timestamps are RFC 3339 UTC strings in the application on every engine. */
export function columnTypes(db: Kysely<unknown>): {
  timestamp: ColumnDataType;
  id: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
} {
  const sqlite = isSqlite(db);
  return {
    timestamp: sqlite ? "text" : "timestamptz",
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

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

/** A case-insensitive "contains" test that treats % and _ in the search text literally. */
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

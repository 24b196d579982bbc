/**
 * A query's whole ordered answer written once into a TEMP table and then read by position, on SQLite, for as
 * long as the data it was computed from has not changed. SQLite can tell that exactly and cheaply for its one
 * connection: total_changes() moves with every row the connection writes (triggers included, rolled-back
 * writes too), and PRAGMA data_version with every commit of another connection (a CLI import, a second
 * process). Every step runs synchronously on the better-sqlite3 handle, so no other request's statement can
 * slip in between a version read and the statement it vouches for.
 *
 * PostgreSQL has no such signal that is both exact and cheap for a pool of sessions (a sequence bumped by
 * triggers is not transactional, so a reader could pair an old snapshot with a new number): there nothing is
 * materialized (null) and callers query as before. This is the engine-specific half; the policy of what to
 * keep and for how long is the caller's (src/oneroster-rest/page-cache.ts).
 */
import type { CompiledQuery } from "kysely";
import type { Db } from "./database.ts";
import { sqliteHandle } from "./dialect.ts";

export interface Materialized {
  /** The TEMP table's name. */
  table: string;
  /** How many rows the query answered. */
  rows: number;
  /** The data version the rows were computed at. */
  version: string;
  /** The first row `probe` answered, read in the same instant. */
  probed: Record<string, unknown> | undefined;
}

type Handle = NonNullable<ReturnType<typeof sqliteHandle>>;

function versionOf(handle: Handle): string {
  const changes = handle.prepare("select total_changes() as changes").get() as { changes: number };
  return `${changes.changes}:${String(handle.pragma("data_version", { simple: true }))}`;
}

/**
 * Runs `query` into TEMP table `table` (its rows in the query's order, as rowids 1…n) and `probe` next to it.
 * Null on PostgreSQL, inside an open transaction (whose uncommitted writes could still be rolled back), or if
 * the data changed while it ran.
 */
export function materialize(
  db: Db,
  table: string,
  query: CompiledQuery,
  probe: CompiledQuery,
): Materialized | null {
  const handle = sqliteHandle(db);
  if (handle === undefined || handle.inTransaction) return null;
  const before = versionOf(handle);
  const name = `temp."${table.replace(/"/g, "")}"`;
  handle.prepare(`drop table if exists ${name}`).run();
  handle.prepare(`create table ${name} as ${query.sql}`).run(query.parameters);
  const rows = (handle.prepare(`select count(*) as n from ${name}`).get() as { n: number }).n;
  const probed = handle.prepare(probe.sql).get(probe.parameters) as Record<string, unknown> | undefined;
  const version = versionOf(handle);
  if (version !== before) {
    handle.prepare(`drop table ${name}`).run();
    return null;
  }
  return { table, rows, version, probed };
}

/** Rows offset+1 … offset+limit of a materialized answer, or null if the data has changed since. */
export function readMaterialized(
  db: Db,
  materialized: Materialized,
  offset: number,
  limit: number,
): Record<string, unknown>[] | null {
  const handle = sqliteHandle(db);
  if (handle === undefined || versionOf(handle) !== materialized.version) return null;
  return handle
    .prepare(`select * from temp."${materialized.table}" where rowid > ? order by rowid limit ?`)
    .all(offset, limit) as Record<string, unknown>[];
}

export function dropMaterialized(db: Db, materialized: Materialized): void {
  sqliteHandle(db)?.prepare(`drop table if exists temp."${materialized.table}"`).run();
}

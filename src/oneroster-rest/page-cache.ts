/**
 * Offset paging without re-reading the skipped rows. A connector's full sync asks for one query page after
 * page (offset 0, 1000, 2000…); answered afresh, each page computes, sorts and counts the whole filtered set,
 * so a sync costs O(n²). Instead the second page of a query (offset > 0: someone is paging) writes the query's
 * whole ordered answer once (src/db/materialized.ts) and later pages read it by position, with its row count
 * as X-Total-Count.
 *
 * An entry answers only while it is exactly what a fresh query would answer:
 * - the data is unchanged (the database's version, checked on every read; any write drops it), and
 * - the clock has not moved anything: the SQL depends on the time only through the tombstone retention and
 *   the school year, so an entry expires when its earliest tombstone would leave the window or the year ends.
 * At most MAX_ENTRIES are kept (least recently used goes first), and one unused for IDLE_MS is dropped.
 */
import { sql, type CompiledQuery } from "kysely";
import type { Db } from "../db/database.ts";
import { dropMaterialized, materialize, readMaterialized, type Materialized } from "../db/materialized.ts";
import type { Row } from "./records.ts";
import { retentionCutoff, TOMBSTONE_RETENTION_DAYS } from "./tombstones.ts";

const MAX_ENTRIES = 4;
const IDLE_MS = 10 * 60_000;

interface Entry {
  materialized: Materialized;
  /** When the clock alone would change the answer (ms since the epoch). */
  validUntil: number;
  lastUsed: number;
}

const caches = new WeakMap<Db, Map<string, Entry>>();
let tables = 0;

function cacheOf(db: Db): Map<string, Entry> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

function forget(db: Db, cache: Map<string, Entry>, key: string): void {
  const entry = cache.get(key);
  if (entry === undefined) return;
  cache.delete(key);
  dropMaterialized(db, entry.materialized);
}

/** The page from a kept answer, or null (none kept, or no longer exact). */
export function cachedPage(
  db: Db,
  key: string,
  now: Date,
  offset: number,
  limit: number,
): { rows: Row[]; total: number } | null {
  const cache = cacheOf(db);
  for (const [other, entry] of cache) {
    if (now.getTime() - entry.lastUsed > IDLE_MS) forget(db, cache, other);
  }
  const entry = cache.get(key);
  if (entry === undefined) return null;
  const rows =
    now.getTime() < entry.validUntil ? readMaterialized(db, entry.materialized, offset, limit) : null;
  if (rows === null) {
    forget(db, cache, key);
    return null;
  }
  entry.lastUsed = now.getTime();
  // Most recently used last, so that eviction takes the first.
  cache.delete(key);
  cache.set(key, entry);
  return { rows: rows as Row[], total: entry.materialized.rows };
}

function nextYear(now: Date): number {
  return Date.UTC(now.getUTCFullYear() + 1, 0, 1);
}

/** Keeps `query`'s whole answer under `key`; false where it cannot be kept (see materialize). */
export function keepAnswer(db: Db, key: string, now: Date, query: CompiledQuery): boolean {
  const cache = cacheOf(db);
  forget(db, cache, key);
  // The earliest tombstone still shown is the first to leave the window as the clock moves.
  const probe = sql<{ earliest: string | null }>`select min(deleted_at) as earliest from oneroster_tombstones
    where deleted_at > ${retentionCutoff(now)}`.compile(db);
  tables += 1;
  const materialized = materialize(db, `oneroster_page_${tables}`, query, probe);
  if (materialized === null) return false;
  const earliest = materialized.probed?.earliest;
  const expiry =
    typeof earliest === "string" ? Date.parse(earliest) + TOMBSTONE_RETENTION_DAYS * 86_400_000 : Infinity;
  while (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    forget(db, cache, oldest);
  }
  cache.set(key, {
    materialized,
    validUntil: Math.min(expiry, nextYear(now)),
    lastUsed: now.getTime(),
  });
  return true;
}

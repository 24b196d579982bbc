/** The SQL of the provider: pages, counts and lookups over an entity's derived table (sources.ts), as r. */
import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/database.ts";
import { inReadSnapshot } from "../db/dialect.ts";
import { cachedPage, keepAnswer } from "./page-cache.ts";
import type { Row } from "./records.ts";

export interface PageRequest {
  table: RawBuilder<unknown>;
  where: RawBuilder<boolean>;
  orderBy: RawBuilder<unknown>;
  limit: number;
  offset: number;
  /** Names the query apart from limit and offset (page-cache.ts): the same key, the same ordered rows. */
  key: string;
  now: Date;
}

/**
 * One page and the size of the whole filtered set, from one snapshot so that the two agree. Past the first
 * page, the whole answer is kept for the pages that follow (page-cache.ts).
 */
export async function readPage(db: Db, page: PageRequest): Promise<{ rows: Row[]; total: number }> {
  const cached = cachedPage(db, page.key, page.now, page.offset, page.limit);
  if (cached !== null) return cached;
  if (page.offset > 0) {
    const query = sql`select * from (${page.table}) r where ${page.where} order by ${page.orderBy}`;
    if (keepAnswer(db, page.key, page.now, query.compile(db))) {
      const kept = cachedPage(db, page.key, page.now, page.offset, page.limit);
      if (kept !== null) return kept;
    }
  }
  return inReadSnapshot(db, async (snapshot) => {
    const rows = await sql<Row>`select * from (${page.table}) r where ${page.where}
      order by ${page.orderBy} limit ${page.limit} offset ${page.offset}`.execute(snapshot);
    const count = await sql<{ total: number | string }>`select count(*) as total from (${page.table}) r
      where ${page.where}`.execute(snapshot);
    return { rows: rows.rows, total: Number(count.rows[0]?.total ?? 0) };
  });
}

export async function readOne(
  db: Db,
  table: RawBuilder<unknown>,
  where: RawBuilder<boolean>,
  sourcedId: string,
): Promise<Row | undefined> {
  const result = await sql<Row>`select * from (${table}) r
    where ${where} and r.${sql.id("sourcedId")} = ${sourcedId} limit 1`.execute(db);
  return result.rows[0];
}

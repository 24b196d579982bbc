import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../src/db/database.ts";

export interface Table {
  name: string;
  columns: string[];
}

/** A hash of every row of one table (and its row count); equal fingerprints mean unchanged contents. */
export type Fingerprint = Map<string, string>;

/**
 * The application's tables, found by introspection so that a table added later is covered too; Kysely's own
 * migration bookkeeping is not application data.
 */
export async function applicationTables(db: Db): Promise<Table[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((table) => !table.isView && !table.name.startsWith("kysely_"))
    .map((table) => ({ name: table.name, columns: table.columns.map((column) => column.name) }));
}

/** A column value as text; bigint (a PostgreSQL count or int8) is the one JSON cannot write. */
const cell = (value: unknown): string | undefined =>
  typeof value === "bigint" ? value.toString() : JSON.stringify(value);

/** Reads every row of every table, ordered by all its columns so that the hash does not depend on scan order. */
export async function fingerprint(db: Db, tables: Table[]): Promise<Fingerprint> {
  const result: Fingerprint = new Map();
  for (const { name, columns } of tables) {
    const order = sql.join(columns.map((column) => sql.ref(column)));
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(name)} order by ${order}`.execute(db);
    const hash = createHash("sha256");
    for (const row of rows) hash.update(JSON.stringify(columns.map((column) => cell(row[column]))));
    result.set(name, `${rows.length}:${hash.digest("base64url")}`);
  }
  return result;
}

/** The tables whose fingerprints differ, leaving out those a request may legitimately change. */
export function changedTables(before: Fingerprint, after: Fingerprint, exempt: readonly string[]): string[] {
  return [...before.keys()].filter((name) => !exempt.includes(name) && before.get(name) !== after.get(name));
}

import { CompiledQuery, type Insertable } from "kysely";
import type { Database, Db } from "./database.ts";
import { valuesList } from "./dialect.ts";

/** Both engines cap the parameters of one statement (SQLite at 32,766); stay under it. */
const MAX_PARAMETERS = 30_000;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts rows given as one flat array of values (row after row, one value per column) with as few statements
 * as the parameter limit allows, and returns the `returning` columns of the inserted rows. Call it inside a
 * transaction. Every full chunk runs the same statement text, so SQLite prepares it once.
 */
export async function insertValues<Row = never>(
  db: Db,
  table: keyof Database,
  columns: readonly string[],
  values: readonly unknown[],
  returning: readonly string[] = [],
): Promise<Row[]> {
  const width = Math.max(1, columns.length);
  const chunkSize = Math.max(1, Math.floor(MAX_PARAMETERS / width));
  const head = `insert into ${quoted(table)} (${columns.map(quoted).join(", ")}) values `;
  const tail = returning.length > 0 ? ` returning ${returning.map(quoted).join(", ")}` : "";
  const result: Row[] = [];
  let fullChunkSql: string | undefined;
  const rows = values.length / width;
  for (let start = 0; start < rows; start += chunkSize) {
    const count = Math.min(chunkSize, rows - start);
    const text =
      count === chunkSize
        ? (fullChunkSql ??= `${head}${valuesList(db, chunkSize, columns.length)}${tail}`)
        : `${head}${valuesList(db, count, columns.length)}${tail}`;
    const parameters = values.slice(start * width, (start + count) * width);
    const { rows: returned } = await db.executeQuery<Row>(CompiledQuery.raw(text, parameters));
    result.push(...returned);
  }
  return result;
}

/** insertValues for rows given as arrays. */
export const insertRows = <Row = never>(
  db: Db,
  table: keyof Database,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  returning: readonly string[] = [],
): Promise<Row[]> => insertValues<Row>(db, table, columns, rows.flat(), returning);

/**
 * Inserts many rows (objects with the same keys) with as few statements as the parameter limit allows. Each
 * statement's values are gathered just before it runs, so a million rows are never held twice.
 */
export async function insertInChunks<Table extends keyof Database>(
  db: Db,
  table: Table,
  rows: Insertable<Database[Table]>[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) return;
  const chunkSize = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const values: unknown[] = [];
    for (const row of rows.slice(start, start + chunkSize)) {
      for (const column of columns) values.push((row as Record<string, unknown>)[column] ?? null);
    }
    await insertValues(db, table, columns, values);
  }
}

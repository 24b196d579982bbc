/**
 * Bulk writes on both engines, for imports and the demo data: multi-row inserts under the parameter limit, many
 * rows as one JSON parameter, and loads that set a table's indexes and triggers aside on SQLite (ADR 0004).
 */
import { CompiledQuery, sql, type Insertable, type RawBuilder } from "kysely";
import type { Database, Db } from "./database.ts";
import { isSqlite } from "./dialect.ts";

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

/**
 * The VALUES list of a multi-row insert, `(?, ?), (?, ?)` on SQLite and `($1, $2), ($3, $4)` on PostgreSQL.
 * Built as text (not through the query builder), so that a 5,000-row statement costs no query compilation and,
 * being the same text every time, is prepared once.
 */
export function valuesList(db: Db, rows: number, columns: number): string {
  const sqlite = isSqlite(db);
  const tuples: string[] = [];
  let parameter = 0;
  for (let row = 0; row < rows; row++) {
    const marks: string[] = [];
    for (let column = 0; column < columns; column++) marks.push(sqlite ? "?" : `$${++parameter}`);
    tuples.push(`(${marks.join(", ")})`);
  }
  return tuples.join(", ");
}

/**
 * Runs a bulk load of `incoming` rows into `table` inside the caller's transaction. On SQLite, when the load at
 * least doubles the table (a first import), the table's plain secondary indexes are dropped first and built
 * again afterwards, in the same transaction: building an index once from sorted rows costs a fraction of a
 * million random insertions into it. When `recount` is given, the table's triggers are set aside the same way
 * and `recount` then does at once what they would have done row by row. Unique indexes stay (they are
 * constraints). A smaller load into a large table runs as it is, since rebuilding costs in proportion to the
 * whole table. PostgreSQL always runs it as it is: DROP INDEX or DROP TRIGGER would lock the table against every
 * reader until the import commits.
 */
export async function withBulkLoad<T>(
  trx: Db,
  table: string,
  incoming: number,
  work: () => Promise<T>,
  recount?: () => Promise<void>,
): Promise<T> {
  if (!isSqlite(trx) || incoming < 10_000) return work();
  const { count } = await sql<{ count: number }>`select count(*) as count from ${sql.table(table)}`
    .execute(trx)
    .then((result) => result.rows[0] ?? { count: 0 });
  if (incoming < count) return work();
  const types = recount === undefined ? ["index"] : ["index", "trigger"];
  const { rows: deferred } = await sql<{ type: string; name: string; sql: string }>`select type, name, sql
    from sqlite_master where type in (${sql.join(types)}) and tbl_name = ${table} and sql is not null
      and lower(sql) not like 'create unique%'`.execute(trx);
  for (const { type, name } of deferred) await sql`drop ${sql.raw(type)} ${sql.id(name)}`.execute(trx);
  const result = await work();
  for (const item of deferred) await sql.raw(item.sql).execute(trx);
  await recount?.();
  return result;
}

export type JsonColumnType = "integer" | "text" | "real" | "timestamp" | "date";

const postgresTypes: Record<JsonColumnType, string> = {
  integer: "integer",
  text: "text",
  real: "double precision",
  timestamp: "timestamptz",
  date: "date",
};

/**
 * Many rows as one query parameter: the rows travel as a JSON array of arrays and come back as a table
 * (`select … from json_each(?)` on SQLite, `json_array_elements($1::json)` on PostgreSQL). A bulk write then
 * takes one short statement per many thousand rows, with neither engine's parameter limit nor a compiled query
 * per row in the way. Column i of the result is element i of each row, named and typed as `columns` says.
 */
export function jsonRows<Row>(
  db: Db,
  columns: readonly (readonly [name: string, type: JsonColumnType])[],
  rows: readonly (readonly unknown[])[],
): RawBuilder<Row> {
  const json = JSON.stringify(rows);
  if (isSqlite(db)) {
    const select = columns.map(([name], index) => sql`value ->> ${sql.lit(index)} as ${sql.ref(name)}`);
    return sql<Row>`select ${sql.join(select)} from json_each(${json})`;
  }
  const select = columns.map(
    ([name, type], index) =>
      sql`(value ->> ${sql.lit(index)})::${sql.raw(postgresTypes[type])} as ${sql.ref(name)}`,
  );
  return sql<Row>`select ${sql.join(select)} from json_array_elements(${json}::json)`;
}

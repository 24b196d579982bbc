import type { Insertable } from "kysely";
import type { Database, Db } from "./database.ts";

/** Both engines cap the parameters of one statement (SQLite at 32,766); stay under it. */
const MAX_PARAMETERS = 30_000;

/** Inserts many rows with as few statements as the parameter limit allows. Call it inside a transaction. */
export async function insertInChunks<Table extends keyof Database>(
  db: Db,
  table: Table,
  rows: Insertable<Database[Table]>[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const chunkSize = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += chunkSize) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + chunkSize))
      .execute();
  }
}

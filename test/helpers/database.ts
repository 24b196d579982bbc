import SQLite from "better-sqlite3";
import type { Db } from "../../src/db/database.ts";
import { createSqliteDb } from "../../src/db/dialect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";

let template: Buffer | undefined;

/** A migrated in-memory database of its own: each call deserializes one template migrated once per worker. */
export async function freshDb(): Promise<Db> {
  if (template === undefined) {
    const raw = new SQLite(":memory:");
    const db = createSqliteDb(raw);
    await migrateToLatest(db);
    template = raw.serialize();
    await db.destroy();
  }
  return createSqliteDb(new SQLite(template));
}

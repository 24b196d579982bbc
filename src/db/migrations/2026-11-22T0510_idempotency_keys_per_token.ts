import type { Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * Idempotency keys belong to the token that sent them: the same key from two tokens is two requests. The
 * table is a 24-hour retry cache, and the keys stored so far were sent before anyone had a token, so no caller
 * can ever retry them: the table is made anew (in both directions) rather than copied.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
  await createKeys(db, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
  await createKeys(db, false);
}

async function createKeys(db: Kysely<unknown>, perToken: boolean): Promise<void> {
  const types = columnTypes(db);
  let table = db.schema.createTable("idempotency_keys");
  table = perToken
    ? table
        .addColumn("token_name", "text", (column) => column.notNull())
        .addColumn("key", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("idempotency_keys_pkey", ["token_name", "key"])
    : table.addColumn("key", "text", (column) => column.primaryKey());
  await table
    .addColumn("method", "text", (column) => column.notNull())
    .addColumn("path", "text", (column) => column.notNull())
    .addColumn("fingerprint", "text", (column) => column.notNull())
    .addColumn("status", "integer")
    .addColumn("body", "text")
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("idempotency_keys_created_at")
    .on("idempotency_keys")
    .column("created_at")
    .execute();
}

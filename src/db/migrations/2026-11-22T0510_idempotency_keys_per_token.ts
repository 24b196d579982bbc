import { sql, type Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

const COLUMNS = sql.raw("key, method, path, fingerprint, status, body, created_at");

/**
 * Idempotency keys belong to the token that sent them: the same key from two tokens is two requests. Neither
 * engine can change a primary key in place, so the table is rebuilt with the rows it has. token_name defaults
 * to "anonymous" (the keys stored so far, and those an instance of the previous version stores during a
 * rolling deploy).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createKeys(db, "idempotency_keys_per_token", true);
  await sql`insert into idempotency_keys_per_token (token_name, ${COLUMNS})
    select 'anonymous', ${COLUMNS} from idempotency_keys`.execute(db);
  await replace(db, "idempotency_keys_per_token");
}

/** Back to one key for everybody: where two tokens used the same key, one of them keeps it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await createKeys(db, "idempotency_keys_global", false);
  await sql`insert into idempotency_keys_global (${COLUMNS})
    select ${COLUMNS} from idempotency_keys where true on conflict (key) do nothing`.execute(db);
  await replace(db, "idempotency_keys_global");
}

async function createKeys(db: Kysely<unknown>, table: string, perToken: boolean): Promise<void> {
  const types = columnTypes(db);
  let create = db.schema.createTable(table);
  create = perToken
    ? create
        .addColumn("token_name", "text", (column) => column.notNull().defaultTo("anonymous"))
        .addColumn("key", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint(`${table}_pkey`, ["token_name", "key"])
    : create.addColumn("key", "text", (column) => column.primaryKey());
  await create
    .addColumn("method", "text", (column) => column.notNull())
    .addColumn("path", "text", (column) => column.notNull())
    .addColumn("fingerprint", "text", (column) => column.notNull())
    .addColumn("status", "integer")
    .addColumn("body", "text")
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .execute();
}

async function replace(db: Kysely<unknown>, table: string): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
  await db.schema.alterTable(table).renameTo("idempotency_keys").execute();
  await db.schema
    .createIndex("idempotency_keys_created_at")
    .on("idempotency_keys")
    .column("created_at")
    .execute();
}

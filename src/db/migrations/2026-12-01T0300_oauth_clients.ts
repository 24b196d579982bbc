import type { Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * OAuth 2.0 clients of the OneRoster provider (LMS connectors) and the access tokens issued to them. Only
 * SHA-256 hashes of client secrets and tokens are stored. A revoked client keeps its row (its client_id stays
 * explained, and is never handed out again); its tokens stop working with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable("oauth_clients")
    .addColumn("id", "integer", types.id)
    .addColumn("client_id", "text", (column) => column.notNull().unique())
    .addColumn("name", "text", (column) => column.notNull().unique())
    .addColumn("secret_hash", "text", (column) => column.notNull())
    /** Space-separated, as OAuth writes scopes. */
    .addColumn("scopes", "text", (column) => column.notNull())
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("revoked_at", types.timestamp)
    .execute();

  await db.schema
    .createTable("oauth_tokens")
    .addColumn("token_hash", "text", (column) => column.primaryKey())
    .addColumn("client_row_id", "integer", (column) =>
      column.notNull().references("oauth_clients.id").onDelete("cascade"),
    )
    .addColumn("scopes", "text", (column) => column.notNull())
    .addColumn("expires_at", types.timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("oauth_tokens_client_row_id")
    .on("oauth_tokens")
    .column("client_row_id")
    .execute();
  await db.schema.createIndex("oauth_tokens_expires_at").on("oauth_tokens").column("expires_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("oauth_tokens").execute();
  await db.schema.dropTable("oauth_clients").execute();
}

import { sql, type Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * API tokens and the web UI's sessions. Only SHA-256 hashes of tokens and session ids are stored. A revoked
 * token keeps its row, so that its name, which the enrollment history records as the actor, stays explained.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "integer", types.id)
    .addColumn("name", "text", (column) => column.notNull().unique())
    .addColumn("role", "text", (column) => column.notNull())
    .addColumn("token_hash", "text", (column) => column.notNull().unique())
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("revoked_at", types.timestamp)
    .addCheckConstraint("api_tokens_role_check", sql`role in ('admin', 'registrar', 'viewer')`)
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (column) => column.primaryKey())
    // Null for a session opened with the ADMIN_TOKEN from the environment, which has no row.
    .addColumn("token_id", "integer", (column) => column.references("api_tokens.id").onDelete("cascade"))
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("expires_at", types.timestamp, (column) => column.notNull())
    .execute();
  await db.schema.createIndex("sessions_token_id").on("sessions").column("token_id").execute();
  await db.schema.createIndex("sessions_expires_at").on("sessions").column("expires_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("sessions").execute();
  await db.schema.dropTable("api_tokens").execute();
}

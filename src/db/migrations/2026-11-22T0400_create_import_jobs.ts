import { sql, type Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/** Import jobs started over HTTP: their state, progress and report (JSON text, the same on both engines). */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable("import_jobs")
    .addColumn("id", "integer", types.id)
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("dry_run", "integer", (column) => column.notNull())
    .addColumn("skip_invalid", "integer", (column) => column.notNull())
    .addColumn("size_bytes", "integer", (column) => column.notNull())
    .addColumn("progress", "text")
    .addColumn("report", "text")
    .addColumn("error", "text")
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("started_at", types.timestamp)
    .addColumn("finished_at", types.timestamp)
    .addColumn("updated_at", types.timestamp, (column) => column.notNull())
    .addCheckConstraint(
      "import_jobs_status_check",
      sql`status in ('queued', 'running', 'succeeded', 'failed')`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("import_jobs").execute();
}

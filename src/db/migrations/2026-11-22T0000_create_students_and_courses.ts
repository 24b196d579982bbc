import { sql, type Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);

  await db.schema
    .createTable("students")
    .addColumn("id", "integer", types.id)
    .addColumn("first_name", "text", (column) => column.notNull())
    .addColumn("last_name", "text", (column) => column.notNull())
    .addColumn("email", "text", (column) => column.notNull())
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("updated_at", types.timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("students_email_unique")
    .unique()
    .on("students")
    .column(sql`lower(email)`)
    .execute();
  for (const column of ["last_name", "first_name", "email", "created_at"]) {
    await db.schema.createIndex(`students_${column}_id`).on("students").columns([column, "id"]).execute();
  }

  await db.schema
    .createTable("courses")
    .addColumn("id", "integer", types.id)
    .addColumn("code", "text", (column) => column.notNull())
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("description", "text")
    .addColumn("credits", "double precision")
    .addColumn("capacity", "integer")
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("updated_at", types.timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("courses_code_unique")
    .unique()
    .on("courses")
    .column(sql`lower(code)`)
    .execute();
  for (const column of ["code", "title", "created_at"]) {
    await db.schema.createIndex(`courses_${column}_id`).on("courses").columns([column, "id"]).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("courses").execute();
  await db.schema.dropTable("students").execute();
}

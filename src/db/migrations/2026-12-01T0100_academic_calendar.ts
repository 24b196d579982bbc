import { sql, type Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

async function createSortIndexes(db: Kysely<unknown>, table: string, columns: string[]): Promise<void> {
  for (const column of columns) {
    await db.schema.createIndex(`${table}_${column}_id`).on(table).columns([column, "id"]).execute();
  }
}

async function createUniqueIndexes(db: Kysely<unknown>, table: string, caseless: string): Promise<void> {
  await db.schema
    .createIndex(`${table}_${caseless}_unique`)
    .unique()
    .on(table)
    .column(sql`lower(${sql.ref(caseless)})`)
    .execute();
  await db.schema.createIndex(`${table}_sourced_id_unique`).unique().on(table).column("sourced_id").execute();
}

/**
 * The academic calendar: terms, the catalog that courses are sections of (with prerequisites), instructors and
 * who teaches which course, and on courses their term, catalog entry and weekly meetings. Adds only: every
 * existing row keeps its values; existing courses get no term, no catalog entry and no meetings, so they answer
 * v1 clients exactly as before. Meetings are a JSON list on the course (at most ten, read with it in the same
 * statement, never on their own); see docs/decisions/0010-academic-calendar.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable("terms")
    .addColumn("id", "integer", types.id)
    .addColumn("code", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("starts_on", types.date, (column) => column.notNull())
    .addColumn("ends_on", types.date, (column) => column.notNull())
    .addColumn("registration_opens_at", types.timestamp)
    .addColumn("registration_closes_at", types.timestamp)
    .addColumn("add_drop_ends_on", types.date)
    .addColumn("max_credits", "double precision")
    .addColumn("sourced_id", "text")
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("updated_at", types.timestamp, (column) => column.notNull())
    .addCheckConstraint("terms_dates_check", sql`starts_on <= ends_on`)
    .execute();
  await createUniqueIndexes(db, "terms", "code");
  await createSortIndexes(db, "terms", ["starts_on", "code", "name"]);

  await db.schema
    .createTable("catalog")
    .addColumn("id", "integer", types.id)
    .addColumn("code", "text", (column) => column.notNull())
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("description", "text")
    .addColumn("credits", "double precision")
    .addColumn("sourced_id", "text")
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("updated_at", types.timestamp, (column) => column.notNull())
    .execute();
  await createUniqueIndexes(db, "catalog", "code");
  await createSortIndexes(db, "catalog", ["code", "title", "created_at"]);

  // One row per item of a prerequisite expression: every group must be met by one of its items. The
  // required entry cannot be deleted while a row names it (catalog-is-required).
  await db.schema
    .createTable("catalog_prerequisites")
    .addColumn("catalog_id", "integer", (column) =>
      column.notNull().references("catalog.id").onDelete("cascade"),
    )
    .addColumn("group_number", "integer", (column) => column.notNull())
    .addColumn("position", "integer", (column) => column.notNull())
    .addColumn("required_id", "integer", (column) => column.notNull().references("catalog.id"))
    .addColumn("min_grade", "text")
    .addColumn("concurrent", "integer", (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("catalog_prerequisites_pkey", ["catalog_id", "group_number", "position"])
    .execute();
  await db.schema
    .createIndex("catalog_prerequisites_required_id")
    .on("catalog_prerequisites")
    .column("required_id")
    .execute();

  await db.schema
    .createTable("instructors")
    .addColumn("id", "integer", types.id)
    .addColumn("first_name", "text", (column) => column.notNull())
    .addColumn("last_name", "text", (column) => column.notNull())
    .addColumn("email", "text", (column) => column.notNull())
    .addColumn("sourced_id", "text")
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("updated_at", types.timestamp, (column) => column.notNull())
    .execute();
  await createUniqueIndexes(db, "instructors", "email");
  await createSortIndexes(db, "instructors", ["last_name", "first_name", "email", "created_at"]);

  await db.schema
    .createTable("course_instructors")
    .addColumn("course_id", "integer", (column) =>
      column.notNull().references("courses.id").onDelete("cascade"),
    )
    .addColumn("instructor_id", "integer", (column) =>
      column.notNull().references("instructors.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (column) => column.notNull())
    .addPrimaryKeyConstraint("course_instructors_pkey", ["course_id", "instructor_id"])
    .execute();
  await db.schema
    .createIndex("course_instructors_instructor_id")
    .on("course_instructors")
    .column("instructor_id")
    .execute();

  await db.schema
    .alterTable("courses")
    .addColumn("term_id", "integer", (column) => column.references("terms.id"))
    .execute();
  await db.schema
    .alterTable("courses")
    .addColumn("catalog_id", "integer", (column) => column.references("catalog.id"))
    .execute();
  await db.schema
    .alterTable("courses")
    .addColumn("meetings", "text", (column) => column.notNull().defaultTo("[]"))
    .execute();
  // A term's sections in code order (the filtered course list), and a catalog entry's sections.
  await db.schema
    .createIndex("courses_term_id_code")
    .on("courses")
    .columns(["term_id", "code", "id"])
    .execute();
  await db.schema.createIndex("courses_catalog_id").on("courses").columns(["catalog_id", "id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("courses_catalog_id").execute();
  await db.schema.dropIndex("courses_term_id_code").execute();
  for (const column of ["meetings", "catalog_id", "term_id"]) {
    await db.schema.alterTable("courses").dropColumn(column).execute();
  }
  for (const table of ["course_instructors", "instructors", "catalog_prerequisites", "catalog", "terms"]) {
    await db.schema.dropTable(table).execute();
  }
}

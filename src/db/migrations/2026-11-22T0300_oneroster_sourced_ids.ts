import type { Kysely } from "kysely";

/**
 * OneRoster sourcedIds on students and courses, so that importing a roster again updates the records it
 * created instead of duplicating them. Adds a nullable column and a unique index: every existing row keeps its
 * values and gets null (a unique index allows any number of nulls on both engines).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["students", "courses"]) {
    await db.schema.alterTable(table).addColumn("sourced_id", "text").execute();
    await db.schema
      .createIndex(`${table}_sourced_id_unique`)
      .unique()
      .on(table)
      .column("sourced_id")
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["courses", "students"]) {
    await db.schema.dropIndex(`${table}_sourced_id_unique`).execute();
    await db.schema.alterTable(table).dropColumn("sourced_id").execute();
  }
}

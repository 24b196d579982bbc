import type { Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/**
 * What the registration rules need beyond the calendar: a student's own credit limit, holds and overrides
 * (kept after they are released or revoked, with who and when), the sections a waitlisted enrollment would
 * swap out when its seat comes, and a detail on history events (the rules an override let through, the rules
 * that passed a student over, a swap). Adds only: existing rows get null everywhere.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema.alterTable("students").addColumn("max_credits", "double precision").execute();
  // JSON: the course ids dropped in the same transaction that seats this waitlisted enrollment.
  await db.schema.alterTable("student_courses").addColumn("swap_for", "text").execute();
  // JSON: what else there is to say about the event (see EventDetail in the enrollment schema).
  await db.schema.alterTable("enrollment_events").addColumn("detail", "text").execute();

  await db.schema
    .createTable("holds")
    .addColumn("id", "integer", types.id)
    .addColumn("student_id", "integer", (column) =>
      column.notNull().references("students.id").onDelete("cascade"),
    )
    .addColumn("reason", "text", (column) => column.notNull())
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("created_by", "text", (column) => column.notNull())
    .addColumn("released_at", types.timestamp)
    .addColumn("released_by", "text")
    .execute();
  await db.schema.createIndex("holds_student_id").on("holds").columns(["student_id", "id"]).execute();

  await db.schema
    .createTable("overrides")
    .addColumn("id", "integer", types.id)
    .addColumn("student_id", "integer", (column) =>
      column.notNull().references("students.id").onDelete("cascade"),
    )
    .addColumn("course_id", "integer", (column) =>
      column.notNull().references("courses.id").onDelete("cascade"),
    )
    // JSON: the rules it lets through.
    .addColumn("rules", "text", (column) => column.notNull())
    .addColumn("reason", "text", (column) => column.notNull())
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("created_by", "text", (column) => column.notNull())
    .addColumn("revoked_at", types.timestamp)
    .addColumn("revoked_by", "text")
    .execute();
  await db.schema
    .createIndex("overrides_student_course")
    .on("overrides")
    .columns(["student_id", "course_id"])
    .execute();
  await db.schema.createIndex("overrides_course_id").on("overrides").column("course_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("overrides").execute();
  await db.schema.dropTable("holds").execute();
  await db.schema.alterTable("enrollment_events").dropColumn("detail").execute();
  await db.schema.alterTable("student_courses").dropColumn("swap_for").execute();
  await db.schema.alterTable("students").dropColumn("max_credits").execute();
}

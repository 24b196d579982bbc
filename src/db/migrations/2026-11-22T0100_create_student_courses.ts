import { sql, type Kysely } from "kysely";
import { columnTypes } from "../dialect.ts";

/** Adds the student ↔ course junction table; existing students and courses are not touched. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable("student_courses")
    .addColumn("student_id", "integer", (column) =>
      column.notNull().references("students.id").onDelete("cascade"),
    )
    .addColumn("course_id", "integer", (column) =>
      column.notNull().references("courses.id").onDelete("cascade"),
    )
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("enrolled_at", types.timestamp, (column) => column.notNull())
    .addColumn("updated_at", types.timestamp, (column) => column.notNull())
    .addColumn("waitlist_order", "integer")
    .addPrimaryKeyConstraint("student_courses_pkey", ["student_id", "course_id"])
    .addCheckConstraint(
      "student_courses_status_check",
      sql`status in ('enrolled', 'waitlisted', 'dropped', 'completed')`,
    )
    .addCheckConstraint(
      "student_courses_waitlist_order_check",
      sql`(status = 'waitlisted') = (waitlist_order is not null)`,
    )
    .execute();
  // Serves a course's roster, its seat count and its waitlist order.
  await db.schema
    .createIndex("student_courses_course_status")
    .on("student_courses")
    .columns(["course_id", "status", "waitlist_order"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("student_courses").execute();
}

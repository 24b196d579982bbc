import { sql, type Kysely } from "kysely";
import { columnTypes, isSqlite } from "../dialect.ts";

/**
 * Grades, seat counters, the enrollment history and idempotency keys. Adds only: every existing row keeps its
 * values, and the counters are filled from the enrollments that are already there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema.alterTable("student_courses").addColumn("grade", "text").execute();
  await db.schema
    .alterTable("courses")
    .addColumn("enrolled_count", "integer", (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("courses")
    .addColumn("waitlist_count", "integer", (column) => column.notNull().defaultTo(0))
    .execute();
  await sql`update courses set
      enrolled_count = (select count(*) from student_courses
        where student_courses.course_id = courses.id and status = 'enrolled'),
      waitlist_count = (select count(*) from student_courses
        where student_courses.course_id = courses.id and status = 'waitlisted')`.execute(db);
  await createSeatCounterTriggers(db);

  await db.schema
    .createTable("enrollment_events")
    .addColumn("id", "integer", types.id)
    .addColumn("student_id", "integer", (column) => column.notNull())
    .addColumn("course_id", "integer", (column) => column.notNull())
    .addColumn("event", "text", (column) => column.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("from_grade", "text")
    .addColumn("to_grade", "text")
    .addColumn("actor", "text", (column) => column.notNull())
    .addColumn("occurred_at", types.timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("enrollment_events_enrollment")
    .on("enrollment_events")
    .columns(["student_id", "course_id", "id"])
    .execute();

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("key", "text", (column) => column.primaryKey())
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

/**
 * courses.enrolled_count and waitlist_count follow every insert, status change and delete of an enrollment,
 * including the ones a cascade makes, so reads never count rows and no write path can forget to.
 */
export async function createSeatCounterTriggers(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    await sql`create trigger student_courses_count_insert after insert on student_courses begin
        update courses set enrolled_count = enrolled_count + (new.status = 'enrolled'),
          waitlist_count = waitlist_count + (new.status = 'waitlisted') where id = new.course_id;
      end`.execute(db);
    await sql`create trigger student_courses_count_update after update of status on student_courses begin
        update courses set
          enrolled_count = enrolled_count - (old.status = 'enrolled') + (new.status = 'enrolled'),
          waitlist_count = waitlist_count - (old.status = 'waitlisted') + (new.status = 'waitlisted')
        where id = new.course_id;
      end`.execute(db);
    await sql`create trigger student_courses_count_delete after delete on student_courses begin
        update courses set enrolled_count = enrolled_count - (old.status = 'enrolled'),
          waitlist_count = waitlist_count - (old.status = 'waitlisted') where id = old.course_id;
      end`.execute(db);
    return;
  }
  await sql`create function student_courses_count() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        update courses set enrolled_count = enrolled_count - (old.status = 'enrolled')::int,
          waitlist_count = waitlist_count - (old.status = 'waitlisted')::int where id = old.course_id;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        update courses set enrolled_count = enrolled_count + (new.status = 'enrolled')::int,
          waitlist_count = waitlist_count + (new.status = 'waitlisted')::int where id = new.course_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger student_courses_count after insert or delete or update of status
    on student_courses for each row execute function student_courses_count()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
  await db.schema.dropTable("enrollment_events").execute();
  if (isSqlite(db)) {
    for (const trigger of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger student_courses_count_${trigger}`).execute(db);
    }
  } else {
    await sql`drop trigger student_courses_count on student_courses`.execute(db);
    await sql`drop function student_courses_count()`.execute(db);
  }
  await db.schema.alterTable("courses").dropColumn("waitlist_count").execute();
  await db.schema.alterTable("courses").dropColumn("enrolled_count").execute();
  await db.schema.alterTable("student_courses").dropColumn("grade").execute();
}

import { sql, type Kysely } from "kysely";
import { isSqlite } from "../dialect.ts";

/**
 * On PostgreSQL, a statement that changes a course's seats (its counters, its capacity, its term; a course
 * added or removed) notifies the channel the live seat streams listen on (src/seats). NOTIFY is delivered at
 * commit and identical notifications of one transaction are folded into one, so an import of thousands of
 * enrollments signals once, and a rolled-back transaction not at all. The payload is empty on purpose: a
 * listener re-reads the counts of the terms it serves, which also covers notifications it missed while its
 * connection was down. Statement triggers with a column list cannot see transition tables, and need not.
 * SQLite has no NOTIFY: its listeners watch the file's data_version instead (src/db/change-signal.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) return;
  await sql`create function courses_seats_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('registrar_seats', '');
        return null;
      end $$`.execute(db);
  await sql`create trigger courses_seats_notify_update
      after update of capacity, enrolled_count, waitlist_count, term_id on courses
      for each statement execute function courses_seats_notify()`.execute(db);
  await sql`create trigger courses_seats_notify_insert_delete after insert or delete on courses
      for each statement execute function courses_seats_notify()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) return;
  await sql`drop trigger courses_seats_notify_insert_delete on courses`.execute(db);
  await sql`drop trigger courses_seats_notify_update on courses`.execute(db);
  await sql`drop function courses_seats_notify()`.execute(db);
}

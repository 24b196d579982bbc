import { sql, type Kysely } from "kysely";
import { isSqlite } from "../dialect.ts";

/**
 * On PostgreSQL the seat counters are kept once per statement instead of once per row. A row trigger updated a
 * course's row for every enrollment written to it, and PostgreSQL keeps every version of a row updated again
 * and again in one transaction: 100,000 enrollments into 200 courses took 8.7 s in one INSERT, against 0.3 s
 * with a statement trigger that adds each course's change once (transition tables). A bulk import or seed
 * writes thousands of rows per statement. SQLite updates rows in place and has no statement triggers: its row
 * triggers stay. Nothing but the triggers changes; the counters stay as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) return;
  await sql`drop trigger student_courses_count on student_courses`.execute(db);
  await sql`drop function student_courses_count()`.execute(db);
  // Each course gets the net change of the statement's rows: +1 for a row that arrives with a status, -1 for
  // one that leaves it.
  for (const [event, body] of Object.entries(statementBodies)) {
    await sql
      .raw(
        `create function student_courses_count_${event}() returns trigger language plpgsql as $$
          begin
            update courses set enrolled_count = enrolled_count + change.enrolled,
              waitlist_count = waitlist_count + change.waitlisted
            from (select course_id, sum(enrolled)::int as enrolled, sum(waitlisted)::int as waitlisted
                  from (${body}) as row_changes group by course_id) as change
            where courses.id = change.course_id and (change.enrolled <> 0 or change.waitlisted <> 0);
            return null;
          end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger student_courses_count_${event} after ${event} on student_courses
          referencing ${transitionTables[event]} for each statement
          execute function student_courses_count_${event}()`,
      )
      .execute(db);
  }
}

const arriving = `select course_id, (status = 'enrolled')::int as enrolled, (status = 'waitlisted')::int as waitlisted
  from new_rows`;
const leaving = `select course_id, -(status = 'enrolled')::int as enrolled, -(status = 'waitlisted')::int as waitlisted
  from old_rows`;

const statementBodies: Record<string, string> = {
  insert: arriving,
  delete: leaving,
  update: `${arriving} union all ${leaving}`,
};

// PostgreSQL allows no column list (UPDATE OF status) on a trigger with transition tables: an update that keeps
// the status nets to zero and changes no course.
const transitionTables: Record<string, string> = {
  insert: "new table as new_rows",
  delete: "old table as old_rows",
  update: "old table as old_rows new table as new_rows",
};

/** Back to the row trigger of 2026-11-22T0200_enrollment_lifecycle. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) return;
  for (const event of Object.keys(statementBodies)) {
    await sql.raw(`drop trigger student_courses_count_${event} on student_courses`).execute(db);
    await sql.raw(`drop function student_courses_count_${event}()`).execute(db);
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

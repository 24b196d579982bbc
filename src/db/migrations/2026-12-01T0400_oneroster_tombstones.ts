import { sql, type Kysely } from "kysely";
import { columnTypes, isSqlite } from "../dialect.ts";

/**
 * Tombstones for the OneRoster provider's delta sync: a row per record that left (deleted, or renamed by a new
 * sourced_id), written by triggers in the transaction of the change whatever made it (the API, an import, a
 * cascade), so that no path can forget one. A tombstone keeps the raw keys (ids and the sourced_id the record
 * had); the provider derives the OneRoster sourcedIds from them with the same mapping as live records. Only
 * the latest tombstone per record and sourcedId is kept (each trigger replaces an older one of the same).
 *
 * kind: student | instructor | course | term | catalog (record_id and record_sourced_id are the record's),
 * placeholder (the OneRoster course of a course without a catalog entry: record_id is the course),
 * student-enrollment / teacher-enrollment (record_id is the student or instructor, course_id the course).
 */
const records = [
  { table: "students", kind: "student" },
  { table: "instructors", kind: "instructor" },
  { table: "courses", kind: "course" },
  { table: "terms", kind: "term" },
  { table: "catalog", kind: "catalog" },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable("oneroster_tombstones")
    .addColumn("id", "integer", types.id)
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("record_id", "integer", (column) => column.notNull())
    .addColumn("record_sourced_id", "text")
    .addColumn("course_id", "integer")
    .addColumn("deleted_at", types.timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("oneroster_tombstones_key")
    .on("oneroster_tombstones")
    .columns(["kind", "record_id", "course_id"])
    .execute();
  await db.schema
    .createIndex("oneroster_tombstones_deleted_at")
    .on("oneroster_tombstones")
    .column("deleted_at")
    .execute();
  if (isSqlite(db)) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

const SQLITE_NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

function sqliteTombstone(kind: string, recordId: string, sourcedId: string, courseId: string): string {
  const sameCourse = courseId === "null" ? "course_id is null" : `course_id = ${courseId}`;
  return `delete from oneroster_tombstones where kind = '${kind}' and record_id = ${recordId} and ${sameCourse}
      and record_sourced_id is ${sourcedId};
    insert into oneroster_tombstones (kind, record_id, record_sourced_id, course_id, deleted_at)
    values ('${kind}', ${recordId}, ${sourcedId}, ${courseId}, ${SQLITE_NOW});`;
}

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  for (const { table, kind } of records) {
    await sql
      .raw(
        `create trigger oneroster_tombstone_${table} after delete on ${table} begin
          ${sqliteTombstone(kind, "old.id", "old.sourced_id", "null")} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger oneroster_tombstone_${table}_renamed after update of sourced_id on ${table}
          when old.sourced_id is not new.sourced_id begin
          ${sqliteTombstone(kind, "old.id", "old.sourced_id", "null")} end`,
      )
      .execute(db);
  }
  await sql
    .raw(
      `create trigger oneroster_tombstone_placeholder after delete on courses when old.catalog_id is null begin
        ${sqliteTombstone("placeholder", "old.id", "old.sourced_id", "null")} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger oneroster_tombstone_placeholder_replaced after update of catalog_id on courses
        when old.catalog_id is null and new.catalog_id is not null begin
        ${sqliteTombstone("placeholder", "old.id", "old.sourced_id", "null")} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger oneroster_tombstone_student_courses after delete on student_courses
        when old.status <> 'waitlisted' begin
        ${sqliteTombstone("student-enrollment", "old.student_id", "null", "old.course_id")} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger oneroster_tombstone_course_instructors after delete on course_instructors begin
        ${sqliteTombstone("teacher-enrollment", "old.instructor_id", "null", "old.course_id")} end`,
    )
    .execute(db);
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  // One function for every table: TG_ARGV[0] is the kind; plpgsql reads old.<column> only in the branch that
  // runs, so each table's branch may name its own columns.
  await sql
    .raw(
      `create function oneroster_tombstone() returns trigger language plpgsql as $$
      declare
        tomb_kind text := TG_ARGV[0];
        tomb_record integer;
        tomb_sourced text;
        tomb_course integer;
      begin
        if tomb_kind = 'student-enrollment' then
          if old.status = 'waitlisted' then return null; end if;
          tomb_record := old.student_id; tomb_course := old.course_id;
        elsif tomb_kind = 'teacher-enrollment' then
          tomb_record := old.instructor_id; tomb_course := old.course_id;
        else
          tomb_record := old.id; tomb_sourced := old.sourced_id;
        end if;
        delete from oneroster_tombstones
          where kind = tomb_kind and record_id = tomb_record and course_id is not distinct from tomb_course
            and record_sourced_id is not distinct from tomb_sourced;
        insert into oneroster_tombstones (kind, record_id, record_sourced_id, course_id, deleted_at)
          values (tomb_kind, tomb_record, tomb_sourced, tomb_course, clock_timestamp());
        return null;
      end $$`,
    )
    .execute(db);
  for (const { table, kind } of records) {
    await sql
      .raw(
        `create trigger oneroster_tombstone_${table} after delete on ${table}
          for each row execute function oneroster_tombstone('${kind}')`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger oneroster_tombstone_${table}_renamed after update of sourced_id on ${table}
          for each row when (old.sourced_id is distinct from new.sourced_id)
          execute function oneroster_tombstone('${kind}')`,
      )
      .execute(db);
  }
  await sql
    .raw(
      `create trigger oneroster_tombstone_placeholder after delete on courses
        for each row when (old.catalog_id is null) execute function oneroster_tombstone('placeholder')`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger oneroster_tombstone_placeholder_replaced after update of catalog_id on courses
        for each row when (old.catalog_id is null and new.catalog_id is not null)
        execute function oneroster_tombstone('placeholder')`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger oneroster_tombstone_student_courses after delete on student_courses
        for each row execute function oneroster_tombstone('student-enrollment')`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger oneroster_tombstone_course_instructors after delete on course_instructors
        for each row execute function oneroster_tombstone('teacher-enrollment')`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const triggers = [
    ...records.flatMap(({ table }) => [
      [`oneroster_tombstone_${table}`, table],
      [`oneroster_tombstone_${table}_renamed`, table],
    ]),
    ["oneroster_tombstone_placeholder", "courses"],
    ["oneroster_tombstone_placeholder_replaced", "courses"],
    ["oneroster_tombstone_student_courses", "student_courses"],
    ["oneroster_tombstone_course_instructors", "course_instructors"],
  ];
  for (const [trigger, table] of triggers) {
    await sql
      .raw(isSqlite(db) ? `drop trigger ${trigger}` : `drop trigger ${trigger} on ${table}`)
      .execute(db);
  }
  if (!isSqlite(db)) await sql`drop function oneroster_tombstone()`.execute(db);
  await db.schema.dropTable("oneroster_tombstones").execute();
}

import { sql, type Kysely } from "kysely";
import { columnTypes, isSqlite } from "../dialect.ts";

/**
 * The role student, bound to one student: a token may carry student_id (required for role student, forbidden
 * for the others), and a session may carry its principal itself (role, name, student_id) instead of a token,
 * for sign-ins that have no token (OpenID Connect). Every existing token and session keeps its row and values.
 *
 * SQLite cannot change a CHECK constraint, so there both tables are rebuilt; sessions is set aside first,
 * because dropping api_tokens while sessions refers to it would cascade and end every session.
 */
const roleCheck = (roles: string) => sql.raw(`role in (${roles})`);
const STAFF_ROLES = "'admin', 'registrar', 'viewer'";
const ALL_ROLES = `${STAFF_ROLES}, 'student'`;

/** A student token names its student; no other token does. */
const tokenStudentCheck = sql`(role = 'student') = (student_id is not null)`;

/**
 * A session with a token takes everything from it; one without a token is either the ADMIN_TOKEN's (nothing
 * set) or carries its principal: a student (by student_id) or a staff member (by name).
 */
const sessionPrincipalCheck = sql`(token_id is not null and role is null and name is null and student_id is null)
  or (token_id is null and role is null and name is null and student_id is null)
  or (token_id is null and role = 'student' and student_id is not null and name is null)
  or (token_id is null and role in ('admin', 'registrar', 'viewer') and name is not null and student_id is null)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    await setSessionsAside(db);
    await rebuildTokens(db, true);
    await createSessions(db, true);
    await sql`insert into sessions (id_hash, token_id, created_at, expires_at)
      select id_hash, token_id, created_at, expires_at from sessions_aside`.execute(db);
    await db.schema.dropTable("sessions_aside").execute();
    return;
  }
  await db.schema
    .alterTable("api_tokens")
    .addColumn("student_id", "integer", (column) => column.references("students.id").onDelete("cascade"))
    .execute();
  await sql`alter table api_tokens drop constraint api_tokens_role_check`.execute(db);
  await sql`alter table api_tokens add constraint api_tokens_role_check check (${roleCheck(ALL_ROLES)})`.execute(
    db,
  );
  await sql`alter table api_tokens add constraint api_tokens_student_check check (${tokenStudentCheck})`.execute(
    db,
  );
  await db.schema.alterTable("sessions").addColumn("role", "text").execute();
  await db.schema.alterTable("sessions").addColumn("name", "text").execute();
  await db.schema
    .alterTable("sessions")
    .addColumn("student_id", "integer", (column) => column.references("students.id").onDelete("cascade"))
    .execute();
  await sql`alter table sessions add constraint sessions_principal_check check (${sessionPrincipalCheck})`.execute(
    db,
  );
  await createIndexes(db);
}

/**
 * Student tokens and token-less sessions go: the older schema has no way to say whom they belong to, and
 * keeping them would hand a student's token a staff role (or a session nobody).
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from sessions where token_id is null and role is not null`.execute(db);
  await sql`delete from api_tokens where role = 'student'`.execute(db);
  if (isSqlite(db)) {
    await setSessionsAside(db);
    await rebuildTokens(db, false);
    await createSessions(db, false);
    await sql`insert into sessions (id_hash, token_id, created_at, expires_at)
      select id_hash, token_id, created_at, expires_at from sessions_aside`.execute(db);
    await db.schema.dropTable("sessions_aside").execute();
    return;
  }
  await db.schema.dropIndex("sessions_student_id").execute();
  await db.schema.dropIndex("api_tokens_student_id").execute();
  await sql`alter table sessions drop constraint sessions_principal_check`.execute(db);
  await db.schema.alterTable("sessions").dropColumn("student_id").execute();
  await db.schema.alterTable("sessions").dropColumn("name").execute();
  await db.schema.alterTable("sessions").dropColumn("role").execute();
  await sql`alter table api_tokens drop constraint api_tokens_student_check`.execute(db);
  await sql`alter table api_tokens drop constraint api_tokens_role_check`.execute(db);
  await sql`alter table api_tokens add constraint api_tokens_role_check check (${roleCheck(STAFF_ROLES)})`.execute(
    db,
  );
  await db.schema.alterTable("api_tokens").dropColumn("student_id").execute();
}

async function setSessionsAside(db: Kysely<unknown>): Promise<void> {
  await sql`create table sessions_aside as select id_hash, token_id, created_at, expires_at from sessions`.execute(
    db,
  );
  await db.schema.dropTable("sessions").execute();
}

/** SQLite: api_tokens again, with (or without) student_id and the constraints that go with it; ids are kept. */
async function rebuildTokens(db: Kysely<unknown>, withStudents: boolean): Promise<void> {
  const types = columnTypes(db);
  let table = db.schema
    .createTable("api_tokens_rebuilt")
    .addColumn("id", "integer", types.id)
    .addColumn("name", "text", (column) => column.notNull().unique())
    .addColumn("role", "text", (column) => column.notNull())
    .addColumn("token_hash", "text", (column) => column.notNull().unique())
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("revoked_at", types.timestamp)
    .addCheckConstraint("api_tokens_role_check", roleCheck(withStudents ? ALL_ROLES : STAFF_ROLES));
  if (withStudents) {
    table = table
      .addColumn("student_id", "integer", (column) => column.references("students.id").onDelete("cascade"))
      .addCheckConstraint("api_tokens_student_check", tokenStudentCheck);
  }
  await table.execute();
  await sql`insert into api_tokens_rebuilt (id, name, role, token_hash, created_at, revoked_at)
    select id, name, role, token_hash, created_at, revoked_at from api_tokens`.execute(db);
  await db.schema.dropTable("api_tokens").execute();
  await db.schema.alterTable("api_tokens_rebuilt").renameTo("api_tokens").execute();
}

/** SQLite: sessions as the first migration made it, plus (or not) the principal of a token-less session. */
async function createSessions(db: Kysely<unknown>, withPrincipal: boolean): Promise<void> {
  const types = columnTypes(db);
  let table = db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (column) => column.primaryKey())
    .addColumn("token_id", "integer", (column) => column.references("api_tokens.id").onDelete("cascade"))
    .addColumn("created_at", types.timestamp, (column) => column.notNull())
    .addColumn("expires_at", types.timestamp, (column) => column.notNull());
  if (withPrincipal) {
    table = table
      .addColumn("role", "text")
      .addColumn("name", "text")
      .addColumn("student_id", "integer", (column) => column.references("students.id").onDelete("cascade"))
      .addCheckConstraint("sessions_principal_check", sessionPrincipalCheck);
  }
  await table.execute();
  await db.schema.createIndex("sessions_token_id").on("sessions").column("token_id").execute();
  await db.schema.createIndex("sessions_expires_at").on("sessions").column("expires_at").execute();
  if (withPrincipal) await createIndexes(db);
}

/** Deleting a student looks up its tokens and sessions (the cascades), so both are indexed. */
async function createIndexes(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("api_tokens_student_id").on("api_tokens").column("student_id").execute();
  await db.schema.createIndex("sessions_student_id").on("sessions").column("student_id").execute();
}

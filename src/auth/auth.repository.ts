import { reusableQuery } from "../db/reusable-query.ts";
import type { Insertable } from "kysely";
import type { Db, Role, SessionTable } from "../db/database.ts";

export interface NewToken {
  name: string;
  role: Role;
  student_id: number | null;
  token_hash: string;
  created_at: string;
}

export async function insertToken(db: Db, token: NewToken): Promise<void> {
  await db.insertInto("api_tokens").values(token).execute();
}

export const listTokens = (db: Db) =>
  db
    .selectFrom("api_tokens")
    .select(["name", "role", "student_id", "created_at", "revoked_at"])
    .orderBy("name")
    .execute();

export const findToken = (db: Db, name: string) =>
  db
    .selectFrom("api_tokens")
    .select(["id", "name", "role", "student_id", "created_at", "revoked_at"])
    .where("name", "=", name)
    .executeTakeFirst();

const activeTokenByHash = reusableQuery(
  (db: Db, token_hash: string) =>
    db
      .selectFrom("api_tokens")
      .select(["id", "name", "role", "student_id"])
      .where("token_hash", "=", token_hash)
      .where("revoked_at", "is", null),
  () => "",
  (token_hash) => [token_hash],
);

/** The caller behind a token: one lookup through the unique index on token_hash (on every request). */
export const findActiveToken = async (db: Db, token_hash: string) =>
  (await activeTokenByHash(db, token_hash))[0];

export async function hasActiveToken(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("api_tokens")
    .select("id")
    .where("revoked_at", "is", null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Revokes a token and ends its sessions (a session's lookup also checks the token, this just tidies up). */
export async function revokeToken(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable("api_tokens").set({ revoked_at: now }).where("id", "=", id).execute();
  await db.deleteFrom("sessions").where("token_id", "=", id).execute();
}

export async function insertSession(db: Db, session: Insertable<SessionTable>): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/**
 * The caller behind a session cookie: one lookup by primary key, joined to its token so that a revoked token's
 * sessions stop at once, and to the student of a token-less student session for the email it is named by.
 * token_id and role are both null for a session opened with the ADMIN_TOKEN.
 */
export const findLiveSession = (db: Db, id_hash: string, now: string) =>
  db
    .selectFrom("sessions")
    .leftJoin("api_tokens", "api_tokens.id", "sessions.token_id")
    .leftJoin("students", "students.id", "sessions.student_id")
    .select([
      "sessions.token_id",
      "api_tokens.name as token_name",
      "api_tokens.role as token_role",
      "api_tokens.student_id as token_student_id",
      "api_tokens.revoked_at",
      "sessions.role",
      "sessions.name",
      "sessions.student_id",
      "students.email as student_email",
    ])
    .where("sessions.id_hash", "=", id_hash)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();

export async function deleteSession(db: Db, id_hash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", id_hash).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
}

export async function deleteAdminTokenSessions(db: Db): Promise<void> {
  await db.deleteFrom("sessions").where("token_id", "is", null).where("role", "is", null).execute();
}

export const findStudentEmail = async (db: Db, id: number) =>
  (await db.selectFrom("students").select("email").where("id", "=", id).executeTakeFirst())?.email;

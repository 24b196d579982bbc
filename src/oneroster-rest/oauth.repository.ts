import type { Db } from "../db/database.ts";

const listed = ["client_id", "name", "scopes", "created_at", "revoked_at"] as const;

export async function insertClient(
  db: Db,
  client: { client_id: string; name: string; secret_hash: string; scopes: string; created_at: string },
): Promise<void> {
  await db.insertInto("oauth_clients").values(client).execute();
}

export const listClients = (db: Db) =>
  db.selectFrom("oauth_clients").select(listed).orderBy("name").execute();

export const findClient = (db: Db, client_id: string) =>
  db
    .selectFrom("oauth_clients")
    .select(["id", "secret_hash", ...listed])
    .where("client_id", "=", client_id)
    .executeTakeFirst();

export async function revokeClient(db: Db, id: number, revoked_at: string): Promise<void> {
  await db.updateTable("oauth_clients").set({ revoked_at }).where("id", "=", id).execute();
  await db.deleteFrom("oauth_tokens").where("client_row_id", "=", id).execute();
}

export async function insertToken(
  db: Db,
  token: { token_hash: string; client_row_id: number; scopes: string; expires_at: string },
): Promise<void> {
  await db.insertInto("oauth_tokens").values(token).execute();
}

/** Expired tokens are of no use to anyone: each issue sweeps them, so the table holds live tokens only. */
export async function deleteExpiredTokens(db: Db, now: string): Promise<void> {
  await db.deleteFrom("oauth_tokens").where("expires_at", "<=", now).execute();
}

/** The client and scopes behind a live token of a client that is not revoked: one primary-key lookup. */
export const findLiveToken = (db: Db, token_hash: string, now: string) =>
  db
    .selectFrom("oauth_tokens as t")
    .innerJoin("oauth_clients as c", "c.id", "t.client_row_id")
    .select(["c.client_id", "c.name", "t.scopes"])
    .where("t.token_hash", "=", token_hash)
    .where("t.expires_at", ">", now)
    .where("c.revoked_at", "is", null)
    .executeTakeFirst();

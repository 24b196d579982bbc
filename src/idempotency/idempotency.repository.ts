import type { Db, IdempotencyKeyTable } from "../db/database.ts";
import { isUniqueViolation } from "../db/dialect.ts";

export type StoredKey = IdempotencyKeyTable;
/** A key is only ever the same key for the same token. */
export type KeyOf = Pick<StoredKey, "token_name" | "key">;

/** Stores the key as "in progress"; false when the key is already stored. */
export async function claim(db: Db, key: Omit<StoredKey, "status" | "body">): Promise<boolean> {
  try {
    await db
      .insertInto("idempotency_keys")
      .values({ ...key, status: null, body: null })
      .execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export const find = (db: Db, { token_name, key }: KeyOf) =>
  db
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("token_name", "=", token_name)
    .where("key", "=", key)
    .executeTakeFirst();

export async function complete(db: Db, { token_name, key }: KeyOf, status: number, body: string) {
  await db
    .updateTable("idempotency_keys")
    .set({ status, body })
    .where("token_name", "=", token_name)
    .where("key", "=", key)
    .execute();
}

export async function release(db: Db, { token_name, key }: KeyOf): Promise<void> {
  await db
    .deleteFrom("idempotency_keys")
    .where("token_name", "=", token_name)
    .where("key", "=", key)
    .execute();
}

export async function deleteOlderThan(db: Db, cutoff: string): Promise<void> {
  await db.deleteFrom("idempotency_keys").where("created_at", "<", cutoff).execute();
}

/** Takes over a key whose first request never finished (its process died), if it is still that old. */
export async function takeOver(
  db: Db,
  { token_name, key }: KeyOf,
  staleBefore: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("idempotency_keys")
    .set({ created_at: now })
    .where("token_name", "=", token_name)
    .where("key", "=", key)
    .where("status", "is", null)
    .where("created_at", "<", staleBefore)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

import type { Insertable, Updateable } from "kysely";
import type { Db, TermTable } from "../db/database.ts";
import { containsIgnoringCase, forKeyShare, forUpdate } from "../db/dialect.ts";
import { keysetPage, type PageRequest } from "../db/keyset.ts";

export const findById = (db: Db, id: number) =>
  db.selectFrom("terms").selectAll().where("id", "=", id).executeTakeFirst();

/** The term, locked until the transaction ends (before changing or deleting it). */
export const findForUpdate = (db: Db, id: number) =>
  forUpdate(db, db.selectFrom("terms").selectAll().where("id", "=", id)).executeTakeFirst();

/** Whether the term exists; kept from deletion until the transaction ends. */
export const findForKeyShare = (db: Db, id: number) =>
  forKeyShare(db, db.selectFrom("terms").select("id").where("id", "=", id)).executeTakeFirst();

export const insert = (db: Db, values: Insertable<TermTable>) =>
  db.insertInto("terms").values(values).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, changes: Updateable<TermTable>) =>
  db.updateTable("terms").set(changes).where("id", "=", id).returningAll().executeTakeFirstOrThrow();

export async function remove(db: Db, id: number): Promise<void> {
  await db.deleteFrom("terms").where("id", "=", id).execute();
}

export async function countCourses(db: Db, term_id: number): Promise<number> {
  const { count } = await db
    .selectFrom("courses")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("term_id", "=", term_id)
    .executeTakeFirstOrThrow();
  return Number(count);
}

export function list(db: Db, request: PageRequest & { q?: string | undefined }) {
  let query = db.selectFrom("terms").selectAll();
  const { q } = request;
  if (q)
    query = query.where((eb) => eb.or([containsIgnoringCase("code", q), containsIgnoringCase("name", q)]));
  return keysetPage("terms", query, request);
}

import type { Insertable, Updateable } from "kysely";
import type { CourseTable, Db } from "../db/database.ts";
import { containsIgnoringCase, forUpdate } from "../db/dialect.ts";
import { keysetPage, type PageRequest } from "../db/keyset.ts";
import { reusableQuery } from "../db/reusable-query.ts";

const byId = reusableQuery(
  (db: Db, id: number) => db.selectFrom("courses").selectAll().where("id", "=", id),
  () => "",
  (id) => [id],
);

export const findById = async (db: Db, id: number) => (await byId(db, id))[0];

const byIdForUpdate = reusableQuery(
  (db: Db, id: number) => forUpdate(db, db.selectFrom("courses").selectAll().where("id", "=", id)),
  () => "",
  (id) => [id],
);

/** The course, locked until the transaction ends: every seat decision for a course queues on this lock. */
export const findForUpdate = async (db: Db, id: number) => (await byIdForUpdate(db, id))[0];

export const insert = (db: Db, values: Insertable<CourseTable>) =>
  db.insertInto("courses").values(values).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, changes: Updateable<CourseTable>) =>
  db.updateTable("courses").set(changes).where("id", "=", id).returningAll().executeTakeFirst();

export async function remove(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("courses").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function list(db: Db, request: PageRequest & { q?: string | undefined }) {
  let query = db.selectFrom("courses").selectAll();
  const { q } = request;
  if (q) {
    query = query.where((eb) => eb.or([containsIgnoringCase("code", q), containsIgnoringCase("title", q)]));
  }
  return keysetPage("courses", query, request);
}

import type { Insertable, Updateable } from "kysely";
import type { Db, StudentTable } from "../db/database.ts";
import { containsIgnoringCase, forNoKeyUpdate, forUpdate } from "../db/dialect.ts";
import { keysetPage, type PageRequest } from "../db/keyset.ts";
import { reusableQuery } from "../db/reusable-query.ts";

const byId = reusableQuery(
  (db: Db, id: number) => db.selectFrom("students").selectAll().where("id", "=", id),
  () => "",
  (id) => [id],
);

export const findById = async (db: Db, id: number) => (await byId(db, id))[0];

const byIdForRegistration = reusableQuery(
  (db: Db, id: number) =>
    forNoKeyUpdate(db, db.selectFrom("students").select(["id", "max_credits"]).where("id", "=", id)),
  () => "",
  (id) => [id],
);

/**
 * The student's credit limit, with the student locked until the transaction ends: every decision about the
 * student's schedule (an enrollment, a drop, a hold) takes this lock first, so two of them take turns.
 */
export const findForRegistration = async (db: Db, id: number) => (await byIdForRegistration(db, id))[0];

/** The student, locked until the transaction ends (before deleting it). */
export const findForUpdate = (db: Db, id: number) =>
  forUpdate(db, db.selectFrom("students").selectAll().where("id", "=", id)).executeTakeFirst();

export const insert = (db: Db, values: Insertable<StudentTable>) =>
  db.insertInto("students").values(values).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, changes: Updateable<StudentTable>) =>
  db.updateTable("students").set(changes).where("id", "=", id).returningAll().executeTakeFirst();

export async function remove(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("students").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function list(db: Db, request: PageRequest & { q?: string | undefined }) {
  let query = db.selectFrom("students").selectAll();
  const { q } = request;
  if (q) {
    query = query.where((eb) =>
      eb.or([
        containsIgnoringCase("first_name", q),
        containsIgnoringCase("last_name", q),
        containsIgnoringCase("email", q),
      ]),
    );
  }
  return keysetPage("students", query, request);
}

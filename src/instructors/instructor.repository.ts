import type { Insertable, Updateable } from "kysely";
import type { Db, InstructorTable } from "../db/database.ts";
import { containsIgnoringCase, forKeyShare } from "../db/dialect.ts";
import { keysetPage, type PageRequest } from "../db/keyset.ts";

export const findById = (db: Db, id: number) =>
  db.selectFrom("instructors").selectAll().where("id", "=", id).executeTakeFirst();

export const insert = (db: Db, values: Insertable<InstructorTable>) =>
  db.insertInto("instructors").values(values).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, changes: Updateable<InstructorTable>) =>
  db.updateTable("instructors").set(changes).where("id", "=", id).returningAll().executeTakeFirst();

/**
 * Deletes the instructor; their course assignments go with them (a cascade), and the courses they taught count
 * as changed (updated_at), since their instructor_ids did. False when there was no such instructor.
 */
export async function remove(db: Db, id: number, now: string): Promise<boolean> {
  await db
    .updateTable("courses")
    .set({ updated_at: now })
    .where("id", "in", (eb) =>
      eb.selectFrom("course_instructors").select("course_id").where("instructor_id", "=", id),
    )
    .execute();
  const result = await db.deleteFrom("instructors").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The ids among `ids` that are instructors, kept from deletion until the transaction ends. */
export async function existingForKeyShare(db: Db, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const query = db.selectFrom("instructors").select("id").where("id", "in", ids).orderBy("id");
  const rows = await forKeyShare(db, query).execute();
  return new Set(rows.map((row) => row.id));
}

/** A page of instructors; q searches the names, and the email too unless `byName` (a student's search). */
export function list(db: Db, request: PageRequest & { q?: string | undefined }, byName = false) {
  let query = db.selectFrom("instructors").selectAll();
  const { q } = request;
  if (q) {
    const fields = byName ? ["first_name", "last_name"] : ["first_name", "last_name", "email"];
    query = query.where((eb) => eb.or(fields.map((field) => containsIgnoringCase(field, q))));
  }
  return keysetPage("instructors", query, request);
}

import type { Db } from "../db/database.ts";
import type { Rule } from "./judge.ts";
import type { Hold, Override } from "./registration.schema.ts";

type OverrideRow = Omit<Override, "rules"> & { rules: string };

const toOverride = (row: OverrideRow): Override => ({
  ...row,
  rules: JSON.parse(row.rules) as Override["rules"],
});

export const insertHold = (db: Db, values: Omit<Hold, "id" | "released_at" | "released_by">) =>
  db.insertInto("holds").values(values).returningAll().executeTakeFirstOrThrow();

export const holdsOf = (db: Db, student_id: number) =>
  db.selectFrom("holds").selectAll().where("student_id", "=", student_id).orderBy("id").execute();

export const findHold = (db: Db, student_id: number, id: number) =>
  db
    .selectFrom("holds")
    .selectAll()
    .where("student_id", "=", student_id)
    .where("id", "=", id)
    .executeTakeFirst();

export async function releaseHold(
  db: Db,
  id: number,
  released_by: string,
  released_at: string,
): Promise<void> {
  await db.updateTable("holds").set({ released_at, released_by }).where("id", "=", id).execute();
}

/** The reasons of the student's holds that are in force, oldest first. */
export async function activeHoldReasons(db: Db, student_id: number): Promise<string[]> {
  const rows = await db
    .selectFrom("holds")
    .select("reason")
    .where("student_id", "=", student_id)
    .where("released_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map((row) => row.reason);
}

/** The reasons of the active holds of many students at once, by student id (students without any are missing). */
export async function activeHoldsOf(db: Db, student_ids: number[]): Promise<Map<number, string[]>> {
  const holds = new Map<number, string[]>();
  for (let start = 0; start < student_ids.length; start += 5_000) {
    const rows = await db
      .selectFrom("holds")
      .select(["student_id", "reason"])
      .where("student_id", "in", student_ids.slice(start, start + 5_000))
      .where("released_at", "is", null)
      .orderBy("id")
      .execute();
    for (const { student_id, reason } of rows)
      holds.set(student_id, [...(holds.get(student_id) ?? []), reason]);
  }
  return holds;
}

export async function insertOverride(
  db: Db,
  values: Omit<Override, "id" | "revoked_at" | "revoked_by">,
): Promise<Override> {
  const row = await db
    .insertInto("overrides")
    .values({ ...values, rules: JSON.stringify(values.rules) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOverride(row);
}

export async function overridesOf(db: Db, student_id: number): Promise<Override[]> {
  const rows = await db
    .selectFrom("overrides")
    .selectAll()
    .where("student_id", "=", student_id)
    .orderBy("id")
    .execute();
  return rows.map(toOverride);
}

export async function findOverride(db: Db, student_id: number, id: number): Promise<Override | undefined> {
  const row = await db
    .selectFrom("overrides")
    .selectAll()
    .where("student_id", "=", student_id)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toOverride(row);
}

export async function revokeOverride(
  db: Db,
  id: number,
  revoked_by: string,
  revoked_at: string,
): Promise<void> {
  await db.updateTable("overrides").set({ revoked_at, revoked_by }).where("id", "=", id).execute();
}

/** The overrides in force for the student's enrollment in the course, oldest first. */
export async function activeOverrides(db: Db, student_id: number, course_id: number): Promise<Override[]> {
  const rows = await db
    .selectFrom("overrides")
    .selectAll()
    .where("student_id", "=", student_id)
    .where("course_id", "=", course_id)
    .where("revoked_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map(toOverride);
}

/** Every rule the given overrides let through. */
export const overriddenRules = (overrides: Override[]): Set<Rule> =>
  new Set(overrides.flatMap((override) => override.rules));

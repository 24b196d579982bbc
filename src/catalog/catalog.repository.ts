import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import type { CatalogPrerequisiteTable, CatalogTable, Db } from "../db/database.ts";
import { containsIgnoringCase, forKeyShare, forUpdate } from "../db/dialect.ts";
import { keysetPage, type PageRequest, type PageResult } from "../db/keyset.ts";
import type { CatalogEntry, PrerequisiteItem } from "./catalog.schema.ts";

type CatalogRow = Selectable<CatalogTable>;

/** A prerequisite item as the caller gives it, before it has rows. */
export interface Requirement {
  required_id: number;
  min_grade: string | null;
  concurrent: boolean;
}

/** Builds each entry's prerequisite groups from its item rows (read in catalog, group and position order). */
async function withPrerequisites(db: Db, rows: CatalogRow[]): Promise<CatalogEntry[]> {
  if (rows.length === 0) return [];
  const items = await db
    .selectFrom("catalog_prerequisites")
    .selectAll()
    .where(
      "catalog_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("catalog_id")
    .orderBy("group_number")
    .orderBy("position")
    .execute();
  const groupsOf = new Map<number, PrerequisiteItem[][]>();
  for (const item of items) {
    const groups = groupsOf.get(item.catalog_id) ?? [];
    groupsOf.set(item.catalog_id, groups);
    const group = (groups[item.group_number] ??= []);
    group.push({
      catalog_id: item.required_id,
      ...(item.min_grade !== null && { min_grade: item.min_grade }),
      ...(item.concurrent === 1 && { concurrent: true as const }),
    });
  }
  return rows.map((row) => ({ ...row, prerequisites: groupsOf.get(row.id) ?? [] }));
}

export async function findById(db: Db, id: number): Promise<CatalogEntry | undefined> {
  const row = await db.selectFrom("catalog").selectAll().where("id", "=", id).executeTakeFirst();
  return row && (await withPrerequisites(db, [row]))[0];
}

/** The entry's row, locked until the transaction ends (before changing or deleting it). */
export const findForUpdate = (db: Db, id: number) =>
  forUpdate(db, db.selectFrom("catalog").selectAll().where("id", "=", id)).executeTakeFirst();

/** Whether the entry exists; kept from deletion until the transaction ends. */
export const findForKeyShare = (db: Db, id: number) =>
  forKeyShare(db, db.selectFrom("catalog").select("id").where("id", "=", id)).executeTakeFirst();

export const insert = (db: Db, values: Insertable<CatalogTable>) =>
  db.insertInto("catalog").values(values).returning("id").executeTakeFirstOrThrow();

export async function update(db: Db, id: number, changes: Updateable<CatalogTable>): Promise<void> {
  await db.updateTable("catalog").set(changes).where("id", "=", id).execute();
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.deleteFrom("catalog").where("id", "=", id).execute();
}

/** Replaces the entry's prerequisites: group i, item j of the list becomes the row (i, j). */
export async function replacePrerequisites(
  db: Db,
  catalog_id: number,
  groups: Requirement[][],
): Promise<void> {
  await db.deleteFrom("catalog_prerequisites").where("catalog_id", "=", catalog_id).execute();
  const rows: Insertable<CatalogPrerequisiteTable>[] = groups.flatMap((group, group_number) =>
    group.map(({ required_id, min_grade, concurrent }, position) => ({
      catalog_id,
      group_number,
      position,
      required_id,
      min_grade,
      concurrent: concurrent ? 1 : 0,
    })),
  );
  if (rows.length > 0) await db.insertInto("catalog_prerequisites").values(rows).execute();
}

/** The entries among `ids` that exist, with their codes. */
export async function codesOf(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("catalog").select(["id", "code"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row.code]));
}

/** Every entry that the given ones require, directly or through others. */
export async function requiredThrough(db: Db, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`with recursive reach(id) as (
      select required_id from catalog_prerequisites where catalog_id in (${sql.join(ids)})
      union
      select p.required_id from catalog_prerequisites as p join reach on p.catalog_id = reach.id
    ) select id from reach`.execute(db);
  return new Set(rows.map((row) => row.id));
}

/** The requirement edges (entry → entry it requires) that leave the given entries. */
export async function edgesFrom(
  db: Db,
  ids: number[],
): Promise<{ catalog_id: number; required_id: number }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("catalog_prerequisites")
    .select(["catalog_id", "required_id"])
    .where("catalog_id", "in", ids)
    .execute();
}

/** The codes of the entries whose prerequisites name this one. */
export async function codesRequiring(db: Db, id: number): Promise<string[]> {
  const rows = await db
    .selectFrom("catalog_prerequisites as p")
    .innerJoin("catalog as c", "c.id", "p.catalog_id")
    .select("c.code")
    .distinct()
    .where("p.required_id", "=", id)
    .orderBy("c.code")
    .execute();
  return rows.map((row) => row.code);
}

export async function countCourses(db: Db, catalog_id: number): Promise<number> {
  const { count } = await db
    .selectFrom("courses")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("catalog_id", "=", catalog_id)
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function list(
  db: Db,
  request: PageRequest & { q?: string | undefined },
): Promise<PageResult<CatalogEntry>> {
  let query = db.selectFrom("catalog").selectAll();
  const { q } = request;
  if (q)
    query = query.where((eb) => eb.or([containsIgnoringCase("code", q), containsIgnoringCase("title", q)]));
  const page = await keysetPage("catalog", query, request);
  return { ...page, data: await withPrerequisites(db, page.data) };
}

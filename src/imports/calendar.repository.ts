/**
 * The statements an import runs for terms, catalog entries and their prerequisites, and who teaches which
 * course: lookups by sourcedId or code (many keys in one JSON parameter), multi-row inserts and JSON-row updates,
 * as import.repository.ts does for students and courses.
 */
import { sql } from "kysely";
import { insertRows } from "../db/bulk.ts";
import type { Db } from "../db/database.ts";
import { jsonRows } from "../db/bulk.ts";
import { chunks, jsonList } from "./import.repository.ts";

async function inChunks<Key, Row>(keys: Key[], run: (chunk: Key[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const chunk of chunks(keys)) rows.push(...(await run(chunk)));
  return rows;
}

export interface TermValues {
  sourced_id: string;
  code: string;
  name: string;
  starts_on: string;
  ends_on: string;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  add_drop_ends_on: string | null;
  max_credits: number | null;
}

export type ExistingTerm = Omit<TermValues, "sourced_id"> & { id: number; sourced_id: string | null };

const termColumns = [
  ["sourced_id", "text"],
  ["code", "text"],
  ["name", "text"],
  ["starts_on", "date"],
  ["ends_on", "date"],
  ["registration_opens_at", "timestamp"],
  ["registration_closes_at", "timestamp"],
  ["add_drop_ends_on", "date"],
  ["max_credits", "real"],
] as const;
const termSelection = ["id", ...termColumns.map(([name]) => name)] as const;

export const termsBySourcedId = (db: Db, sourcedIds: string[]): Promise<ExistingTerm[]> =>
  inChunks(sourcedIds, (chunk) =>
    db
      .selectFrom("terms")
      .select(termSelection)
      .where("sourced_id", "in", jsonList(db, chunk, "text"))
      .execute(),
  );

/** Terms by code, without regard to case (`codes` are lower case). */
export const termsByCode = (db: Db, codes: string[]): Promise<ExistingTerm[]> =>
  inChunks(codes, (chunk) =>
    db
      .selectFrom("terms")
      .select(termSelection)
      .where(sql<string>`lower(code)`, "in", jsonList(db, chunk, "text"))
      .execute(),
  );

const termRow = (term: TermValues, now: string) => [...termColumns.map(([name]) => term[name]), now, now];

export const insertTerms = (db: Db, terms: TermValues[], now: string) =>
  insertRows<{ id: number; sourced_id: string }>(
    db,
    "terms",
    [...termColumns.map(([name]) => name), "created_at", "updated_at"],
    terms.map((term) => termRow(term, now)),
    ["id", "sourced_id"],
  );

export async function updateTerms(
  db: Db,
  terms: (TermValues & { id: number })[],
  now: string,
): Promise<void> {
  const columns = [["id", "integer"], ...termColumns, ["updated_at", "timestamp"]] as const;
  const set = sql.join(
    [...termColumns.map(([name]) => name), "updated_at"].map(
      (name) => sql`${sql.ref(name)} = j.${sql.ref(name)}`,
    ),
  );
  for (const chunk of chunks(terms)) {
    const rows = chunk.map((term) => [term.id, ...termColumns.map(([name]) => term[name]), now]);
    await sql`update terms set ${set} from (${jsonRows(db, columns, rows)}) as j
      where terms.id = j.id`.execute(db);
  }
}

export interface CatalogValues {
  sourced_id: string;
  code: string;
  title: string;
  credits: number | null;
  description: string | null;
}

export type ExistingCatalogEntry = Omit<CatalogValues, "sourced_id"> & {
  id: number;
  sourced_id: string | null;
};

const catalogColumns = [
  ["sourced_id", "text"],
  ["code", "text"],
  ["title", "text"],
  ["credits", "real"],
  ["description", "text"],
] as const;
const catalogSelection = ["id", ...catalogColumns.map(([name]) => name)] as const;

export const catalogBySourcedId = (db: Db, sourcedIds: string[]): Promise<ExistingCatalogEntry[]> =>
  inChunks(sourcedIds, (chunk) =>
    db
      .selectFrom("catalog")
      .select(catalogSelection)
      .where("sourced_id", "in", jsonList(db, chunk, "text"))
      .execute(),
  );

/** Catalog entries by code, without regard to case (`codes` are lower case). */
export const catalogByCode = (db: Db, codes: string[]): Promise<ExistingCatalogEntry[]> =>
  inChunks(codes, (chunk) =>
    db
      .selectFrom("catalog")
      .select(catalogSelection)
      .where(sql<string>`lower(code)`, "in", jsonList(db, chunk, "text"))
      .execute(),
  );

const catalogRow = (entry: CatalogValues, now: string) => [
  ...catalogColumns.map(([name]) => entry[name]),
  now,
  now,
];

export const insertCatalog = (db: Db, entries: CatalogValues[], now: string) =>
  insertRows<{ id: number; sourced_id: string }>(
    db,
    "catalog",
    [...catalogColumns.map(([name]) => name), "created_at", "updated_at"],
    entries.map((entry) => catalogRow(entry, now)),
    ["id", "sourced_id"],
  );

export async function updateCatalog(
  db: Db,
  entries: (CatalogValues & { id: number })[],
  now: string,
): Promise<void> {
  const columns = [["id", "integer"], ...catalogColumns, ["updated_at", "timestamp"]] as const;
  for (const chunk of chunks(entries)) {
    const rows = chunk.map((entry) => [entry.id, ...catalogColumns.map(([name]) => entry[name]), now]);
    await sql`update catalog set sourced_id = j.sourced_id, code = j.code, title = j.title,
        credits = j.credits, description = j.description, updated_at = j.updated_at
      from (${jsonRows(db, columns, rows)}) as j where catalog.id = j.id`.execute(db);
  }
}

/** A stored prerequisite item: entry `catalog_id` requires `required_id`, in group and position order. */
export interface PrerequisiteRow {
  catalog_id: number;
  group_number: number;
  position: number;
  required_id: number;
  min_grade: string | null;
  concurrent: number;
}

const prerequisiteColumns = [
  "catalog_id",
  "group_number",
  "position",
  "required_id",
  "min_grade",
  "concurrent",
] as const;

/** Every requirement edge in the catalog (with both codes): the graph prerequisites must keep free of cycles. */
export const prerequisiteEdges = (db: Db) =>
  db
    .selectFrom("catalog_prerequisites as p")
    .innerJoin("catalog as c", "c.id", "p.catalog_id")
    .innerJoin("catalog as r", "r.id", "p.required_id")
    .select(["p.catalog_id", "p.required_id", "c.code as catalog_code", "r.code as required_code"])
    .distinct()
    .execute();

/** The prerequisite rows of the given entries, in entry, group and position order. */
export const prerequisitesOf = (db: Db, catalogIds: number[]): Promise<PrerequisiteRow[]> =>
  inChunks(catalogIds, (chunk) =>
    db
      .selectFrom("catalog_prerequisites")
      .select(prerequisiteColumns)
      .where("catalog_id", "in", jsonList(db, chunk, "integer"))
      .orderBy("catalog_id")
      .orderBy("group_number")
      .orderBy("position")
      .execute(),
  );

/** Replaces the prerequisites of the given entries with these rows. */
export async function replacePrerequisites(
  db: Db,
  catalogIds: number[],
  rows: PrerequisiteRow[],
): Promise<void> {
  for (const chunk of chunks(catalogIds)) {
    await db
      .deleteFrom("catalog_prerequisites")
      .where("catalog_id", "in", jsonList(db, chunk, "integer"))
      .execute();
  }
  await insertRows(
    db,
    "catalog_prerequisites",
    prerequisiteColumns,
    rows.map((row) => prerequisiteColumns.map((name) => row[name])),
  );
}

/** Who teaches each of the given courses, in position order: course id → instructor ids. */
export async function instructorsOfCourses(db: Db, courseIds: number[]): Promise<Map<number, number[]>> {
  const rows = await inChunks(courseIds, (chunk) =>
    db
      .selectFrom("course_instructors")
      .select(["course_id", "instructor_id"])
      .where("course_id", "in", jsonList(db, chunk, "integer"))
      .orderBy("course_id")
      .orderBy("position")
      .execute(),
  );
  const result = new Map<number, number[]>();
  for (const { course_id, instructor_id } of rows) {
    const list = result.get(course_id) ?? [];
    result.set(course_id, list);
    list.push(instructor_id);
  }
  return result;
}

/**
 * Sets who teaches each of the given courses (instructor ids in order); existing courses whose list changes count
 * as changed (updated_at), as a PATCH of instructor_ids would make them.
 */
export async function replaceCourseInstructors(
  db: Db,
  lists: { course_id: number; instructor_ids: number[] }[],
  now: string,
): Promise<void> {
  const ids = lists.map((list) => list.course_id);
  for (const chunk of chunks(ids)) {
    const keys = jsonList(db, chunk, "integer");
    await db.deleteFrom("course_instructors").where("course_id", "in", keys).execute();
    await db.updateTable("courses").set({ updated_at: now }).where("id", "in", keys).execute();
  }
  const rows = lists.flatMap(({ course_id, instructor_ids }) =>
    instructor_ids.map((instructor_id, position) => [course_id, instructor_id, position]),
  );
  await insertRows(db, "course_instructors", ["course_id", "instructor_id", "position"], rows);
}

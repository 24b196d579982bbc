/**
 * The statements an import runs for students, instructors and courses (seats.repository.ts has seats and
 * enrollments, calendar.repository.ts terms, the catalog and who teaches what). Inserts go in multi-row
 * statements of some 5,000 rows (`insertRows`); lookups and updates pass their rows as one JSON parameter
 * (`jsonRows`). 1M enrollments take a few hundred statements rather than a million.
 */
import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import { insertRows } from "../db/bulk.ts";
import { jsonRows, type JsonColumnType } from "../db/bulk.ts";

const CHUNK = 20_000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** `(select <values> from json)`: the right-hand side of an IN over many values, as one parameter. */
export function jsonList<T extends string | number>(db: Db, values: readonly T[], type: JsonColumnType) {
  const rows = values.map((value) => [value]);
  return sql<T>`(${jsonRows(db, [["value", type]], rows)})`;
}

/** Students and instructors: the same person fields, matched the same way. */
export type PersonTable = "students" | "instructors";

export interface ExistingPerson {
  id: number;
  sourced_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
}

const personColumns = ["id", "sourced_id", "first_name", "last_name", "email"] as const;

export async function peopleBySourcedId(
  db: Db,
  table: PersonTable,
  sourcedIds: string[],
): Promise<ExistingPerson[]> {
  const rows: ExistingPerson[] = [];
  for (const chunk of chunks(sourcedIds)) {
    rows.push(
      ...(await db
        .selectFrom(table)
        .select(personColumns)
        .where("sourced_id", "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

/** Students (or instructors) by email, without regard to case (`emails` are lower case). */
export async function peopleByEmail(db: Db, table: PersonTable, emails: string[]): Promise<ExistingPerson[]> {
  const rows: ExistingPerson[] = [];
  for (const chunk of chunks(emails)) {
    rows.push(
      ...(await db
        .selectFrom(table)
        .select(personColumns)
        .where(sql<string>`lower(email)`, "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

export interface ExistingCourse {
  id: number;
  sourced_id: string | null;
  code: string;
  title: string;
  capacity: number | null;
  credits: number | null;
  description: string | null;
  term_id: number | null;
  catalog_id: number | null;
  meetings: string;
}

/** A course's columns as an import plans and an export writes them. */
export const courseColumns = [
  "id",
  "sourced_id",
  "code",
  "title",
  "capacity",
  "credits",
  "description",
  "term_id",
  "catalog_id",
  "meetings",
] as const;

export async function coursesBySourcedId(db: Db, sourcedIds: string[]): Promise<ExistingCourse[]> {
  const rows: ExistingCourse[] = [];
  for (const chunk of chunks(sourcedIds)) {
    rows.push(
      ...(await db
        .selectFrom("courses")
        .select(courseColumns)
        .where("sourced_id", "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

/** Courses by code, without regard to case (`codes` are lower case). */
export async function coursesByCode(db: Db, codes: string[]): Promise<ExistingCourse[]> {
  const rows: ExistingCourse[] = [];
  for (const chunk of chunks(codes)) {
    rows.push(
      ...(await db
        .selectFrom("courses")
        .select(courseColumns)
        .where(sql<string>`lower(code)`, "in", jsonList(db, chunk, "text"))
        .execute()),
    );
  }
  return rows;
}

export interface PersonValues {
  sourced_id: string;
  first_name: string;
  last_name: string;
  email: string;
}

const personValueColumns = [
  ["sourced_id", "text"],
  ["first_name", "text"],
  ["last_name", "text"],
  ["email", "text"],
  ["created_at", "timestamp"],
  ["updated_at", "timestamp"],
] as const;

/** Inserts students (or instructors); returns each new id with its sourcedId. */
export async function insertPeople(
  db: Db,
  table: PersonTable,
  people: PersonValues[],
  now: string,
  onChunk: (rows: number) => void,
): Promise<{ id: number; sourced_id: string | null }[]> {
  const ids: { id: number; sourced_id: string | null }[] = [];
  for (const chunk of chunks(people)) {
    const rows = chunk.map((s) => [s.sourced_id, s.first_name, s.last_name, s.email, now, now]);
    ids.push(
      ...(await insertRows<{ id: number; sourced_id: string | null }>(
        db,
        table,
        personValueColumns.map(([name]) => name),
        rows,
        ["id", "sourced_id"],
      )),
    );
    onChunk(chunk.length);
  }
  return ids;
}

export async function updatePeople(
  db: Db,
  table: PersonTable,
  people: (PersonValues & { id: number })[],
  now: string,
): Promise<void> {
  const columns = [
    ["id", "integer"],
    ...personValueColumns.filter(([name]) => name !== "created_at"),
  ] as const;
  for (const chunk of chunks(people)) {
    const rows = chunk.map((s) => [s.id, s.sourced_id, s.first_name, s.last_name, s.email, now]);
    await sql`update ${sql.table(table)} set sourced_id = j.sourced_id, first_name = j.first_name,
        last_name = j.last_name, email = j.email, updated_at = j.updated_at
      from (${jsonRows(db, columns, rows)}) as j where ${sql.table(table)}.id = j.id`.execute(db);
  }
}

export interface CourseValues {
  sourced_id: string;
  code: string;
  title: string;
  capacity: number | null;
  credits: number | null;
  description: string | null;
  term_id: number | null;
  catalog_id: number | null;
  /** JSON text, as course.service stores it. */
  meetings: string;
}

const courseValueColumns = [
  ["sourced_id", "text"],
  ["code", "text"],
  ["title", "text"],
  ["capacity", "integer"],
  ["credits", "real"],
  ["description", "text"],
  ["term_id", "integer"],
  ["catalog_id", "integer"],
  ["meetings", "text"],
  ["created_at", "timestamp"],
  ["updated_at", "timestamp"],
] as const;

const courseRow = (c: CourseValues, now: string) => [
  c.sourced_id,
  c.code,
  c.title,
  c.capacity,
  c.credits,
  c.description,
  c.term_id,
  c.catalog_id,
  c.meetings,
  now,
  now,
];

export async function insertCourses(
  db: Db,
  courses: CourseValues[],
  now: string,
): Promise<{ id: number; sourced_id: string | null }[]> {
  return insertRows(
    db,
    "courses",
    courseValueColumns.map(([name]) => name),
    courses.map((course) => courseRow(course, now)),
    ["id", "sourced_id"],
  );
}

export async function updateCourses(
  db: Db,
  courses: (CourseValues & { id: number })[],
  now: string,
): Promise<void> {
  const columns = [["id", "integer"], ...courseValueColumns] as const;
  for (const chunk of chunks(courses)) {
    const rows = chunk.map((course) => [course.id, ...courseRow(course, now)]);
    await sql`update courses set sourced_id = j.sourced_id, code = j.code, title = j.title,
        capacity = j.capacity, credits = j.credits, description = j.description, term_id = j.term_id,
        catalog_id = j.catalog_id, meetings = j.meetings, updated_at = j.updated_at
      from (${jsonRows(db, columns, rows)}) as j where courses.id = j.id`.execute(db);
  }
}

import { sql, type Insertable, type Updateable } from "kysely";
import type { CourseTable, Db } from "../db/database.ts";
import { containsIgnoringCase, forUpdate, jsonArrayText } from "../db/dialect.ts";
import { keysetPage, type PageRequest, type PageResult } from "../db/keyset.ts";
import { reusableQuery } from "../db/reusable-query.ts";
import type { Course, Meeting } from "./course.schema.ts";

/**
 * A course as the API answers it, selected from `courses as c` in the same statement as whatever joins it:
 * its credits fall back to its catalog entry's, and its instructors come as a JSON list of ids.
 */
export const courseColumns = (db: Db) =>
  [
    "c.id",
    "c.code",
    "c.title",
    "c.description",
    sql<number | null>`coalesce(c.credits, (select credits from catalog where catalog.id = c.catalog_id))`.as(
      "credits",
    ),
    "c.capacity",
    "c.enrolled_count",
    "c.waitlist_count",
    "c.sourced_id",
    "c.term_id",
    "c.catalog_id",
    "c.meetings",
    sql<string>`(select ${jsonArrayText(db, sql.ref("ci.instructor_id"), sql.ref("ci.position"))}
      from course_instructors as ci where ci.course_id = c.id)`.as("instructor_ids"),
    "c.created_at",
    "c.updated_at",
  ] as const;

/** The course columns of a row as the API answers them (meetings and instructors are JSON in the row). */
export function toCourse<Row extends { meetings: string; instructor_ids: string }>(row: Row) {
  return {
    ...row,
    meetings: JSON.parse(row.meetings) as Meeting[],
    instructor_ids: JSON.parse(row.instructor_ids) as number[],
  };
}

const byId = reusableQuery(
  (db: Db, id: number) => db.selectFrom("courses as c").select(courseColumns(db)).where("c.id", "=", id),
  () => "",
  (id) => [id],
);

export async function findById(db: Db, id: number): Promise<Course | undefined> {
  const [row] = await byId(db, id);
  return row && toCourse(row);
}

const seatsForUpdate = reusableQuery(
  (db: Db, id: number) =>
    forUpdate(
      db,
      db
        .selectFrom("courses")
        .select(["id", "capacity", "enrolled_count", "waitlist_count"])
        .where("id", "=", id),
    ),
  () => "",
  (id) => [id],
);

/**
 * The course's seats, locked until the transaction ends: every seat decision for a course queues on this lock.
 */
export const findForUpdate = async (db: Db, id: number) => (await seatsForUpdate(db, id))[0];

const seats = reusableQuery(
  (db: Db, id: number) =>
    db
      .selectFrom("courses")
      .select(["id", "capacity", "enrolled_count", "waitlist_count"])
      .where("id", "=", id),
  () => "",
  (id) => [id],
);

/** The course's capacity and seat counters. */
export const findSeats = async (db: Db, id: number) => (await seats(db, id))[0];

export const insert = (db: Db, values: Insertable<CourseTable>) =>
  db.insertInto("courses").values(values).returning("id").executeTakeFirstOrThrow();

export async function update(db: Db, id: number, changes: Updateable<CourseTable>): Promise<void> {
  await db.updateTable("courses").set(changes).where("id", "=", id).execute();
}

export async function remove(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("courses").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Replaces who teaches the course, keeping the order given. */
export async function replaceInstructors(db: Db, course_id: number, instructor_ids: number[]): Promise<void> {
  await db.deleteFrom("course_instructors").where("course_id", "=", course_id).execute();
  if (instructor_ids.length === 0) return;
  await db
    .insertInto("course_instructors")
    .values(instructor_ids.map((instructor_id, position) => ({ course_id, instructor_id, position })))
    .execute();
}

export interface CourseFilter {
  q?: string | undefined;
  term_id?: number | undefined;
  catalog_id?: number | undefined;
}

export async function list(db: Db, request: PageRequest & CourseFilter): Promise<PageResult<Course>> {
  let query = db.selectFrom("courses as c").select(courseColumns(db));
  const { q, term_id, catalog_id } = request;
  if (q) {
    query = query.where((eb) =>
      eb.or([containsIgnoringCase("c.code", q), containsIgnoringCase("c.title", q)]),
    );
  }
  if (term_id !== undefined) query = query.where("c.term_id", "=", term_id);
  if (catalog_id !== undefined) query = query.where("c.catalog_id", "=", catalog_id);
  const page = await keysetPage("courses", query, request);
  return { ...page, data: page.data.map(toCourse) };
}

import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import { courseColumns, peopleBySourcedId } from "./import.repository.ts";

export const studentsAfter = (db: Db, after: number, limit: number) =>
  db
    .selectFrom("students")
    .select(["id", "sourced_id", "first_name", "last_name", "email"])
    .where("id", ">", after)
    .orderBy("id")
    .limit(limit)
    .execute();

/** Instructors are few (a school has hundreds): read at once. */
export const instructors = (db: Db) =>
  db
    .selectFrom("instructors")
    .select(["id", "sourced_id", "first_name", "last_name", "email"])
    .orderBy("id")
    .execute();

/** The sourcedIds among `sourcedIds` that students have too (a user with both roles is one OneRoster user). */
export async function studentSourcedIds(db: Db, sourcedIds: string[]): Promise<Set<string>> {
  const rows = await peopleBySourcedId(db, "students", sourcedIds);
  return new Set(rows.map((row) => row.sourced_id as string));
}

export const terms = (db: Db) => db.selectFrom("terms").selectAll().orderBy("id").execute();

/** The catalog, each entry with its prerequisite rows (in group and position order). */
export async function catalog(db: Db) {
  const entries = await db.selectFrom("catalog").selectAll().orderBy("id").execute();
  const items = await db
    .selectFrom("catalog_prerequisites")
    .selectAll()
    .orderBy("catalog_id")
    .orderBy("group_number")
    .orderBy("position")
    .execute();
  return { entries, items };
}

export const coursesAfter = (db: Db, after: number, limit: number) =>
  db.selectFrom("courses").select(courseColumns).where("id", ">", after).orderBy("id").limit(limit).execute();

/** Who teaches each course, in position order: course id → instructor ids. */
export async function courseInstructors(db: Db): Promise<Map<number, number[]>> {
  const rows = await db
    .selectFrom("course_instructors")
    .select(["course_id", "instructor_id"])
    .orderBy("course_id")
    .orderBy("position")
    .execute();
  const result = new Map<number, number[]>();
  for (const { course_id, instructor_id } of rows) {
    const list = result.get(course_id) ?? [];
    result.set(course_id, list);
    list.push(instructor_id);
  }
  return result;
}

/** A course's enrolled students, then its waitlist in order: the order in which an import seats them again. */
export const activeRoster = (db: Db, course_id: number) =>
  db
    .selectFrom("student_courses as sc")
    .innerJoin("students as s", "s.id", "sc.student_id")
    .select(["s.id", "s.sourced_id", "sc.status"])
    .where("sc.course_id", "=", course_id)
    .where("sc.status", "in", ["enrolled", "waitlisted"])
    .orderBy(sql`case when sc.status = 'waitlisted' then 1 else 0 end`)
    .orderBy(sql`coalesce(sc.waitlist_order, 0)`)
    .orderBy("s.id")
    .execute();

import { sql } from "kysely";
import type { Db } from "../db/database.ts";

export const studentsAfter = (db: Db, after: number, limit: number) =>
  db
    .selectFrom("students")
    .select(["id", "sourced_id", "first_name", "last_name", "email"])
    .where("id", ">", after)
    .orderBy("id")
    .limit(limit)
    .execute();

export const coursesAfter = (db: Db, after: number, limit: number) =>
  db
    .selectFrom("courses")
    .select(["id", "sourced_id", "code", "title", "capacity", "credits", "description"])
    .where("id", ">", after)
    .orderBy("id")
    .limit(limit)
    .execute();

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

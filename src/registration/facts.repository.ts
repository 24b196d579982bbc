/**
 * What the judge needs to know, read in a few statements: the sections involved (term, effective credits,
 * meetings, seats, prerequisites) and the student's schedule. A read model over courses, terms and the catalog.
 */
import { sql } from "kysely";
import type { Meeting } from "../courses/course.schema.ts";
import type { Db } from "../db/database.ts";
import type { Holding, RequirementFacts, SectionFacts, TermFacts } from "./judge.ts";

const sectionColumns = [
  "c.id",
  "c.code",
  "c.catalog_id",
  sql<number | null>`coalesce(c.credits, cat.credits)`.as("credits"),
  "c.meetings",
  "c.capacity",
  "c.enrolled_count",
  "t.id as term_id",
  "t.code as term_code",
  "t.starts_on",
  "t.ends_on",
  "t.registration_opens_at",
  "t.registration_closes_at",
  "t.add_drop_ends_on",
  "t.max_credits",
] as const;

const sections = (db: Db) =>
  db
    .selectFrom("courses as c")
    .leftJoin("terms as t", "t.id", "c.term_id")
    .leftJoin("catalog as cat", "cat.id", "c.catalog_id");

interface SectionRow {
  id: number;
  code: string;
  catalog_id: number | null;
  credits: number | null;
  meetings: string;
  capacity: number | null;
  enrolled_count: number;
  term_id: number | null;
  term_code: string | null;
  starts_on: string | null;
  ends_on: string | null;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  add_drop_ends_on: string | null;
  max_credits: number | null;
}

function termOf(row: SectionRow): TermFacts | null {
  if (row.term_id === null) return null;
  return {
    id: row.term_id,
    code: row.term_code ?? "",
    starts_on: row.starts_on ?? "",
    ends_on: row.ends_on ?? "",
    registration_opens_at: row.registration_opens_at,
    registration_closes_at: row.registration_closes_at,
    add_drop_ends_on: row.add_drop_ends_on,
    max_credits: row.max_credits,
  };
}

const toSection = (row: SectionRow, prerequisites: RequirementFacts[][] = []): SectionFacts => ({
  id: row.id,
  code: row.code,
  term: termOf(row),
  catalog_id: row.catalog_id,
  credits: row.credits,
  meetings: JSON.parse(row.meetings) as Meeting[],
  capacity: row.capacity,
  enrolled_count: row.enrolled_count,
  prerequisites,
});

/** The prerequisite groups of the given catalog entries, with the codes of the entries they name. */
async function prerequisitesOf(db: Db, catalog_ids: number[]): Promise<Map<number, RequirementFacts[][]>> {
  const groups = new Map<number, RequirementFacts[][]>();
  if (catalog_ids.length === 0) return groups;
  const rows = await db
    .selectFrom("catalog_prerequisites as p")
    .innerJoin("catalog as r", "r.id", "p.required_id")
    .select(["p.catalog_id", "p.group_number", "p.required_id", "r.code", "p.min_grade", "p.concurrent"])
    .where("p.catalog_id", "in", catalog_ids)
    .orderBy("p.catalog_id")
    .orderBy("p.group_number")
    .orderBy("p.position")
    .execute();
  for (const row of rows) {
    const entry = groups.get(row.catalog_id) ?? [];
    groups.set(row.catalog_id, entry);
    (entry[row.group_number] ??= []).push({
      catalog_id: row.required_id,
      code: row.code,
      min_grade: row.min_grade,
      concurrent: row.concurrent === 1,
    });
  }
  return groups;
}

/** Ids per statement when many are asked for at once: well under either engine's parameter limit. */
const CHUNK = 5_000;

/** The facts of the given courses, by id (a course that does not exist is missing). */
export async function sectionFacts(db: Db, course_ids: number[]): Promise<Map<number, SectionFacts>> {
  if (course_ids.length === 0) return new Map();
  const rows = [];
  for (let start = 0; start < course_ids.length; start += CHUNK) {
    const chunk = course_ids.slice(start, start + CHUNK);
    rows.push(...(await sections(db).select(sectionColumns).where("c.id", "in", chunk).execute()));
  }
  const catalogIds = [...new Set(rows.flatMap((row) => (row.catalog_id === null ? [] : [row.catalog_id])))];
  const prerequisites = await prerequisitesOf(db, catalogIds);
  return new Map(
    rows.map((row) => [
      row.id,
      toSection(row, row.catalog_id === null ? [] : prerequisites.get(row.catalog_id)),
    ]),
  );
}

/** Every enrollment of the student, with its section's facts (prerequisites left out: only a target needs them). */
export async function scheduleOf(db: Db, student_id: number): Promise<Holding[]> {
  return (await schedulesOf(db, [student_id])).get(student_id) ?? [];
}

/** The schedules of many students at once (an import judges thousands), by student id. */
export async function schedulesOf(db: Db, student_ids: number[]): Promise<Map<number, Holding[]>> {
  const schedules = new Map<number, Holding[]>();
  for (let start = 0; start < student_ids.length; start += CHUNK) {
    const rows = await sections(db)
      .innerJoin("student_courses as sc", "sc.course_id", "c.id")
      .select(sectionColumns)
      .select(["sc.student_id", "sc.status", "sc.grade"])
      .where("sc.student_id", "in", student_ids.slice(start, start + CHUNK))
      .execute();
    for (const { student_id, status, grade, ...row } of rows) {
      const schedule = schedules.get(student_id) ?? [];
      schedules.set(student_id, schedule);
      schedule.push({ section: toSection(row), status, grade });
    }
  }
  return schedules;
}

/** The students' own credit limits, by student id (those with none are missing). */
export async function creditLimitsOf(db: Db, student_ids: number[]): Promise<Map<number, number>> {
  const limits = new Map<number, number>();
  for (let start = 0; start < student_ids.length; start += CHUNK) {
    const rows = await db
      .selectFrom("students")
      .select(["id", "max_credits"])
      .where("id", "in", student_ids.slice(start, start + CHUNK))
      .where("max_credits", "is not", null)
      .execute();
    for (const { id, max_credits } of rows) if (max_credits !== null) limits.set(id, max_credits);
  }
  return limits;
}

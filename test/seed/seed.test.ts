import { spawnSync } from "node:child_process";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { createDb, inTransaction } from "../../src/db/dialect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { generateDemoData, insertDemoData, type DemoData } from "../../src/seed/demo-data.ts";
import { testApp } from "../helpers/app.ts";
import { freshDatabaseUrl, freshDb } from "../helpers/database.ts";
import { engine } from "../helpers/engine.ts";

const schoolSize = { students: 200, courses: 40, enrollments: 1600 };
/** Large enough that SQLite loads it as a first import does (indexes and seat triggers set aside). */
const bulkSize = { students: 1200, courses: 60, enrollments: 12_000 };

async function seeded(db: Db, size = schoolSize): Promise<DemoData> {
  const data = generateDemoData(size);
  await inTransaction(db, (trx) => insertDemoData(trx, data));
  return data;
}

async function indexesAndTriggers(db: Db): Promise<string[]> {
  const query =
    engine === "postgres"
      ? sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = 'public'
          union all select tgname from pg_trigger where not tgisinternal`
      : sql<{
          name: string;
        }>`select name from sqlite_master where type in ('index', 'trigger') and sql is not null`;
  return (await query.execute(db)).rows.map((row) => row.name).sort();
}

describe("a seeded database", () => {
  for (const [label, size] of [
    ["the demo school", schoolSize],
    ["a bulk-loaded seed", bulkSize],
  ] as const) {
    it(`has seat counters equal to the real counts (${label})`, { timeout: 60_000 }, async () => {
      const db = await freshDb();
      const before = await indexesAndTriggers(db);
      const data = await seeded(db, size);

      expect(await indexesAndTriggers(db)).toEqual(before);
      const counted = await db
        .selectFrom("courses as c")
        .select((eb) => [
          "c.id",
          "c.enrolled_count",
          "c.waitlist_count",
          eb
            .selectFrom("student_courses as sc")
            .select(sql<number>`cast(count(*) as integer)`.as("n"))
            .whereRef("sc.course_id", "=", "c.id")
            .where("sc.status", "=", "enrolled")
            .as("enrolled"),
          eb
            .selectFrom("student_courses as sc")
            .select(sql<number>`cast(count(*) as integer)`.as("n"))
            .whereRef("sc.course_id", "=", "c.id")
            .where("sc.status", "=", "waitlisted")
            .as("waitlisted"),
        ])
        .orderBy("c.id")
        .execute();
      expect(counted).toHaveLength(data.courses.length);
      for (const course of counted) {
        expect([course.enrolled_count, course.waitlist_count]).toEqual([course.enrolled, course.waitlisted]);
      }
      expect(counted.some((course) => course.waitlist_count > 0)).toBe(true);
    });
  }

  it(
    "has a history for every enrollment that ends in its status and grade, by the seed",
    { timeout: 30_000 },
    async () => {
      const db = await freshDb();
      const data = await seeded(db);
      const last = await sql<{
        status: string;
        grade: string | null;
        to_status: string;
        to_grade: string | null;
      }>`
      select sc.status, sc.grade, e.to_status, e.to_grade
      from student_courses as sc join enrollment_events as e
        on e.student_id = sc.student_id and e.course_id = sc.course_id
      where e.id = (select max(id) from enrollment_events as x
                    where x.student_id = sc.student_id and x.course_id = sc.course_id)`.execute(db);
      expect(last.rows).toHaveLength(data.enrollments.length);
      for (const row of last.rows) expect([row.to_status, row.to_grade]).toEqual([row.status, row.grade]);
      const actors = await db.selectFrom("enrollment_events").select("actor").distinct().execute();
      expect(actors).toEqual([{ actor: "seed" }]);
    },
  );
});

describe("the seeded school through the API", () => {
  it(
    "lists the two terms and a term's sections with their meetings, instructors and the catalog's credits",
    { timeout: 30_000 },
    async () => {
      const { db, get } = await testApp();
      const data = await seeded(db);

      const terms = (await get("/api/v1/terms")).json<{
        data: { id: number; code: string; max_credits: number }[];
      }>();
      expect(terms.data.map(({ id, code, max_credits }) => [id, code, max_credits])).toEqual([
        [1, "2026FA", 18],
        [2, "2027SP", 18],
      ]);

      const response = await get("/api/v1/courses?term_id=2&limit=100");
      expect(response.statusCode).toBe(200);
      const spring = response.json<{
        data: {
          id: number;
          code: string;
          term_id: number;
          catalog_id: number;
          credits: number;
          meetings: unknown;
          instructor_ids: number[];
          enrolled_count: number;
          waitlist_count: number;
        }[];
      }>().data;
      const expected = data.courses.flatMap((course, index) => (course.term_id === 2 ? [index + 1] : []));
      expect(spring.map((course) => course.id).sort((a, b) => a - b)).toEqual(expected);
      for (const course of spring) {
        const seededCourse = data.courses[course.id - 1];
        expect(course.term_id).toBe(2);
        expect(course.code).toBe(seededCourse?.code);
        expect(course.credits).toBe(data.catalog[course.catalog_id - 1]?.credits);
        expect(course.meetings).toEqual(JSON.parse(seededCourse?.meetings ?? "[]"));
        expect(course.instructor_ids).toEqual(
          data.course_instructors
            .filter((row) => row.course_id === course.id)
            .map((row) => row.instructor_id),
        );
        const rows = data.enrollments.filter((row) => row.course_id === course.id);
        expect(course.enrolled_count).toBe(rows.filter((row) => row.status === "enrolled").length);
        expect(course.waitlist_count).toBe(rows.filter((row) => row.status === "waitlisted").length);
      }
    },
  );

  it(
    "answers a catalog entry's prerequisites, the sections of an entry, and the instructors",
    { timeout: 30_000 },
    async () => {
      const { db, get } = await testApp();
      const data = await seeded(db);
      const idOf = (code: string) => data.catalog.findIndex((entry) => entry.code === code) + 1;

      const physics = (await get(`/api/v1/catalog/${idOf("PHYS102")}`)).json<{ prerequisites: unknown }>();
      expect(physics.prerequisites).toEqual([
        [{ catalog_id: idOf("PHYS101"), min_grade: "C-" }],
        [{ catalog_id: idOf("MATH102"), concurrent: true }],
      ]);
      const discrete = (await get(`/api/v1/catalog/${idOf("MATH210")}`)).json<{ prerequisites: unknown }>();
      expect(discrete.prerequisites).toEqual([
        [{ catalog_id: idOf("MATH101") }, { catalog_id: idOf("CS101") }],
      ]);

      const sections = (await get(`/api/v1/courses?catalog_id=${idOf("CS101")}`)).json<{
        data: { code: string }[];
      }>().data;
      expect(sections.map((course) => course.code)).toEqual(
        data.courses
          .filter((course) => course.catalog_id === idOf("CS101"))
          .map((course) => course.code)
          .sort(),
      );

      const instructors = (await get("/api/v1/instructors?limit=100")).json<{ data: unknown[] }>();
      expect(instructors.data).toHaveLength(data.instructors.length);
    },
  );

  it(
    "shows a student's Fall grades and Spring schedule, and the history of a completed course",
    { timeout: 30_000 },
    async () => {
      const { db, get } = await testApp();
      const data = await seeded(db);

      const answer = (await get("/api/v1/students/1/courses")).json<{
        courses: { id: number; enrollment: { status: string; grade: string | null } }[];
      }>();
      const own = data.enrollments.filter((row) => row.student_id === 1 && row.status !== "dropped");
      expect(answer.courses.map((course) => course.id).sort((a, b) => a - b)).toEqual(
        own.map((row) => row.course_id).sort((a, b) => a - b),
      );
      const completed = answer.courses.find((course) => course.enrollment.status === "completed");
      expect(completed?.enrollment.grade).toMatch(/^([A-D][+-]?|F|P|NP)$/);

      const history = (await get(`/api/v1/students/1/courses/${completed?.id}/history`)).json<{
        events: { event: string; actor: string; to_grade: string | null }[];
      }>();
      expect(history.events.map(({ event, actor }) => [event, actor])).toEqual([
        ["enrolled", "seed"],
        ["completed", "seed"],
      ]);
      expect(history.events[1]?.to_grade).toBe(completed?.enrollment.grade);
    },
  );
});

describe("npm run db:seed", () => {
  const seed = (env: NodeJS.ProcessEnv, args: string[] = []) =>
    spawnSync("node_modules/.bin/node", ["src/cli/seed.ts", ...args], { env, encoding: "utf8" });

  it("seeds an empty database once and refuses to seed it again", { timeout: 60_000 }, async () => {
    const env = { ...process.env, DATABASE_URL: await freshDatabaseUrl() };
    const args = ["--students", "50", "--courses", "8", "--enrollments", "150"];
    const first = seed(env, args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Seeded 2 terms, 20 catalog entries, \d+ instructors, 50 students, 8 courses and 150 enrollments in/,
    );

    const second = seed(env, args);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already has students, courses, terms, catalog entries or instructors/);
  });

  it("refuses a database that has only a term", { timeout: 60_000 }, async () => {
    const url = await freshDatabaseUrl();
    const db = createDb(url);
    await migrateToLatest(db);
    const now = new Date().toISOString();
    await db
      .insertInto("terms")
      .values({
        code: "X",
        name: "X",
        starts_on: "2027-01-01",
        ends_on: "2027-02-01",
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db.destroy();

    const run = seed({ ...process.env, DATABASE_URL: url });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already has/);
  });
});

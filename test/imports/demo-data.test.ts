import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { insertInChunks } from "../../src/db/bulk.ts";
import { inTransaction } from "../../src/db/dialect.ts";
import { compileValidator } from "../../src/http/validation.ts";
import { generateDemoData } from "../../src/seed/demo-data.ts";
import { StudentCreate } from "../../src/students/student.schema.ts";
import { freshDb } from "../helpers/database.ts";
import { engine } from "../helpers/engine.ts";
import { fixture, importFrom } from "./helpers.ts";

describe("demo data (npm run db:seed)", () => {
  it("passes the API's own rules, and fills some courses to a waitlist", async () => {
    const db = await freshDb();
    const data = generateDemoData({ students: 300, courses: 24, enrollments: 1200 });
    const validate = compileValidator(StudentCreate);

    await inTransaction(db, async (trx) => {
      await insertInChunks(trx, "students", data.students);
      await insertInChunks(trx, "courses", data.courses);
      await insertInChunks(trx, "student_courses", data.enrollments);
    });

    const invalid = data.students.filter(
      ({ first_name, last_name, email }) => validate({ first_name, last_name, email }).length > 0,
    );
    expect(invalid).toEqual([]);
    const full = await db.selectFrom("courses").selectAll().where("waitlist_count", ">", 0).execute();
    expect(full.length).toBeGreaterThan(0);
    for (const course of full) expect(course.enrolled_count).toBe(course.capacity);
  });
});

async function indexNames(db: Awaited<ReturnType<typeof freshDb>>): Promise<string[]> {
  const query =
    engine === "postgres"
      ? sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = 'public'`
      : sql<{
          name: string;
        }>`select name from sqlite_master where type in ('index', 'trigger') and sql is not null`;
  return (await query.execute(db)).rows.map((row) => row.name).sort();
}

describe("a first large import", () => {
  it(
    "leaves every index as it was (SQLite rebuilds them after the bulk load)",
    { timeout: 60_000 },
    async () => {
      const db = await freshDb();
      const before = await indexNames(db);

      const report = await importFrom(
        db,
        await fixture({ students: 1500, courses: 30, enrollments: 15_000 }),
      );

      expect(report.rejects).toEqual([]);
      expect(await indexNames(db)).toEqual(before);
      const { count } = await db
        .selectFrom("student_courses")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .executeTakeFirstOrThrow();
      expect(String(count)).toBe("15000");
    },
  );
});

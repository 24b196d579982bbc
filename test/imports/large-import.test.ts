import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { freshDb } from "../helpers/database.ts";
import { engine } from "../helpers/engine.ts";
import { fixture, importFrom } from "./helpers.ts";

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

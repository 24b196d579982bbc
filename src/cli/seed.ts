/**
 * npm run db:seed                                   a small school (200 students, 40 sections, 1,600 enrollments)
 * npm run db:seed -- --students N --courses N --enrollments N
 * Fills an empty database (it refuses to touch one that has students, courses, terms, catalog entries or
 * instructors). Migrates first. A student takes at most what fits in two terms' credit limits (five or six
 * courses a term), so more enrollments than that per student come out short; the summary says how many
 * were written.
 */
import { openDatabase } from "./database.ts";
import { parseArgs } from "node:util";
import type { Db } from "../db/database.ts";
import { inTransaction } from "../db/dialect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { generateDemoData, insertDemoData } from "../seed/demo-data.ts";
import { wholeNumber } from "./arguments.ts";

async function isEmpty(db: Db): Promise<boolean> {
  for (const table of ["students", "courses", "terms", "catalog", "instructors"] as const) {
    if (await db.selectFrom(table).select("id").limit(1).executeTakeFirst()) return false;
  }
  return true;
}

/** Runs the seed command; returns the exit code. */
export async function seedCommand(args: string[]): Promise<number> {
  const db = openDatabase();
  try {
    const { values } = parseArgs({
      args,
      options: {
        students: { type: "string", default: "200" },
        courses: { type: "string", default: "40" },
        enrollments: { type: "string", default: "1600" },
      },
    });
    const size = {
      students: wholeNumber("students", values.students),
      courses: wholeNumber("courses", values.courses),
      enrollments: wholeNumber("enrollments", values.enrollments),
    };
    await migrateToLatest(db);
    if (!(await isEmpty(db))) {
      throw new Error(
        "The database already has students, courses, terms, catalog entries or instructors; seed an empty one.",
      );
    }
    const started = performance.now();
    const data = generateDemoData(size);
    await inTransaction(db, (trx) => insertDemoData(trx, data));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${data.terms.length} terms, ${data.catalog.length} catalog entries, ${data.instructors.length} ` +
        `instructors, ${data.students.length} students, ${data.courses.length} courses and ` +
        `${data.enrollments.length} enrollments in ${seconds} s.`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await db.destroy();
  }
}

if (import.meta.main) process.exitCode = await seedCommand(process.argv.slice(2));

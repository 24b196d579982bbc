/**
 * npm run db:seed                                   a demo roster (200 students, 40 courses, 800 enrollments)
 * npm run db:seed -- --students N --courses N --enrollments N
 * Fills an empty database (it refuses to touch one that has students or courses). Migrates first.
 */
import { openDatabase } from "./database.ts";
import { parseArgs } from "node:util";
import type { Db } from "../db/database.ts";
import { insertInChunks } from "../db/bulk.ts";
import { inTransaction } from "../db/dialect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { generateDemoData } from "../seed/demo-data.ts";
import { wholeNumber } from "./arguments.ts";

async function isEmpty(db: Db): Promise<boolean> {
  const student = await db.selectFrom("students").select("id").limit(1).executeTakeFirst();
  const course = await db.selectFrom("courses").select("id").limit(1).executeTakeFirst();
  return !student && !course;
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
        enrollments: { type: "string", default: "800" },
      },
    });
    const size = {
      students: wholeNumber("students", values.students),
      courses: wholeNumber("courses", values.courses),
      enrollments: wholeNumber("enrollments", values.enrollments),
    };
    await migrateToLatest(db);
    if (!(await isEmpty(db)))
      throw new Error("The database already has students or courses; seed an empty one.");
    const started = performance.now();
    const data = generateDemoData(size);
    await inTransaction(db, async (trx) => {
      await insertInChunks(trx, "students", data.students);
      await insertInChunks(trx, "courses", data.courses);
      await insertInChunks(trx, "student_courses", data.enrollments);
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${data.students.length} students, ${data.courses.length} courses and ` +
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

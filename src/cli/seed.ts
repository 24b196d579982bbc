/**
 * npm run db:seed                                   a demo roster (200 students, 40 courses, 800 enrollments)
 * npm run db:seed -- --students N --courses N --enrollments N
 * Fills an empty database (it refuses to touch one that has students or courses). Migrates first.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import { insertInChunks } from "../db/bulk.ts";
import { createDb, inTransaction } from "../db/dialect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { generateDemoData, type DemoSize } from "../seed/demo-data.ts";

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "200" },
    courses: { type: "string", default: "40" },
    enrollments: { type: "string", default: "800" },
  },
});

function count(name: keyof DemoSize): number {
  const value = Number(values[name]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

async function isEmpty(db: Db): Promise<boolean> {
  const student = await db.selectFrom("students").select("id").limit(1).executeTakeFirst();
  const course = await db.selectFrom("courses").select("id").limit(1).executeTakeFirst();
  return !student && !course;
}

const db = createDb(loadConfig().database_url);
try {
  const size = { students: count("students"), courses: count("courses"), enrollments: count("enrollments") };
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
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.destroy();
}

import type { FastifyInstance } from "fastify";
import type { Insertable } from "kysely";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { CourseTable, Db, StudentTable } from "../../src/db/database.ts";
import { createMigrator, migrateToLatest, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const INITIAL = "2026-11-22T0000_create_students_and_courses";
const STUDENT_COURSES = "2026-11-22T0100_create_student_courses";

const firstNames = [
  "Ada",
  "Zoë",
  "José",
  "Łukasz",
  "李",
  "Mary-Jane",
  "Ünal",
  "Ngọc Anh",
  "Søren",
  "محمد",
  "Дмитрий",
  "🎓 Emoji",
  'Quote "Q" \\ Backslash',
  "x".repeat(100),
];
const lastNames = ["Lovelace", "O'Brien", "Müller", "García Márquez", "さくら", "Ærø", "van der Berg", "Ng"];

const base = Date.UTC(2025, 0, 1, 8, 0, 0);
const stamp = (offsetMs: number) => new Date(base + offsetMs).toISOString();

function studentRows(count: number): Insertable<StudentTable>[] {
  return Array.from({ length: count }, (_, n) => ({
    first_name: firstNames[n % firstNames.length] ?? "Ada",
    last_name: `${lastNames[n % lastNames.length] ?? "L"}${n % 3 === 0 ? "" : ` ${n}`}`,
    email: n % 2 === 0 ? `student${n}@example.edu` : `Student.${n}+tag@Example.EDU`,
    created_at: stamp(n * 61_007),
    updated_at: stamp(n * 61_007 + (n % 5) * 3_600_123),
  }));
}

function courseRows(count: number): Insertable<CourseTable>[] {
  return Array.from({ length: count }, (_, n) => ({
    code: n % 4 === 0 ? `CS${100 + n}` : n % 4 === 1 ? `mat-${n}` : n % 4 === 2 ? `ΦΥΣ${n}` : `Bio ${n}`,
    title: n % 2 === 0 ? `Course ${n}` : `Einführung in die Informatik — 第${n}章 🎓`,
    description:
      n % 3 === 0 ? null : n % 3 === 1 ? "" : `Line one\nLine two with 'quotes' and "double"\t${n}`,
    credits: n % 4 === 0 ? null : ([0, 3.5, 0.1, 1000][n % 4] ?? 1),
    capacity: n % 5 === 0 ? null : n % 5 === 1 ? 0 : n * 7,
    created_at: stamp(n * 86_400_001),
    updated_at: stamp(n * 86_400_001 + 999),
  }));
}

async function insertInChunks<Row>(rows: Row[], insert: (chunk: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 200) await insert(rows.slice(start, start + 200));
}

/** A database at the version before student_courses, holding 1,000 students and 50 courses (a few deleted). */
async function populatedAtInitialVersion(db: Db) {
  const migrator = createMigrator(db);
  expect(await runMigrations(migrator.migrateTo(INITIAL))).toEqual({ applied: [INITIAL], direction: "Up" });
  expect(await tableNames(db)).toEqual(["courses", "students"]);

  await insertInChunks(studentRows(1_000), (chunk) => db.insertInto("students").values(chunk).execute());
  await insertInChunks(courseRows(50), (chunk) => db.insertInto("courses").values(chunk).execute());
  // Gaps in the ids, including the newest id of each table.
  await db.deleteFrom("students").where("id", "in", [13, 500, 1000]).execute();
  await db.deleteFrom("courses").where("id", "in", [7, 50]).execute();
  return migrator;
}

/** Every student and course with the columns they had before student_courses (later migrations add some). */
async function snapshot(db: Db) {
  return {
    students: await db
      .selectFrom("students")
      .select(["id", "first_name", "last_name", "email", "created_at", "updated_at"])
      .orderBy("id")
      .execute(),
    courses: await db
      .selectFrom("courses")
      .select(["id", "code", "title", "description", "credits", "capacity", "created_at", "updated_at"])
      .orderBy("id")
      .execute(),
  };
}

async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .map((table) => table.name)
    .filter((name) => !name.startsWith("kysely_"))
    .sort();
}

const ADMIN_TOKEN = "an-admin-token-for-the-migration-tests-0123456789";
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** The app needs the latest schema, so the later migrations run first. */
async function appOn(db: Db): Promise<FastifyInstance> {
  await migrateToLatest(db);
  const app = await buildApp({ db, adminToken: ADMIN_TOKEN });
  onTestFinished(() => app.close());
  return app;
}

async function enrollThroughApi(app: FastifyInstance, student_id: number, course_id: number) {
  return app.inject({
    headers: admin,
    method: "POST",
    url: "/api/v1/enroll",
    payload: { student_id, course_id },
  });
}

describe("the student_courses migration", () => {
  it("comes right after the initial migration", async () => {
    const db = await emptyDb();
    const migrator = createMigrator(db);

    const pending = await migrator.getMigrations();
    expect(pending.slice(0, 2).map((migration) => [migration.name, migration.executedAt])).toEqual([
      [INITIAL, undefined],
      [STUDENT_COURSES, undefined],
    ]);

    await runMigrations(migrator.migrateTo(STUDENT_COURSES));
    const executed = (await migrator.getMigrations()).slice(0, 2);
    expect(executed.map((migration) => migration.name)).toEqual([INITIAL, STUDENT_COURSES]);
    expect(executed.every((migration) => migration.executedAt instanceof Date)).toBe(true);
  });

  it("keeps every existing student and course, value for value, when migrating to latest", async () => {
    const db = await emptyDb();
    const migrator = await populatedAtInitialVersion(db);
    const before = await snapshot(db);
    expect(before.students).toHaveLength(997);
    expect(before.courses).toHaveLength(48);
    expect(before.courses.filter((course) => course.description === null).length).toBeGreaterThan(0);
    expect(before.courses.filter((course) => course.credits === null).length).toBeGreaterThan(0);
    expect(before.courses.filter((course) => course.capacity === null).length).toBeGreaterThan(0);

    expect(await runMigrations(migrator.migrateTo(STUDENT_COURSES))).toEqual({
      applied: [STUDENT_COURSES],
      direction: "Up",
    });

    expect(await snapshot(db)).toEqual(before);
    expect(await tableNames(db)).toEqual(["courses", "student_courses", "students"]);
    // Spot checks against the inserted values, not only against the snapshot.
    const inserted = studentRows(1_000);
    const after = await snapshot(db);
    expect(after.students.find((student) => student.id === 12)).toEqual({ id: 12, ...inserted[11] });
    expect(after.students.find((student) => student.id === 999)).toEqual({ id: 999, ...inserted[998] });
    expect(after.courses.find((course) => course.id === 3)).toEqual({ id: 3, ...courseRows(50)[2] });
  });

  it("creates a working student_courses table for the existing rows", async () => {
    const db = await emptyDb();
    const migrator = await populatedAtInitialVersion(db);
    await runMigrations(migrator.migrateTo(STUDENT_COURSES));
    const before = await snapshot(db);
    const app = await appOn(db);
    const course = before.courses.find((each) => each.capacity === null);
    const student = before.students.find((each) => each.first_name === "Zoë");
    if (!course || !student) throw new Error("test data lacks a course without capacity or a student Zoë");

    const enrolled = await enrollThroughApi(app, student.id, course.id);

    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const listed = await app.inject({
      headers: admin,
      method: "GET",
      url: `/api/v1/students/${student.id}/courses`,
    });
    expect(listed.statusCode).toBe(200);
    const { enrollment, ...listedCourse } = listed.json<{
      courses: (Record<string, unknown> & { enrollment: unknown })[];
    }>().courses[0] ?? { enrollment: undefined };
    expect(listed.json<{ student: unknown }>().student).toEqual({
      ...student,
      sourced_id: null,
      max_credits: null,
    });
    expect(listedCourse).toEqual({
      ...course,
      enrolled_count: 1,
      waitlist_count: 0,
      sourced_id: null,
      // Additions of v1.1, empty for a course made before the calendar.
      term_id: null,
      catalog_id: null,
      meetings: [],
      instructor_ids: [],
    });
    expect(enrollment).toEqual(enrolled.json());
    expect(await db.selectFrom("student_courses").selectAll().execute()).toMatchObject([
      { student_id: student.id, course_id: course.id, status: "enrolled" },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses enrollments of students or courses that were deleted before the migration", async () => {
    const db = await emptyDb();
    const migrator = await populatedAtInitialVersion(db);
    await runMigrations(migrator.migrateTo(STUDENT_COURSES));
    const app = await appOn(db);

    expect((await enrollThroughApi(app, 500, 1)).statusCode).toBe(404);
    expect((await enrollThroughApi(app, 1, 7)).statusCode).toBe(404);
  });

  it("never reuses the id of a student deleted before the migration", async () => {
    const db = await emptyDb();
    const migrator = await populatedAtInitialVersion(db);
    await runMigrations(migrator.migrateTo(STUDENT_COURSES));
    const app = await appOn(db);

    const created = await app.inject({
      headers: admin,
      method: "POST",
      url: "/api/v1/students",
      payload: { first_name: "New", last_name: "Comer", email: "new@example.edu" },
    });

    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ id: number }>().id).toBeGreaterThan(1000);
  });

  it("migrates down one step (dropping student_courses only) and up again, keeping every row", async () => {
    const db = await emptyDb();
    const migrator = await populatedAtInitialVersion(db);
    await runMigrations(migrator.migrateTo(STUDENT_COURSES));
    const before = await snapshot(db);
    await db
      .insertInto("student_courses")
      .values({
        student_id: 1,
        course_id: 1,
        status: "enrolled",
        enrolled_at: stamp(0),
        updated_at: stamp(0),
      })
      .execute();

    expect(await runMigrations(migrator.migrateDown())).toEqual({
      applied: [STUDENT_COURSES],
      direction: "Down",
    });
    expect(await tableNames(db)).toEqual(["courses", "students"]);
    expect(await snapshot(db)).toEqual(before);
    const applied = (await migrator.getMigrations()).map((migration) => migration.executedAt !== undefined);
    expect(applied.slice(0, 2)).toEqual([true, false]);

    expect(await runMigrations(migrator.migrateTo(STUDENT_COURSES))).toEqual({
      applied: [STUDENT_COURSES],
      direction: "Up",
    });
    expect(await tableNames(db)).toEqual(["courses", "student_courses", "students"]);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.selectFrom("student_courses").selectAll().execute()).toEqual([]);
    const app = await appOn(db);
    expect((await enrollThroughApi(app, 1, 1)).statusCode).toBe(201);
  });
});

import type { FastifyInstance } from "fastify";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { Db } from "../../src/db/database.ts";
import { createMigrator, migrateToLatest, runMigrations } from "../../src/db/migrate.ts";
import { emptyDb } from "../helpers/database.ts";

const BEFORE = "2026-12-01T0000_seat_counts_per_statement";
const CALENDAR = "2026-12-01T0100_academic_calendar";
const ADMIN_TOKEN = "an-admin-token-for-the-calendar-migration-0123456789";
const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
const stamp = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_007).toISOString();
const v1Tables = ["students", "courses", "student_courses", "enrollment_events"] as const;
const statuses = ["enrolled", "enrolled", "waitlisted", "dropped", "completed"] as const;

/** A v1 database at the version before the calendar: students, courses of every shape, enrollments, history. */
async function populatedV1(db: Db) {
  const migrator = createMigrator(db);
  await runMigrations(migrator.migrateTo(BEFORE));
  await db
    .insertInto("students")
    .values(
      Array.from({ length: 120 }, (_, n) => ({
        first_name: ["Ada", "Zoë", "李", "O'Brien"][n % 4] ?? "Ada",
        last_name: `Last ${n % 7}`,
        email: `s${n}@example.edu`,
        sourced_id: n % 3 === 0 ? `user-${n}` : null,
        created_at: stamp(n),
        updated_at: stamp(n + 1),
      })),
    )
    .execute();
  await db
    .insertInto("courses")
    .values(
      Array.from({ length: 12 }, (_, n) => ({
        code: `C${n}`,
        title: `Course ${n} — ${"x".repeat(n)}`,
        description: n % 3 === 0 ? null : `About ${n}\nwith lines`,
        credits: n % 4 === 0 ? null : [0, 3.5, 4][n % 3],
        capacity: n % 5 === 0 ? null : n + 2,
        sourced_id: n % 2 === 0 ? `class-${n}` : null,
        created_at: stamp(200 + n),
        updated_at: stamp(300 + n),
      })),
    )
    .execute();
  // Unique (student, course) pairs; the waitlisted ones keep their arrival order.
  const enrollments = Array.from({ length: 360 }, (_, n) => {
    const status = statuses[n % statuses.length] ?? "enrolled";
    return {
      student_id: (n % 120) + 1,
      course_id: Math.floor(n / 120) * 4 + (n % 4) + 1,
      status,
      waitlist_order: status === "waitlisted" ? n : null,
      grade: status === "completed" ? (["A", "B+", "P", null][n % 4] ?? null) : null,
      enrolled_at: stamp(400 + n),
      updated_at: stamp(500 + n),
    };
  });
  await db.insertInto("student_courses").values(enrollments).execute();
  await db
    .insertInto("enrollment_events")
    .values(
      enrollments.map((row) => ({
        student_id: row.student_id,
        course_id: row.course_id,
        event: "enrolled" as const,
        from_status: null,
        to_status: "enrolled" as const,
        actor: "registrar-ci",
        occurred_at: row.enrolled_at,
      })),
    )
    .execute();
  return migrator;
}

/** The columns each v1 table has at the version before the calendar (later migrations add some). */
async function v1ColumnsOf(db: Db): Promise<Map<string, string[]>> {
  const tables = await db.introspection.getTables();
  return new Map(
    v1Tables.map((name) => [
      name,
      tables.find((table) => table.name === name)?.columns.map((c) => c.name) ?? [],
    ]),
  );
}

/** Every row of the v1 tables, with their v1 columns only. */
async function rowsOf(db: Db, columns: Map<string, string[]>) {
  const rows: Record<string, unknown[]> = {};
  for (const table of v1Tables) {
    const query = db.selectFrom(table).select((columns.get(table) ?? []) as never[]);
    rows[table] = await (
      table === "student_courses" ? query.orderBy("student_id").orderBy("course_id") : query.orderBy("id")
    ).execute();
  }
  return rows;
}

async function appOn(db: Db): Promise<FastifyInstance> {
  const app = await buildApp({ db, adminToken: ADMIN_TOKEN, webRoot: null });
  onTestFinished(() => app.close());
  return app;
}

/** Every v1 read a client can make of this data, with its status and body. */
async function v1Answers(app: FastifyInstance) {
  const get = async (url: string) => {
    const response = await app.inject({ method: "GET", url, headers });
    return { url, status: response.statusCode, body: response.json<unknown>() };
  };
  const urls = [
    "/api/v1/students?limit=500",
    "/api/v1/students?limit=500&sort=-email",
    "/api/v1/courses?limit=500",
    "/api/v1/courses?limit=500&sort=-title&q=course",
    ...Array.from({ length: 12 }, (_, n) => `/api/v1/courses/${n + 1}`),
    ...Array.from(
      { length: 12 },
      (_, n) => `/api/v1/courses/${n + 1}/students?status=enrolled,waitlisted,dropped,completed`,
    ),
    ...Array.from(
      { length: 120 },
      (_, n) => `/api/v1/students/${n + 1}/courses?status=enrolled,waitlisted,dropped,completed`,
    ),
    "/api/v1/students/3/courses/3/history",
    "/api/v1/courses/99",
  ];
  const answers = [];
  for (const url of urls) answers.push(await get(url));
  return answers;
}

/** The fields a v1 client knows: every course in an answer must have exactly these v1 values. */
function v1CourseFields(course: Record<string, unknown>) {
  const { term_id, catalog_id, meetings, instructor_ids, ...v1 } = course;
  expect({ term_id, catalog_id, meetings, instructor_ids }).toEqual({
    term_id: null,
    catalog_id: null,
    meetings: [],
    instructor_ids: [],
  });
  return v1;
}

describe("the academic calendar migration", { timeout: 60_000 }, () => {
  it("keeps every v1 row value for value, up and down and up again", async () => {
    const db = await emptyDb();
    const migrator = await populatedV1(db);
    const columns = await v1ColumnsOf(db);
    const before = await rowsOf(db, columns);

    expect(await runMigrations(migrator.migrateTo(CALENDAR))).toEqual({
      applied: [CALENDAR],
      direction: "Up",
    });
    expect(await rowsOf(db, columns)).toEqual(before);
    expect(await runMigrations(migrator.migrateTo(BEFORE))).toEqual({
      applied: [CALENDAR],
      direction: "Down",
    });
    expect(await rowsOf(db, columns)).toEqual(before);
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).not.toContain("terms");
    expect(tables).not.toContain("course_instructors");
    const courseColumns = (await db.introspection.getTables()).find(
      (table) => table.name === "courses",
    )?.columns;
    expect(courseColumns?.map((column) => column.name)).not.toContain("term_id");
    await migrateToLatest(db);
    expect(await rowsOf(db, columns)).toEqual(before);
    await runMigrations(migrator.migrateTo(BEFORE));
    expect(await rowsOf(db, columns)).toEqual(before);
  });

  it("answers every v1 read with the same status and v1 values, and the same again after down and up", async () => {
    const db = await emptyDb();
    const migrator = await populatedV1(db);
    const rows = await rowsOf(db, await v1ColumnsOf(db));
    await migrateToLatest(db);
    const app = await appOn(db);
    const answers = await v1Answers(app);

    // Each course answered carries exactly the values its row had before the migration.
    const courseRows = new Map((rows.courses as { id: number }[]).map((row) => [row.id, row]));
    for (const n of [1, 5, 12]) {
      const { body } = answers.find((answer) => answer.url === `/api/v1/courses/${n}`) ?? { body: {} };
      const { credits, ...v1 } = v1CourseFields(body as Record<string, unknown>);
      const { enrolled_count, waitlist_count, ...row } = courseRows.get(n) as Record<string, unknown>;
      expect({ ...v1, credits }).toMatchObject({ ...row, enrolled_count, waitlist_count });
    }
    for (const { body } of answers.filter(
      (answer) => answer.url.startsWith("/api/v1/students/") && answer.url.endsWith("completed"),
    )) {
      for (const course of (body as { courses: Record<string, unknown>[] }).courses) v1CourseFields(course);
    }
    expect(answers.find((answer) => answer.url === "/api/v1/courses/99")?.status).toBe(404);
    expect(answers.filter((answer) => answer.status !== 200).map((answer) => answer.url)).toEqual([
      "/api/v1/courses/99",
    ]);

    await app.close();
    await runMigrations(migrator.migrateTo(BEFORE));
    await migrateToLatest(db);
    expect(await v1Answers(await appOn(db))).toEqual(answers);
  });

  it("lets v1 clients write as before after the migration, and calendar data go with a migration down", async () => {
    const db = await emptyDb();
    const migrator = await populatedV1(db);
    const columns = await v1ColumnsOf(db);
    await migrateToLatest(db);
    const app = await appOn(db);
    const send = (method: "POST" | "PATCH", url: string, payload: object) =>
      app.inject({ method, url, headers, payload });

    const created = await send("POST", "/api/v1/courses", { code: "NEW1", title: "New", capacity: 1 });
    expect(created.statusCode, created.body).toBe(201);
    const newId = created.json<{ id: number }>().id;
    expect(newId).toBeGreaterThan(12);
    expect((await send("POST", "/api/v1/enroll", { student_id: 1, course_id: newId })).statusCode).toBe(201);
    const full = await send("POST", "/api/v1/enroll", { student_id: 2, course_id: newId });
    expect(full.json()).toMatchObject({ type: "/problems/course-full", status: 409 });
    expect((await send("PATCH", `/api/v1/courses/${newId}`, { capacity: 5 })).statusCode).toBe(200);

    const term = await send("POST", "/api/v1/terms", {
      code: "2027SP",
      name: "Spring",
      starts_on: "2027-01-18",
      ends_on: "2027-05-14",
    });
    const section = await send("PATCH", `/api/v1/courses/${newId}`, {
      term_id: term.json<{ id: number }>().id,
    });
    expect(section.statusCode, section.body).toBe(200);
    await app.close();
    const rowsWithCalendar = await rowsOf(db, columns);

    await runMigrations(migrator.migrateTo(BEFORE));
    expect(await rowsOf(db, columns)).toEqual(rowsWithCalendar);
    await migrateToLatest(db);
    const again = await appOn(db);
    const course = await again.inject({ method: "GET", url: `/api/v1/courses/${newId}`, headers });
    expect(course.json()).toMatchObject({ code: "NEW1", capacity: 5, enrolled_count: 1, term_id: null });
  });
});

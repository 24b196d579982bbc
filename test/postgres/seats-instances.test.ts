import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { testApp } from "../helpers/app.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { enroll } from "../helpers/enrollments.ts";
import { createCourse, createStudent, createTerm } from "../helpers/factories.ts";
import { adminHeaders, serverAdminToken, startServer } from "../helpers/server.ts";
import { followSeats, listening, seats } from "../seats/seat-stream.ts";

async function created(url: string, body: unknown): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...adminHeaders, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { id: number };
  expect(response.status, JSON.stringify(json)).toBe(201);
  return json.id;
}

/** The connections of this test's database that LISTEN for seat changes. */
const listeners = async (db: Db) =>
  (
    await sql<{ pid: number }>`select pid from pg_stat_activity
      where datname = current_database() and query ilike 'listen registrar_seats%'`.execute(db)
  ).rows;

describe("live seats across PostgreSQL connections", () => {
  it(
    "sends an enrollment made through another server process on the same database",
    { timeout: 60_000 },
    async () => {
      const databaseUrl = await freshDatabaseUrl();
      const watched = await startServer(databaseUrl);
      const other = await startServer(databaseUrl);
      const api = `${other.url}/api/v1`;
      const termId = await created(`${api}/terms`, {
        code: "F26",
        name: "Fall 2026",
        starts_on: "2026-08-15",
        ends_on: "2026-12-20",
      });
      const courseId = await created(`${api}/courses`, {
        code: "CS101",
        title: "Intro",
        capacity: 2,
        term_id: termId,
      });
      const studentId = await created(`${api}/students`, {
        first_name: "Ada",
        last_name: "L",
        email: "ada@example.edu",
      });
      const stream = await followSeats(watched.url, termId, serverAdminToken);
      await stream.next(seats(courseId, { capacity: 2, enrolled_count: 0, waitlist_count: 0 }));

      await created(`${api}/enroll`, { student_id: studentId, course_id: courseId });

      await stream.next(seats(courseId, { capacity: 2, enrolled_count: 1, waitlist_count: 0 }));
      // An open stream does not hold up a graceful shutdown.
      expect(await watched.stop()).toBe(0);
    },
  );

  it(
    "listens on one connection of its own, listens again after losing it, and lets it go on close",
    { timeout: 30_000 },
    async () => {
      const t = await testApp();
      const term = await createTerm(t);
      const course = await createCourse(t, { term_id: term.id, capacity: 3 });
      const [ada, grace] = [await createStudent(t), await createStudent(t)];
      const url = await listening(t.app);
      const streams = [
        await followSeats(url, term.id, t.adminToken),
        await followSeats(url, term.id, t.adminToken),
      ];
      const [first] = await listeners(t.db);
      expect(await listeners(t.db)).toHaveLength(1);

      await sql`select pg_terminate_backend(${first?.pid})`.execute(t.db);
      // The listener comes back on a new connection; the changes made meanwhile are not lost.
      await expect
        .poll(async () => (await listeners(t.db)).filter(({ pid }) => pid !== first?.pid).length, {
          timeout: 10_000,
        })
        .toBe(1);
      await enroll(t, ada.id, course.id);
      await enroll(t, grace.id, course.id);
      for (const stream of streams)
        await stream.next(seats(course.id, { enrolled_count: 2, waitlist_count: 0 }));

      await t.app.close();
      await expect.poll(async () => (await listeners(t.db)).length, { timeout: 5_000 }).toBe(0);
    },
  );
});

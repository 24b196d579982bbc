import { connect, type Socket } from "node:net";
import { sql } from "kysely";
import { describe, expect, it, onTestFinished } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { enroll } from "../helpers/enrollments.ts";
import { createCourse, createStudent, createTerm } from "../helpers/factories.ts";
import { followSeats, listening, seats, type SeatStream } from "./seat-stream.ts";

/** A client that sends the request and then never reads a byte of the answer. */
function neverReading(baseUrl: string, termId: number, token: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.write(
        `GET /api/v1/courses/seats?term_id=${termId} HTTP/1.1\r\nHost: ${hostname}\r\n` +
          `Authorization: Bearer ${token}\r\nAccept: text/event-stream\r\n\r\n`,
      );
      socket.pause();
      resolve(socket);
    });
    socket.on("error", reject);
    onTestFinished(() => {
      socket.destroy();
    });
  });
}

/** A term with this many sections, written in one statement (the API would take a request per section). */
async function bigTerm(t: TestApp, sections: number): Promise<{ termId: number; courseIds: number[] }> {
  const term = await createTerm(t);
  const now = new Date().toISOString();
  const rows = Array.from({ length: sections }, (_, index) => ({
    code: `BIG${index}`,
    title: `Section ${index}`,
    capacity: 10,
    term_id: term.id,
    created_at: now,
    updated_at: now,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await t.db
      .insertInto("courses")
      .values(rows.slice(start, start + 500))
      .execute();
  }
  const ids = await t.db.selectFrom("courses").select("id").where("term_id", "=", term.id).execute();
  return { termId: term.id, courseIds: ids.map(({ id }) => id) };
}

const SOCKET_HIGH_WATER_MARK = 16 * 1024;
const SECTIONS = 4_000;

/**
 * Changes every section of the term, round after round (about 350 kB of events each), until the server holds
 * events back for a reader: the kernel's buffers of a paused socket take a few MB first. Each round waits
 * for the reading subscriber to see it; `done` can stop the rounds sooner or later. Returns the largest pending
 * and buffered state seen.
 */
async function changeUntilBackedUp(
  t: TestApp,
  termId: number,
  watched: number,
  reader: SeatStream,
  done = (largestPending: number) => largestPending > 0,
) {
  let largestPending = 0;
  let largestBuffered = 0;
  for (let round = 1; !done(largestPending) && round <= 60; round++) {
    const capacity = 10 + round;
    await sql`update courses set capacity = ${capacity} where term_id = ${termId}`.execute(t.db);
    await reader.next(seats(watched, { capacity, enrolled_count: 0, waitlist_count: 0 }), 10_000);
    const stats = t.app.seatHub.stats();
    largestPending = Math.max(largestPending, stats.largest_pending);
    largestBuffered = Math.max(largestBuffered, stats.largest_buffered);
  }
  return { largestPending, largestBuffered };
}

describe("slow and idle readers of the seat stream", () => {
  it(
    "keeps 1,000 idle subscribers at no pending state, and reaches all of them with one change",
    { timeout: 60_000 },
    async () => {
      const t = await testApp();
      const term = await createTerm(t);
      const course = await createCourse(t, { term_id: term.id, capacity: 5 });
      const student = await createStudent(t);
      const url = await listening(t.app);
      const streams: SeatStream[] = [];
      for (let index = 0; index < 1_000; index++) streams.push(await followSeats(url, term.id, t.adminToken));
      expect(t.app.seatHub.stats()).toEqual({
        subscribers: 1_000,
        terms: 1,
        largest_pending: 0,
        largest_buffered: 0,
      });

      await enroll(t, student.id, course.id);

      await Promise.all(
        streams.map((stream) =>
          stream.next(seats(course.id, { enrolled_count: 1, waitlist_count: 0 }), 20_000),
        ),
      );
      expect(t.app.seatHub.stats()).toMatchObject({ subscribers: 1_000, terms: 1, largest_pending: 0 });
    },
  );

  it(
    "holds at most one pending event per section for a reader that never reads, while others keep receiving",
    { timeout: 90_000 },
    async () => {
      const t = await testApp();
      const sections = SECTIONS;
      const { termId, courseIds } = await bigTerm(t, sections);
      const watched = courseIds[0] ?? 0;
      const url = await listening(t.app);
      await neverReading(url, termId, t.adminToken);
      const reader = await followSeats(url, termId, t.adminToken);
      await expect.poll(() => t.app.seatHub.stats().subscribers, { timeout: 5_000 }).toBe(2);
      const { largestPending, largestBuffered } = await changeUntilBackedUp(t, termId, watched, reader);

      // It did back up: the socket stopped taking events and the stream kept them aside instead.
      expect(largestPending).toBeGreaterThan(0);
      expect(largestPending).toBeLessThanOrEqual(sections);
      // Node's buffer holds at most one batch (every section once) beyond the socket's mark.
      const oneBatch = sections * 120;
      expect(largestBuffered).toBeLessThanOrEqual(SOCKET_HIGH_WATER_MARK + oneBatch);
      expect(t.app.seatHub.stats().subscribers).toBe(2);
    },
  );

  it(
    "disconnects a reader that stayed backed up for a whole heartbeat interval",
    { timeout: 60_000 },
    async () => {
      const t = await testApp({ seatStreams: { heartbeat_ms: 300 } });
      const { termId, courseIds } = await bigTerm(t, SECTIONS);
      const url = await listening(t.app);
      const stalled = await neverReading(url, termId, t.adminToken);
      const reader = await followSeats(url, termId, t.adminToken);
      await expect.poll(() => t.app.seatHub.stats().subscribers, { timeout: 5_000 }).toBe(2);
      const closed = new Promise<void>((resolve) =>
        stalled.once("close", () => {
          resolve();
        }),
      );
      stalled.on("end", () => stalled.destroy());

      // Only a reader whose socket stopped taking events is cut off; changes go on until it is.
      await changeUntilBackedUp(
        t,
        termId,
        courseIds[0] ?? 0,
        reader,
        () => t.app.seatHub.stats().subscribers === 1,
      );

      expect(t.app.seatHub.stats().subscribers).toBe(1);
      stalled.resume();
      await closed;
    },
  );
});

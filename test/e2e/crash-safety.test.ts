/**
 * A server killed with SIGKILL in the middle of a stream of concurrent writes loses none it acknowledged, and the
 * database it leaves behind is consistent. One kill per run; CRASH_ITERATIONS=20 repeats it (a new database each
 * time), since each run kills at a different moment.
 */
import { randomBytes, randomInt } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Db, EnrollmentStatus } from "../../src/db/database.ts";
import { createDb } from "../../src/db/dialect.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { engine } from "../helpers/engine.ts";
import { startServer } from "../helpers/server.ts";

const iterations = Number(process.env.CRASH_ITERATIONS ?? "1");
const WORKERS = 8;

/** An admin token for once the API requires one; until then the header is ignored. */
const token = randomBytes(32).toString("base64url");

type Operation = "enroll" | "drop" | "complete";
type Body = Record<string, unknown>;

/** The events each acknowledged operation must have left in the enrollment history. */
interface AckedChange {
  status: EnrollmentStatus;
  grade: string | null;
  event: string;
}

interface Pair {
  student_id: number;
  course_id: number;
  acked: AckedChange[];
  /** The operation that was in flight when the server died: it may or may not have happened. */
  unknown?: Operation;
}

/** Everything the clients were told, and what they asked without hearing back. */
interface Ledger {
  students: Map<number, Body>;
  courses: Map<number, Body>;
  pairs: Map<string, Pair>;
  unknownCreates: { students: number; courses: number };
  acked: number;
}

class ConnectionLost extends Error {}

const pairKey = (student_id: number, course_id: number) => `${student_id}:${course_id}`;
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)] as T;
const grades = ["A", "B+", "C-", "F", "P"];

async function call(api: string, method: string, path: string, body?: unknown) {
  let response: Response;
  try {
    response = await fetch(`${api}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ConnectionLost("no answer", { cause: error });
  }
  const text = await response.text().catch((error: unknown) => {
    throw new ConnectionLost("answer cut off", { cause: error });
  });
  if (response.status >= 500) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return { status: response.status, body: (text === "" ? {} : JSON.parse(text)) as Body };
}

/**
 * One client: its own students, everyone's courses, one request at a time (so each enrollment's operations are
 * ordered), until the server stops answering. WORKERS of them run at once; `acknowledged` runs after every 2xx.
 */
async function worker(api: string, ledger: Ledger, acknowledged: () => void, id: number): Promise<void> {
  const mine: number[] = [];
  const local = new Map<string, EnrollmentStatus>();
  let serial = 0;
  for (;;) {
    const courseIds = [...ledger.courses.keys()];
    const roll = Math.random();
    if (mine.length < 2 || roll < 0.08) {
      const input = {
        first_name: `W${id}`,
        last_name: `S${serial}`,
        email: `w${id}.s${serial++}@example.edu`,
      };
      const reply = await create(ledger, "students", () => call(api, "POST", "/students", input));
      if (reply === undefined) return;
      ledger.students.set(reply.id as number, reply);
      mine.push(reply.id as number);
      acknowledged();
      continue;
    }
    if (courseIds.length < 3 || roll < 0.12) {
      const capacity = randomInt(5) === 0 ? null : randomInt(1, 5);
      const input = { code: `W${id}C${serial++}`, title: `Course of worker ${id}`, capacity };
      const reply = await create(ledger, "courses", () => call(api, "POST", "/courses", input));
      if (reply === undefined) return;
      ledger.courses.set(reply.id as number, reply);
      acknowledged();
      continue;
    }
    const student_id = pick(mine);
    const course_id = pick(courseIds);
    const key = pairKey(student_id, course_id);
    const status = local.get(key);
    if (status === "completed") continue;
    const pair = ledger.pairs.get(key) ?? { student_id, course_id, acked: [] };
    ledger.pairs.set(key, pair);
    const operation: Operation =
      status === undefined || status === "dropped"
        ? "enroll"
        : status === "enrolled" && Math.random() < 0.5
          ? "complete"
          : "drop";
    const grade = pick(grades);
    const path = `/students/${student_id}/courses/${course_id}`;
    let reply: { status: number; body: Body };
    try {
      reply =
        operation === "enroll"
          ? await call(api, "POST", "/enroll", { student_id, course_id, waitlist: Math.random() < 0.7 })
          : operation === "drop"
            ? await call(api, "DELETE", path)
            : await call(api, "PATCH", path, { status: "completed", grade });
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      pair.unknown = operation;
      return;
    }
    // A refusal (course full, or a waitlisted student meanwhile promoted) changes nothing.
    if (reply.status >= 300) continue;
    const after: EnrollmentStatus =
      operation === "drop"
        ? "dropped"
        : operation === "complete"
          ? "completed"
          : (reply.body.status as never);
    const event = operation === "enroll" && pair.acked.length > 0 ? "re-enrolled" : after;
    pair.acked.push({ status: after, grade: operation === "complete" ? grade : null, event });
    local.set(key, after);
    acknowledged();
  }
}

/** A create request: the created row, or undefined when the connection was lost (it may have been made). */
async function create(
  ledger: Ledger,
  kind: "students" | "courses",
  request: () => Promise<{ status: number; body: Body }>,
): Promise<Body | undefined> {
  try {
    const reply = await request();
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body;
  } catch (error) {
    if (!(error instanceof ConnectionLost)) throw error;
    ledger.unknownCreates[kind]++;
    return undefined;
  }
}

/** The statuses an enrollment may have now, given what its clients were told and what was left unanswered. */
function allowedStatuses(pair: Pair): Set<EnrollmentStatus | "none"> {
  const last = pair.acked.at(-1)?.status;
  const allowed = new Set<EnrollmentStatus | "none">([last ?? "none"]);
  // A drop or completion elsewhere in the course hands a waitlisted student a seat.
  if (last === "waitlisted") allowed.add("enrolled");
  if (pair.unknown === "enroll") ["enrolled", "waitlisted"].forEach((status) => allowed.add(status as never));
  if (pair.unknown === "drop") allowed.add("dropped");
  if (pair.unknown === "complete") allowed.add("completed");
  return allowed;
}

async function expectSurvivorsAndConsistency(db: Db, api: string, ledger: Ledger): Promise<void> {
  if (engine === "sqlite") {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    expect(integrity.rows).toEqual([{ integrity_check: "ok" }]);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
  }

  const students = await db
    .selectFrom("students")
    .select(["id", "first_name", "last_name", "email", "created_at"])
    .execute();
  const studentsById = new Map(students.map((row) => [row.id, row]));
  for (const [id, body] of ledger.students) {
    expect(studentsById.get(id), `acknowledged student ${id}`).toEqual({
      id,
      first_name: body.first_name,
      last_name: body.last_name,
      email: body.email,
      created_at: body.created_at,
    });
  }
  expect(students.length - ledger.students.size).toBeLessThanOrEqual(ledger.unknownCreates.students);

  const courses = await db
    .selectFrom("courses")
    .select(["id", "code", "title", "capacity", "created_at", "enrolled_count", "waitlist_count"])
    .execute();
  const coursesById = new Map(courses.map((row) => [row.id, row]));
  for (const [id, body] of ledger.courses) {
    expect(coursesById.get(id), `acknowledged course ${id}`).toMatchObject({
      id,
      code: body.code,
      title: body.title,
      capacity: body.capacity,
      created_at: body.created_at,
    });
  }
  expect(courses.length - ledger.courses.size).toBeLessThanOrEqual(ledger.unknownCreates.courses);

  const rows = await db
    .selectFrom("student_courses")
    .select(["student_id", "course_id", "status", "grade", "waitlist_order"])
    .execute();
  const rowsByPair = new Map(rows.map((row) => [pairKey(row.student_id, row.course_id), row]));
  for (const row of rows) {
    expect(
      ledger.pairs.has(pairKey(row.student_id, row.course_id)),
      `unrequested enrollment ${pairKey(row.student_id, row.course_id)}`,
    ).toBe(true);
  }
  const events = await db.selectFrom("enrollment_events").selectAll().orderBy("id").execute();
  for (const [key, pair] of ledger.pairs) {
    const row = rowsByPair.get(key);
    expect(allowedStatuses(pair), `enrollment ${key}: ${JSON.stringify(pair)}`).toContain(
      row?.status ?? "none",
    );
    const last = pair.acked.at(-1);
    if (row?.status === "completed" && last?.status === "completed") expect(row.grade).toBe(last.grade);

    const history = events.filter(
      (event) => event.student_id === pair.student_id && event.course_id === pair.course_id,
    );
    const own = history.filter((event) => event.event !== "promoted").map((event) => event.event);
    expect(own.slice(0, pair.acked.length), `history of ${key}`).toEqual(
      pair.acked.map((change) => change.event),
    );
    expect(own.length - pair.acked.length).toBeLessThanOrEqual(pair.unknown === undefined ? 0 : 1);
    expect(history.at(-1)?.to_status ?? "none", `last event of ${key}`).toBe(row?.status ?? "none");
  }

  for (const course of courses) {
    const roster = rows.filter((row) => row.course_id === course.id);
    const enrolled = roster.filter((row) => row.status === "enrolled").length;
    const waitlisted = roster.filter((row) => row.status === "waitlisted");
    expect(
      { enrolled_count: course.enrolled_count, waitlist_count: course.waitlist_count },
      `course ${course.id}`,
    ).toEqual({
      enrolled_count: enrolled,
      waitlist_count: waitlisted.length,
    });
    if (course.capacity !== null) expect(enrolled).toBeLessThanOrEqual(course.capacity);
    expect(roster.filter((row) => row.status !== "waitlisted" && row.waitlist_order !== null)).toEqual([]);
    expect(new Set(waitlisted.map((row) => row.waitlist_order)).size).toBe(waitlisted.length);
    if (waitlisted.length > 0) {
      const reply = await call(api, "GET", `/courses/${course.id}/students?status=waitlisted`);
      const positions = (reply.body.students as { enrollment: { waitlist_position: number } }[]).map(
        (student) => student.enrollment.waitlist_position,
      );
      expect(positions).toEqual(Array.from({ length: waitlisted.length }, (_, n) => n + 1));
    }
  }
}

describe("a server killed in the middle of concurrent writes", () => {
  for (let run = 1; run <= iterations; run++) {
    it(
      `keeps every acknowledged write and a consistent database (run ${run} of ${iterations})`,
      { timeout: 60_000 },
      async () => {
        const databaseUrl = await freshDatabaseUrl();
        const env = { ADMIN_TOKEN: token };
        const server = await startServer(databaseUrl, env);
        const api = `${server.url}/api/v1`;
        const ledger: Ledger = {
          students: new Map(),
          courses: new Map(),
          pairs: new Map(),
          unknownCreates: { students: 0, courses: 0 },
          acked: 0,
        };
        // The kill lands after a random number of acknowledged writes, a few milliseconds later still, while
        // every client has a request in flight.
        const killAfter = randomInt(60, 300);
        let killed: Promise<NodeJS.Signals | null> | undefined;
        const acknowledged = () => {
          ledger.acked++;
          if (killed === undefined && ledger.acked >= killAfter) {
            killed = new Promise((resolve) => setTimeout(resolve, randomInt(10))).then(() =>
              server.kill("SIGKILL"),
            );
          }
        };
        await Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(api, ledger, acknowledged, id)));
        expect(await killed).toBe("SIGKILL");

        const restarted = await startServer(databaseUrl, env);
        const restartedApi = `${restarted.url}/api/v1`;
        const db = createDb(databaseUrl);
        try {
          await expectSurvivorsAndConsistency(db, restartedApi, ledger);
        } finally {
          await db.destroy();
        }

        const student = await call(restartedApi, "POST", "/students", {
          first_name: "After",
          last_name: "Crash",
          email: "after@example.edu",
        });
        const course = await call(restartedApi, "POST", "/courses", {
          code: "AFTER1",
          title: "After the crash",
          capacity: 1,
        });
        expect([student.status, course.status]).toEqual([201, 201]);
        const enrolled = await call(restartedApi, "POST", "/enroll", {
          student_id: student.body.id,
          course_id: course.body.id,
        });
        expect(enrolled).toMatchObject({ status: 201, body: { status: "enrolled" } });
        await restarted.stop();
      },
    );
  }
});

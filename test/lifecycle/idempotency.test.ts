import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/dialect.ts";
import { testApp } from "../helpers/app.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { dropCourse, enroll, enrollmentRowCount, enrollmentRows } from "../helpers/enrollments.ts";
import { createCourse, createStudent, studentInput } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";
import { adminHeaders, startServer } from "../helpers/server.ts";
import {
  allEvents,
  complete,
  courseWith,
  enrollmentRow,
  enrollmentUrl,
  getCourse,
  historyOf,
  nth,
  storedKeys,
  withKey,
} from "./lifecycle-helpers.ts";

const REPLAYED = "idempotent-replayed";
const HOUR = 60 * 60 * 1000;

/** Asserts that `retry` is a replay of `first`: same status, same body, marked as replayed. */
function expectReplayOf(retry: LightMyRequestResponse, first: LightMyRequestResponse): void {
  expect(retry.statusCode, retry.body).toBe(first.statusCode);
  expect(retry.body).toBe(first.body);
  expect(retry.headers[REPLAYED]).toBe("true");
  expect(String(retry.headers["content-type"])).toBe(String(first.headers["content-type"]));
}

async function setKeyCreatedAt(t: Awaited<ReturnType<typeof testApp>>, key: string, msAgo: number) {
  const result = await t.db
    .updateTable("idempotency_keys")
    .set({ created_at: new Date(Date.now() - msAgo).toISOString() })
    .where("key", "=", key)
    .executeTakeFirst();
  expect(Number(result.numUpdatedRows)).toBe(1);
}

describe("replaying a request with the same Idempotency-Key", () => {
  it("replays POST /api/v1/enroll with the identical status and body and creates nothing new", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };

    const first = await withKey(t, "POST", "/api/v1/enroll", body, "enroll-1");
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers[REPLAYED]).toBeUndefined();
    const rowsAfterFirst = await enrollmentRows(t);
    const eventsAfterFirst = await allEvents(t);
    const courseAfterFirst = await getCourse(t, course.id);

    const retry = await withKey(t, "POST", "/api/v1/enroll", body, "enroll-1");
    const again = await withKey(t, "POST", "/api/v1/enroll", body, "enroll-1");

    expectReplayOf(retry, first);
    expectReplayOf(again, first);
    expect(retry.json()).toMatchObject({ student_id: student.id, course_id: course.id, status: "enrolled" });
    expect(await enrollmentRows(t)).toEqual(rowsAfterFirst);
    expect(await enrollmentRowCount(t)).toBe(1);
    expect(await allEvents(t)).toEqual(eventsAfterFirst);
    expect((await historyOf(t, student.id, course.id)).events).toHaveLength(1);
    expect(await getCourse(t, course.id)).toEqual(courseAfterFirst);
    expect(await storedKeys(t)).toMatchObject([{ key: "enroll-1", method: "POST", status: 201 }]);
  });

  it("replays even after the state it reported has changed since", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };
    const first = await withKey(t, "POST", "/api/v1/enroll", body, "enroll-then-drop");
    await dropCourse(t, student.id, course.id);

    expectReplayOf(await withKey(t, "POST", "/api/v1/enroll", body, "enroll-then-drop"), first);

    expect(await enrollmentRow(t, student.id, course.id)).toMatchObject({ status: "dropped" });
  });

  it("replays a body sent with its fields in another order", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t, { capacity: 0 })];
    const first = await withKey(
      t,
      "POST",
      "/api/v1/enroll",
      { student_id: student.id, course_id: course.id, waitlist: true },
      "reordered",
    );
    expect(first.statusCode, first.body).toBe(201);

    const retry = await t.request({
      method: "POST",
      url: "/api/v1/enroll",
      headers: { "idempotency-key": "reordered", "content-type": "application/json" },
      payload: `{"waitlist":true,"course_id":${course.id},"student_id":${student.id}}`,
    });

    expectReplayOf(retry, first);
    expect(await enrollmentRowCount(t)).toBe(1);
  });

  it("replays POST /api/v1/students/{id}/courses", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const url = `/api/v1/students/${student.id}/courses`;
    const first = await withKey(t, "POST", url, { course_id: course.id }, "nested");
    expect(first.statusCode, first.body).toBe(201);
    expectReplayOf(await withKey(t, "POST", url, { course_id: course.id }, "nested"), first);
    expect((await historyOf(t, student.id, course.id)).events).toHaveLength(1);
  });

  it("replays POST /api/v1/students without creating a second student", async () => {
    const t = await testApp();
    const input = studentInput();
    const first = await withKey(t, "POST", "/api/v1/students", input, "new-student");
    expect(first.statusCode, first.body).toBe(201);

    expectReplayOf(await withKey(t, "POST", "/api/v1/students", input, "new-student"), first);

    const { count } = await t.db
      .selectFrom("students")
      .select((eb) => eb.fn.countAll<number | string | bigint>().as("count"))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(1);
  });

  it("replays a PATCH that completed an enrollment, recording one completion", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await enroll(t, student.id, course.id);
    const url = enrollmentUrl(student.id, course.id);
    const body = { status: "completed", grade: "A" };

    const first = await withKey(t, "PATCH", url, body, "complete-1");
    expect(first.statusCode, first.body).toBe(200);
    const retry = await withKey(t, "PATCH", url, body, "complete-1");

    expectReplayOf(retry, first);
    const events = (await historyOf(t, student.id, course.id)).events.map((event) => event.event);
    expect(events).toEqual(["enrolled", "completed"]);
  });

  it("replays a PATCH without running it again, even when another request changed the enrollment since", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await enroll(t, student.id, course.id);
    await complete(t, student.id, course.id, "C");
    const url = enrollmentUrl(student.id, course.id);

    const first = await withKey(t, "PATCH", url, { grade: "A" }, "grade-a");
    await withKey(t, "PATCH", url, { grade: "B" }, "grade-b");
    const retry = await withKey(t, "PATCH", url, { grade: "A" }, "grade-a");

    expectReplayOf(retry, first);
    expect(retry.json()).toMatchObject({ grade: "A" });
    expect(await enrollmentRow(t, student.id, course.id)).toMatchObject({ grade: "B" });
    const events = (await historyOf(t, student.id, course.id)).events.map((e) => [e.from_grade, e.to_grade]);
    expect(events.slice(-2)).toEqual([
      ["C", "A"],
      ["A", "B"],
    ]);
  });

  it("replays a PATCH of a course", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const url = `/api/v1/courses/${course.id}`;
    const first = await withKey(t, "PATCH", url, { title: "Renamed" }, "rename");
    expect(first.statusCode, first.body).toBe(200);
    await t.patch(url, { title: "Renamed again" });

    expectReplayOf(await withKey(t, "PATCH", url, { title: "Renamed" }, "rename"), first);
    expect((await getCourse(t, course.id)).title).toBe("Renamed again");
  });

  it("stores and replays a 409 course-full, even after a seat has become free", async () => {
    const t = await testApp();
    const { course, enrolled } = await courseWith(t, 1, 1, 0);
    const late = await createStudent(t);
    const body = { student_id: late.id, course_id: course.id };
    const first = await withKey(t, "POST", "/api/v1/enroll", body, "full");
    expectProblem(first, 409, "course-full");
    await dropCourse(t, nth(enrolled, 0), course.id);

    const retry = await withKey(t, "POST", "/api/v1/enroll", body, "full");

    expectReplayOf(retry, first);
    expectProblem(retry, 409, "course-full");
    expect(await enrollmentRow(t, late.id, course.id)).toBeUndefined();
    expect(await storedKeys(t)).toMatchObject([{ key: "full", status: 409 }]);
  });

  it("stores and replays a 404, even after the missing student has been created", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const body = { student_id: 1, course_id: course.id };
    const first = await withKey(t, "POST", "/api/v1/enroll", body, "too-early");
    expectProblem(first, 404, "student-not-found");
    expect((await createStudent(t)).id).toBe(1);

    expectReplayOf(await withKey(t, "POST", "/api/v1/enroll", body, "too-early"), first);
    expect(await enrollmentRowCount(t)).toBe(0);
  });

  it("treats requests with different keys as different requests", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };
    expect((await withKey(t, "POST", "/api/v1/enroll", body, "one")).statusCode).toBe(201);
    const other = await withKey(t, "POST", "/api/v1/enroll", body, "two");
    expectProblem(other, 409, "already-enrolled");
    expect(other.headers[REPLAYED]).toBeUndefined();
  });

  it("stores nothing for a request without the header, and runs a repeat of it again", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    expect(
      (await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id })).statusCode,
    ).toBe(201);
    const repeat = await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id });
    expectProblem(repeat, 409, "already-enrolled");
    expect(repeat.headers[REPLAYED]).toBeUndefined();
    expect(await storedKeys(t)).toEqual([]);
  });
});

describe("reusing an Idempotency-Key for another request", () => {
  it("answers 422 idempotency-key-reused for a different body, and runs nothing", async () => {
    const t = await testApp();
    const [ada, bob] = [await createStudent(t), await createStudent(t)];
    const course = await createCourse(t);
    await withKey(t, "POST", "/api/v1/enroll", { student_id: ada.id, course_id: course.id }, "shared");

    const reused = await withKey(
      t,
      "POST",
      "/api/v1/enroll",
      { student_id: bob.id, course_id: course.id },
      "shared",
    );

    expectProblem(reused, 422, "idempotency-key-reused");
    expect(reused.headers[REPLAYED]).toBeUndefined();
    expect(await enrollmentRow(t, bob.id, course.id)).toBeUndefined();
    expect(await enrollmentRowCount(t)).toBe(1);
  });

  it("answers 422 when only an optional field was added to the body", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await withKey(t, "POST", "/api/v1/enroll", { student_id: student.id, course_id: course.id }, "k");
    expectProblem(
      await withKey(
        t,
        "POST",
        "/api/v1/enroll",
        { student_id: student.id, course_id: course.id, waitlist: true },
        "k",
      ),
      422,
      "idempotency-key-reused",
    );
  });

  it("answers 422 for the same key and body on another path", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const other = await createStudent(t);
    await withKey(t, "POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id }, "path");

    const reused = await withKey(
      t,
      "POST",
      `/api/v1/students/${other.id}/courses`,
      { course_id: course.id },
      "path",
    );

    expectProblem(reused, 422, "idempotency-key-reused");
    expect(await enrollmentRow(t, other.id, course.id)).toBeUndefined();
  });

  it("answers 422 for the same key on another method", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await enroll(t, student.id, course.id);
    await withKey(t, "POST", "/api/v1/courses", { code: "X1", title: "X" }, "method");
    expectProblem(
      await withKey(t, "PATCH", `/api/v1/courses/${course.id}`, { code: "X1", title: "X" }, "method"),
      422,
      "idempotency-key-reused",
    );
    expect((await getCourse(t, course.id)).title).not.toBe("X");
  });

  it("keeps the first response: after a 422 the original request still replays", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };
    const first = await withKey(t, "POST", "/api/v1/enroll", body, "kept");
    await withKey(t, "POST", "/api/v1/enroll", { ...body, waitlist: false }, "kept");
    expectReplayOf(await withKey(t, "POST", "/api/v1/enroll", body, "kept"), first);
  });
});

describe("an invalid Idempotency-Key", () => {
  const invalid = [
    { name: "with a space", key: "my key" },
    { name: "longer than 255 characters", key: "k".repeat(256) },
    { name: "empty", key: "" },
    { name: "with a tab", key: "a\tb" },
  ];

  it.each(invalid)("answers 400 for a key $name, running and storing nothing", async ({ key }) => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];

    const response = await withKey(
      t,
      "POST",
      "/api/v1/enroll",
      { student_id: student.id, course_id: course.id },
      key,
    );

    expectFieldError(response, "idempotency-key");
    expect(await enrollmentRowCount(t)).toBe(0);
    expect(await storedKeys(t)).toEqual([]);
  });

  it("answers 400 for an invalid key on PATCH too", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await enroll(t, student.id, course.id);
    expectFieldError(
      await withKey(t, "PATCH", enrollmentUrl(student.id, course.id), { status: "completed" }, "a b"),
      "idempotency-key",
    );
    expect(await enrollmentRow(t, student.id, course.id)).toMatchObject({ status: "enrolled" });
  });

  it("accepts a key of exactly 255 visible characters", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const key = `${"~!".repeat(127)}Z`;
    expect(key).toHaveLength(255);
    const body = { student_id: student.id, course_id: course.id };
    const first = await withKey(t, "POST", "/api/v1/enroll", body, key);
    expect(first.statusCode, first.body).toBe(201);
    expectReplayOf(await withKey(t, "POST", "/api/v1/enroll", body, key), first);
  });
});

describe("a request that fails validation", () => {
  it("is not stored, so a corrected retry with the same key runs", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];

    const invalid = await withKey(
      t,
      "POST",
      "/api/v1/enroll",
      { student_id: student.id, course: course.id },
      "fix",
    );
    expectProblem(invalid, 400, "validation");
    expect(await storedKeys(t)).toEqual([]);

    const corrected = await withKey(
      t,
      "POST",
      "/api/v1/enroll",
      { student_id: student.id, course_id: course.id },
      "fix",
    );
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.headers[REPLAYED]).toBeUndefined();
    expect(await enrollmentRowCount(t)).toBe(1);
  });

  it("is not stored for a PATCH with an invalid grade either", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await enroll(t, student.id, course.id);
    const url = enrollmentUrl(student.id, course.id);

    expectFieldError(await withKey(t, "PATCH", url, { status: "completed", grade: "E" }, "grade"), "grade");
    const corrected = await withKey(t, "PATCH", url, { status: "completed", grade: "F" }, "grade");

    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ grade: "F" });
  });

  it("is not stored when the body is not JSON", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const broken = await t.request({
      method: "POST",
      url: "/api/v1/enroll",
      headers: { "idempotency-key": "json", "content-type": "application/json" },
      payload: "{not json",
    });
    expect(broken.statusCode).toBe(400);
    const corrected = await withKey(
      t,
      "POST",
      "/api/v1/enroll",
      { student_id: student.id, course_id: course.id },
      "json",
    );
    expect(corrected.statusCode, corrected.body).toBe(201);
  });
});

describe("a key whose first request has not finished", () => {
  it("answers 409 idempotency-key-in-use to a retry while the first request runs", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };
    await withKey(t, "POST", "/api/v1/enroll", body, "running");
    // Put the key back into the state it has while its first request is still being processed.
    await t.db
      .updateTable("idempotency_keys")
      .set({ status: null, body: null })
      .where("key", "=", "running")
      .execute();

    const retry = await withKey(t, "POST", "/api/v1/enroll", body, "running");

    expectProblem(retry, 409, "idempotency-key-in-use");
    expect(retry.headers[REPLAYED]).toBeUndefined();
    expect(await storedKeys(t)).toMatchObject([{ key: "running", status: null }]);
  });

  it("answers 422, not 409, to a different request with a key that is in use", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    await withKey(t, "POST", "/api/v1/enroll", { student_id: student.id, course_id: course.id }, "busy");
    await t.db
      .updateTable("idempotency_keys")
      .set({ status: null, body: null })
      .where("key", "=", "busy")
      .execute();
    expectProblem(
      await withKey(t, "POST", "/api/v1/enroll", { student_id: student.id, course_id: 999 }, "busy"),
      422,
      "idempotency-key-reused",
    );
  });

  it("lets a retry take over a key whose first request never finished after more than a minute", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };
    await withKey(t, "POST", "/api/v1/enroll", body, "abandoned");
    await t.db
      .updateTable("idempotency_keys")
      .set({ status: null, body: null })
      .where("key", "=", "abandoned")
      .execute();
    await setKeyCreatedAt(t, "abandoned", 2 * 60 * 1000);

    const retry = await withKey(t, "POST", "/api/v1/enroll", body, "abandoned");

    // It runs again (the enrollment exists by now) and its response is stored for later retries.
    expectProblem(retry, 409, "already-enrolled");
    expect(retry.headers[REPLAYED]).toBeUndefined();
    expectReplayOf(await withKey(t, "POST", "/api/v1/enroll", body, "abandoned"), retry);
  });
});

describe("the lifetime of an Idempotency-Key", () => {
  it("expires a key after 24 hours: the same request with it runs again", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };
    await withKey(t, "POST", "/api/v1/enroll", body, "old");
    await dropCourse(t, student.id, course.id);
    await setKeyCreatedAt(t, "old", 24 * HOUR + 60_000);

    const later = await withKey(t, "POST", "/api/v1/enroll", body, "old");

    expect(later.statusCode, later.body).toBe(201);
    expect(later.headers[REPLAYED]).toBeUndefined();
    const events = (await historyOf(t, student.id, course.id)).events.map((event) => event.event);
    expect(events).toEqual(["enrolled", "dropped", "re-enrolled"]);
  });

  it("lets an expired key be used for a different request", async () => {
    const t = await testApp();
    const [ada, bob] = [await createStudent(t), await createStudent(t)];
    const course = await createCourse(t);
    await withKey(t, "POST", "/api/v1/enroll", { student_id: ada.id, course_id: course.id }, "recycled");
    await setKeyCreatedAt(t, "recycled", 25 * HOUR);

    const response = await withKey(
      t,
      "POST",
      "/api/v1/enroll",
      { student_id: bob.id, course_id: course.id },
      "recycled",
    );

    expect(response.statusCode, response.body).toBe(201);
    expect(await storedKeys(t)).toMatchObject([{ key: "recycled", status: 201, path: "/api/v1/enroll" }]);
  });

  it("still replays a key that is a little under 24 hours old", async () => {
    const t = await testApp();
    const [student, course] = [await createStudent(t), await createCourse(t)];
    const body = { student_id: student.id, course_id: course.id };
    const first = await withKey(t, "POST", "/api/v1/enroll", body, "young");
    await dropCourse(t, student.id, course.id);
    await setKeyCreatedAt(t, "young", 23 * HOUR);

    expectReplayOf(await withKey(t, "POST", "/api/v1/enroll", body, "young"), first);
    expect(await enrollmentRow(t, student.id, course.id)).toMatchObject({ status: "dropped" });
  });
});

interface HttpReply {
  status: number;
  body: string;
  replayed: string | null;
}

async function send(url: string, body: unknown, key?: string): Promise<HttpReply> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      ...adminHeaders,
      "content-type": "application/json",
      ...(key !== undefined && { "idempotency-key": key }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.text(), replayed: response.headers.get(REPLAYED) };
}

async function createdId(url: string, body: unknown): Promise<number> {
  const reply = await send(url, body);
  expect(reply.status, reply.body).toBe(201);
  return (JSON.parse(reply.body) as { id: number }).id;
}

describe("one Idempotency-Key sent concurrently to a real server", () => {
  it(
    "20 concurrent POST /api/v1/enroll with one key create exactly one enrollment",
    { timeout: 60_000 },
    async () => {
      const databaseUrl = await freshDatabaseUrl();
      const server = await startServer(databaseUrl);
      const api = `${server.url}/api/v1`;
      try {
        const course_id = await createdId(`${api}/courses`, { code: "CS1", title: "Intro", capacity: 5 });
        const student_id = await createdId(`${api}/students`, {
          first_name: "Ada",
          last_name: "Lovelace",
          email: "ada@example.edu",
        });

        const replies = await Promise.all(
          Array.from({ length: 20 }, () => send(`${api}/enroll`, { student_id, course_id }, "one-key")),
        );

        const created = replies.filter((reply) => reply.status === 201);
        const inUse = replies.filter((reply) => reply.status === 409);
        expect(created.length + inUse.length, JSON.stringify(replies)).toBe(20);
        expect(created.length).toBeGreaterThanOrEqual(1);
        expect(new Set(created.map((reply) => reply.body)).size).toBe(1);
        expect(created.filter((reply) => reply.replayed === null)).toHaveLength(1);
        expect(JSON.parse(nth(created, 0).body)).toMatchObject({ student_id, course_id, status: "enrolled" });
        for (const reply of inUse) {
          expect(JSON.parse(reply.body)).toMatchObject({
            type: "/problems/idempotency-key-in-use",
            status: 409,
          });
        }

        const history = await fetch(`${api}/students/${student_id}/courses/${course_id}/history`, {
          headers: adminHeaders,
        });
        expect(((await history.json()) as { events: unknown[] }).events).toHaveLength(1);
        const db = createDb(databaseUrl);
        try {
          const rows = await db.selectFrom("student_courses").selectAll().execute();
          expect(rows).toMatchObject([{ student_id, course_id, status: "enrolled" }]);
          const course = await db.selectFrom("courses").selectAll().executeTakeFirstOrThrow();
          expect(course.enrolled_count).toBe(1);
          expect(await db.selectFrom("idempotency_keys").select(["key", "status"]).execute()).toEqual([
            { key: "one-key", status: 201 },
          ]);
        } finally {
          await db.destroy();
        }
        // Once the dust has settled, the key replays the one response.
        const retry = await send(`${api}/enroll`, { student_id, course_id }, "one-key");
        expect(retry).toEqual({ status: 201, body: nth(created, 0).body, replayed: "true" });
      } finally {
        await server.stop();
      }
    },
  );
});

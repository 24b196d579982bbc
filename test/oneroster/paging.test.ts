/**
 * Offset paging past the first page is answered from the query's kept answer (src/oneroster-rest/page-cache.ts);
 * every page must still be exactly what a fresh query gives: the same rows in the same order, the same
 * X-Total-Count, and after any write the new state, not the kept one.
 */
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { TOMBSTONE_RETENTION_DAYS } from "../../src/oneroster-rest/tombstones.ts";
import type { TestApp } from "../helpers/app.ts";
import { testApp } from "../helpers/app.ts";
import { enroll } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { BASE, rosterClient } from "./helpers.ts";

type Get = Awaited<ReturnType<typeof rosterClient>>;

async function roster(t: TestApp, students: number) {
  const courses = [await createCourse(t, { capacity: 100 }), await createCourse(t, { capacity: 100 })];
  const ids: number[] = [];
  for (let n = 0; n < students; n++) {
    const student = await createStudent(t, { last_name: n % 3 === 0 ? "O'Brien" : `Family ${n % 7}` });
    ids.push(student.id);
    for (const course of courses.slice(0, 1 + (n % 2))) await enroll(t, student.id, course.id);
  }
  return { courses, ids };
}

/** The answer in one request from offset 0, with a page size no paging here uses: a fresh answer. */
async function whole(get: Get, collection: string, query: string) {
  const response = await get(`${BASE}/${collection}?limit=10000${query}`);
  expect(response.statusCode).toBe(200);
  return Object.values(response.json<Record<string, unknown[]>>())[0] ?? [];
}

async function paged(get: Get, collection: string, query: string, limit: number) {
  const records: unknown[] = [];
  const totals = new Set<string>();
  for (let offset = 0; ; offset += limit) {
    const response = await get(`${BASE}/${collection}?limit=${limit}&offset=${offset}${query}`);
    expect(response.statusCode).toBe(200);
    totals.add(String(response.headers["x-total-count"]));
    const page = Object.values(response.json<Record<string, unknown[]>>())[0] ?? [];
    records.push(...page);
    if (page.length < limit) return { records, totals: [...totals] };
  }
}

describe("OneRoster offset paging", () => {
  it("pages through each query exactly as one request from offset 0 answers it", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await roster(t, 24);
    const queries: [string, string][] = [
      ["users", ""],
      ["students", "&sort=familyName&orderBy=desc"],
      ["users", `&filter=${encodeURIComponent("familyName='O''Brien'")}&fields=sourcedId,familyName`],
      ["enrollments", "&sort=user.sourcedId"],
      ["enrollments", `&filter=${encodeURIComponent("role='student' AND status='active'")}`],
    ];
    for (const [collection, query] of queries) {
      const expected = await whole(get, collection, query);
      const { records, totals } = await paged(get, collection, query, 5);
      expect(records).toEqual(expected);
      expect(totals).toEqual([String(expected.length)]);
    }
  });

  it("answers with the new state after a write between two pages", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const { courses, ids } = await roster(t, 12);
    const second = await get(`${BASE}/enrollments?limit=5&offset=5`);
    expect(second.statusCode).toBe(200);

    // A drop turns an enrollment tobedeleted, a deleted student takes its user away, a new one adds one.
    expect((await t.delete(`/api/v1/students/${ids[7]}/courses/${courses[0]?.id}`)).statusCode).toBe(204);
    expect((await t.delete(`/api/v1/students/${ids[2]}`)).statusCode).toBe(204);
    const newcomer = await createStudent(t);
    await enroll(t, newcomer.id, courses[1]?.id ?? 0);

    const expected = await whole(get, "enrollments", "");
    const third = await get(`${BASE}/enrollments?limit=5&offset=10`);
    expect(third.json()).toEqual({ enrollments: expected.slice(10, 15) });
    expect(third.headers["x-total-count"]).toBe(String(expected.length));
    const { records } = await paged(get, "enrollments", "", 5);
    expect(records).toEqual(expected);
    const users = await paged(get, "users", "", 4);
    expect(users.records).toEqual(await whole(get, "users", ""));
  });

  it("keeps a class's roster apart from another class's", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const { courses } = await roster(t, 10);
    const rosters = [];
    for (const course of courses) {
      const collection = `classes/registrar-course-${course.id}/students`;
      const expected = await whole(get, collection, "");
      const { records } = await paged(get, collection, "", 3);
      expect(records).toEqual(expected);
      rosters.push(records.length);
    }
    // Every student is in the first class, every other one in the second.
    expect(rosters).toEqual([10, 5]);
  });

  it("stops answering from a kept answer once a tombstone in it has outlived the retention", async () => {
    const t = await testApp();
    const { ids } = await roster(t, 4);
    expect((await t.delete(`/api/v1/students/${ids[0]}`)).statusCode).toBe(204);
    const gone = `registrar-student-${ids[0]}`;
    // Two minutes before the tombstone leaves the window: a client and token (writes), then a kept answer.
    const expires = Date.now() + TOMBSTONE_RETENTION_DAYS * 86_400_000;
    vi.useFakeTimers({ toFake: ["Date"], now: expires - 2 * 60_000 });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const get = await rosterClient(t);
    const before = await paged(get, "users", "", 2);
    expect(before.records).toContainEqual(
      expect.objectContaining({ sourcedId: gone, status: "tobedeleted" }),
    );

    // Only the clock moves past it (less than the idle time; the token still valid): the data stays.
    vi.setSystemTime(expires + 60_000);
    const expected = await whole(get, "users", "");
    expect(expected).not.toContainEqual(expect.objectContaining({ sourcedId: gone }));
    const after = await paged(get, "users", "", 2);
    expect(after.records).toEqual(expected);
    expect(after.totals).toEqual([String(expected.length)]);
  });
});

import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { courseStudents, dropCourse, enroll, type CourseStudents } from "../helpers/enrollments.ts";
import { createCourse } from "../helpers/factories.ts";
import { insertStudents, nextLink } from "../helpers/lists.ts";
import { expectFieldError } from "../helpers/problem.ts";
import { complete, courseWith, nth } from "./lifecycle-helpers.ts";

type RosterPage = CourseStudents & { next_cursor: string | null };
type RosterStudent = RosterPage["students"][number];

// Capitalised ASCII letters only, so that every collation orders them alike; many exact duplicates, so that
// ties are broken by id.
const LAST_NAMES = ["Okafor", "Baker", "Chen", "Diaz", "Baker", "Evans", "Chen"];
const FIRST_NAMES = ["Cy", "Ann", "Bo"];

/** Inserts `count` students with the names above (ids 1…count in a fresh database) and returns their ids. */
async function insertNamedStudents(t: TestApp, count: number): Promise<number[]> {
  const at = new Date().toISOString();
  await insertStudents(
    t.db,
    Array.from({ length: count }, (_, n) => ({
      first_name: nth(FIRST_NAMES, n % FIRST_NAMES.length),
      last_name: nth(LAST_NAMES, n % LAST_NAMES.length),
      email: `student${n}@example.edu`,
      created_at: at,
      updated_at: at,
    })),
  );
  const rows = await t.db.selectFrom("students").select("id").orderBy("id").execute();
  return rows.map((row) => row.id);
}

/**
 * A course whose default roster has 120 students: 70 enrolled, 25 completed and 25 waitlisted, arriving in an
 * order unrelated to their ids or names, plus 5 dropped students who are not on it.
 */
async function bigRoster(t: TestApp) {
  const ids = await insertNamedStudents(t, 125);
  const arrival = ids.map((_, n) => nth(ids, (n * 37) % ids.length));
  const course = await createCourse(t, { capacity: 70 });
  for (const id of arrival.slice(0, 70)) await enroll(t, id, course.id);
  for (const id of arrival.slice(0, 25)) await complete(t, id, course.id, "P");
  for (const id of arrival.slice(70, 95)) await enroll(t, id, course.id);
  for (const id of arrival.slice(95)) await enroll(t, id, course.id, true);
  const dropped = [arrival[96], arrival[100], arrival[105], arrival[110], arrival[124]].map((id) => id ?? 0);
  for (const id of dropped) await dropCourse(t, id, course.id);
  return { course, dropped };
}

async function getPage(
  t: TestApp,
  url: string,
): Promise<{ response: LightMyRequestResponse; page: RosterPage }> {
  const response = await t.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return { response, page: response.json<RosterPage>() };
}

/** Follows the Link headers from the first URL to the last page. */
async function walk(t: TestApp, firstUrl: string): Promise<RosterPage[]> {
  const pages: RosterPage[] = [];
  let url: string | undefined = firstUrl;
  while (url !== undefined) {
    if (pages.length > 200) throw new Error("more than 200 pages");
    const { response, page } = await getPage(t, url);
    pages.push(page);
    url = nextLink(response);
    expect(url === undefined, "a Link header exactly when there is a next_cursor").toBe(
      page.next_cursor === null,
    );
  }
  return pages;
}

const idsOf = (students: RosterStudent[]) => students.map((student) => student.id);

function compareByName(a: RosterStudent, b: RosterStudent): number {
  if (a.last_name !== b.last_name) return a.last_name < b.last_name ? -1 : 1;
  if (a.first_name !== b.first_name) return a.first_name < b.first_name ? -1 : 1;
  return a.id - b.id;
}

describe("paging through a course roster", () => {
  it("walking all pages of a 120-student roster with limit 25 returns each student exactly once, in the order of the unpaged roster", async () => {
    const t = await testApp();
    const { course, dropped } = await bigRoster(t);
    const whole = await courseStudents(t, course.id);
    expect(whole.students).toHaveLength(120);

    const pages = await walk(t, `/api/v1/courses/${course.id}/students?limit=25`);

    expect(pages.map((page) => page.students.length)).toEqual([25, 25, 25, 25, 20]);
    const walked = pages.flatMap((page) => page.students);
    expect(idsOf(walked)).toEqual(idsOf(whole.students));
    expect(new Set(idsOf(walked)).size).toBe(120);
    expect(walked).toEqual(whole.students);
    expect(idsOf(walked)).not.toEqual(expect.arrayContaining(dropped));
    expect(nth(pages, 4).next_cursor).toBeNull();
    for (const page of pages) expect(page.course).toEqual(whole.course);
  });

  it("orders the roster as documented: enrolled and completed by last name, first name and id, then the waitlist in order", async () => {
    const t = await testApp();
    const { course } = await bigRoster(t);
    const { students } = await courseStudents(t, course.id);

    const statuses = students.map((student) => student.enrollment.status);
    expect(statuses.filter((status) => status === "enrolled")).toHaveLength(70);
    expect(statuses.filter((status) => status === "completed")).toHaveLength(25);
    const seated = students.slice(0, 95);
    expect(seated.every((student) => student.enrollment.status !== "waitlisted")).toBe(true);
    expect(idsOf(seated)).toEqual(idsOf([...seated].sort(compareByName)));
    expect(idsOf(seated)).not.toEqual(idsOf(seated).sort((a, b) => a - b));
    const waiting = students.slice(95);
    expect(waiting.map((student) => student.enrollment.status)).toEqual(Array(25).fill("waitlisted"));
    expect(waiting.map((student) => student.enrollment.waitlist_position)).toEqual(
      Array.from({ length: 25 }, (_, n) => n + 1),
    );
  });

  it("sends a Link rel=next header that keeps the other query parameters and gives the next page", async () => {
    const t = await testApp();
    const { course } = await bigRoster(t);
    const base = `/api/v1/courses/${course.id}/students`;

    const { response, page } = await getPage(t, `${base}?status=enrolled,completed&limit=25`);

    expect(page.next_cursor).not.toBeNull();
    const link = nextLink(response);
    const target = new URL(link ?? "", "http://test.invalid");
    expect(target.pathname).toBe(base);
    expect(target.searchParams.get("status")).toBe("enrolled,completed");
    expect(target.searchParams.get("limit")).toBe("25");
    expect(target.searchParams.get("cursor")).toBe(page.next_cursor);
    const viaLink = await getPage(t, link ?? "");
    const viaCursor = await getPage(
      t,
      `${base}?status=enrolled,completed&limit=25&cursor=${encodeURIComponent(page.next_cursor ?? "")}`,
    );
    expect(viaLink.page).toEqual(viaCursor.page);
    expect(idsOf(viaLink.page.students)).not.toEqual(expect.arrayContaining(idsOf(page.students)));
  });

  it("pages through the waitlist alone in waitlist order", async () => {
    const t = await testApp();
    const { course } = await bigRoster(t);
    const pages = await walk(t, `/api/v1/courses/${course.id}/students?status=waitlisted&limit=10`);
    expect(pages.map((page) => page.students.length)).toEqual([10, 10, 5]);
    expect(
      pages.flatMap((page) => page.students.map((student) => student.enrollment.waitlist_position)),
    ).toEqual(Array.from({ length: 25 }, (_, n) => n + 1));
  });

  it("pages through a status filter that includes dropped students", async () => {
    const t = await testApp();
    const { course, dropped } = await bigRoster(t);
    const whole = await courseStudents(t, course.id, "?status=dropped,enrolled");
    const pages = await walk(t, `/api/v1/courses/${course.id}/students?status=dropped,enrolled&limit=7`);
    expect(idsOf(pages.flatMap((page) => page.students))).toEqual(idsOf(whole.students));
    expect(idsOf(whole.students)).toEqual(expect.arrayContaining(dropped));
    expect(whole.students).toHaveLength(75);
  });

  it("returns the whole roster with next_cursor null and no Link header without a limit", async () => {
    const t = await testApp();
    const { course } = await bigRoster(t);
    const { response, page } = await getPage(t, `/api/v1/courses/${course.id}/students`);
    expect(page.students).toHaveLength(120);
    expect(page.next_cursor).toBeNull();
    expect(response.headers.link).toBeUndefined();
  });

  it("returns one page with next_cursor null when the limit equals the roster size", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 5, 0);
    const { response, page } = await getPage(t, `/api/v1/courses/${course.id}/students?limit=5`);
    expect(page.students).toHaveLength(5);
    expect(page.next_cursor).toBeNull();
    expect(response.headers.link).toBeUndefined();
  });

  it("stops after the last full page: limit 2 on a roster of 4 gives two pages", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 4, 0);
    const pages = await walk(t, `/api/v1/courses/${course.id}/students?limit=2`);
    expect(pages.map((page) => page.students.length)).toEqual([2, 2]);
  });

  it("returns an empty page with next_cursor null for a course without students", async () => {
    const t = await testApp();
    const course = await createCourse(t);
    const { page } = await getPage(t, `/api/v1/courses/${course.id}/students?limit=10`);
    expect(page).toMatchObject({ students: [], next_cursor: null });
  });

  it("accepts the largest limit, 500", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 3, 0);
    const { page } = await getPage(t, `/api/v1/courses/${course.id}/students?limit=500`);
    expect(page.students).toHaveLength(3);
  });

  it("continues after the last student shown even when a student on an earlier page has dropped since", async () => {
    const t = await testApp();
    const ids = await insertNamedStudents(t, 30);
    const course = await createCourse(t);
    for (const id of ids) await enroll(t, id, course.id);
    const whole = idsOf((await courseStudents(t, course.id)).students);
    const { page: first } = await getPage(t, `/api/v1/courses/${course.id}/students?limit=10`);

    await dropCourse(t, nth(idsOf(first.students), 0), course.id);
    const { page: second } = await getPage(
      t,
      `/api/v1/courses/${course.id}/students?limit=10&cursor=${encodeURIComponent(first.next_cursor ?? "")}`,
    );

    expect(idsOf(second.students)).toEqual(whole.slice(10, 20));
  });
});

describe("a roster cursor that does not belong to the request", () => {
  async function firstCursor(t: TestApp, course_id: number, query = "") {
    const { page } = await getPage(t, `/api/v1/courses/${course_id}/students?limit=1${query}`);
    expect(page.next_cursor).not.toBeNull();
    return page.next_cursor ?? "";
  }

  const rosterWithCursor = (course_id: number, cursor: string, query = "") =>
    `/api/v1/courses/${course_id}/students?limit=1&cursor=${encodeURIComponent(cursor)}${query}`;

  it("answers 400 for a cursor from another course", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 3, 0);
    const other = await createCourse(t);
    for (const id of (await courseStudents(t, course.id)).students.map((student) => student.id)) {
      await enroll(t, id, other.id);
    }
    const cursor = await firstCursor(t, course.id);
    expectFieldError(await t.get(rosterWithCursor(other.id, cursor)), "cursor");
  });

  it("answers 400 for a cursor from the same course with another ?status", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, 2, 2, 2);
    const cursor = await firstCursor(t, course.id, "&status=enrolled");
    expectFieldError(await t.get(rosterWithCursor(course.id, cursor, "&status=waitlisted")), "cursor");
    expectFieldError(await t.get(rosterWithCursor(course.id, cursor)), "cursor");
    const ok = await t.get(rosterWithCursor(course.id, cursor, "&status=enrolled"));
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it("answers 400 for an edited cursor", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 3, 0);
    const cursor = await firstCursor(t, course.id);
    const [payload = "", mac = ""] = cursor.split(".");
    const position = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    position[position.length - 1] = Number(position.at(-1)) + 1;
    const forged = `${Buffer.from(JSON.stringify(position)).toString("base64url")}.${mac}`;
    const flipped = `${payload.slice(0, -1)}${payload.endsWith("A") ? "B" : "A"}.${mac}`;

    expectFieldError(await t.get(rosterWithCursor(course.id, forged)), "cursor");
    expectFieldError(await t.get(rosterWithCursor(course.id, flipped)), "cursor");
    expectFieldError(await t.get(rosterWithCursor(course.id, `${cursor}x`)), "cursor");
    expectFieldError(await t.get(rosterWithCursor(course.id, `${cursor}==`)), "cursor");
    expectFieldError(await t.get(rosterWithCursor(course.id, `${payload}.!${mac}`)), "cursor");
  });

  it("answers 400 for a cursor that is not a cursor at all", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 3, 0);
    for (const cursor of ["abc", ".", "", "a.b.c"]) {
      expectFieldError(await t.get(rosterWithCursor(course.id, cursor)), "cursor");
    }
  });

  it("answers 400 for a cursor of the student list", async () => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 3, 0);
    const list = (await t.get("/api/v1/students?limit=1")).json<{ next_cursor: string }>();
    expectFieldError(await t.get(rosterWithCursor(course.id, list.next_cursor)), "cursor");
  });
});

describe("the roster's limit", () => {
  it.each(["0", "501", "-1", "ten", "2.5", "1e1"])("answers 400 for limit=%s", async (limit) => {
    const t = await testApp();
    const { course } = await courseWith(t, null, 1, 0);
    expectFieldError(await t.get(`/api/v1/courses/${course.id}/students?limit=${limit}`), "limit");
  });
});

import { describe, expect, it } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import { testApp } from "../helpers/app.ts";
import { createCourse } from "../helpers/factories.ts";
import { allPages, byKeyThenId, insertCourses, type Page } from "../helpers/lists.ts";
import { expectFieldError } from "../helpers/problem.ts";

const titles = ["algebra", "biology", "chemistry"];

/** Unique codes in scrambled id order, titles and creation times with many ties. */
function courseRows(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    code: `C${String((i * 17 + 3) % count).padStart(3, "0")}`,
    title: titles[(i * 5) % titles.length] ?? "",
    created_at: `2026-11-2${(i * 7) % 3}T08:00:00.000Z`,
    updated_at: "2026-11-22T08:00:00.000Z",
  }));
}

describe("GET /api/v1/courses", () => {
  it("returns 50 courses by default, ordered by code", async () => {
    const t = await testApp();
    await insertCourses(t.db, courseRows(55));
    const page = (await t.get("/api/v1/courses")).json<Page<Course>>();
    expect(page.data).toHaveLength(50);
    expect(page.data.map((course) => course.code)).toEqual(
      Array.from({ length: 50 }, (_, i) => `C${String(i).padStart(3, "0")}`),
    );
    expect(page.next_cursor).toEqual(expect.any(String));
  });

  it.each(["0", "501", "abc"])("rejects limit=%s with 400", async (limit) => {
    const t = await testApp();
    expectFieldError(await t.get(`/api/v1/courses?limit=${limit}`), "limit");
  });

  it.each(["last_name", "credits", "-capacity", "name"])("rejects sort=%s with 400", async (sort) => {
    const t = await testApp();
    expectFieldError(await t.get(`/api/v1/courses?sort=${sort}`), "sort");
  });

  it("rejects an unknown query parameter with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.get("/api/v1/courses?search=cs"), "search");
  });

  const sorts = ["code", "title", "created_at", "id"] as const;
  it.each(sorts.flatMap((field) => [field, `-${field}`]))(
    "orders every page of sort=%s by that field with ties broken by id",
    async (sort) => {
      const t = await testApp();
      await insertCourses(t.db, courseRows(30));
      const field = sort.replace(/^-/, "") as (typeof sorts)[number];
      const pages = await allPages<Course>(t, `/api/v1/courses?sort=${sort}&limit=4`);
      expect(pages).toHaveLength(8);
      const listed = pages.flatMap((page) => page.data);
      const expected = [...listed].sort(byKeyThenId(field, sort.startsWith("-")));
      expect(listed.map((course) => course.id)).toEqual(expected.map((course) => course.id));
      expect(new Set(listed.map((course) => course.id)).size).toBe(30);
    },
  );
});

describe("GET /api/v1/courses?q=", () => {
  async function withCourses() {
    const t = await testApp();
    await createCourse(t, { code: "CS101", title: "Intro to Programming" });
    await createCourse(t, { code: "MA201", title: "Linear Algebra" });
    await createCourse(t, { code: "PH100", title: "Physics for Programmers" });
    await createCourse(t, { code: "A_1", title: "Underscore" });
    await createCourse(t, { code: "AB1", title: "No underscore" });
    await createCourse(t, { code: "X1", title: "100% Practical" });
    await createCourse(t, { code: "X2", title: "100 Practical" });
    return t;
  }
  const codes = async (t: Awaited<ReturnType<typeof testApp>>, q: string) => {
    const response = await t.get(`/api/v1/courses?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return response.json<Page<Course>>().data.map((course) => course.code);
  };

  // PostgreSQL cannot compare text with NUL in it: a search for one was a 500 there.
  it("rejects a NUL character in q with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.get("/api/v1/courses?q=a%00b"), "q");
  });

  it("matches the code without regard to case", async () => {
    const t = await withCourses();
    expect(await codes(t, "cs1")).toEqual(["CS101"]);
  });

  it("matches the title without regard to case", async () => {
    const t = await withCourses();
    expect(await codes(t, "PROGRAM")).toEqual(["CS101", "PH100"]);
  });

  it("treats _ literally rather than as a wildcard", async () => {
    const t = await withCourses();
    expect(await codes(t, "a_1")).toEqual(["A_1"]);
  });

  it("treats % literally rather than as a wildcard", async () => {
    const t = await withCourses();
    expect(await codes(t, "0% p")).toEqual(["X1"]);
    expect(await codes(t, "%")).toEqual(["X1"]);
  });
});

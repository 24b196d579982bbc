import { describe, expect, it } from "vitest";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp } from "../helpers/app.ts";
import { createStudent } from "../helpers/factories.ts";
import { allPages, byKeyThenId, insertStudents, nextLink, type Page } from "../helpers/lists.ts";
import { expectFieldError } from "../helpers/problem.ts";

const letters = "abcdefghijklmnopqrstuvwxyz";
/** A fixed-length lowercase word for n, so every database collation orders these the same way. */
const word = (n: number) => `${letters.charAt(Math.floor(n / 26) % 26)}${letters.charAt(n % 26)}xx`;

/** Rows with many ties in every sortable column but email and id, in no particular order of id. */
function studentRows(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const scrambled = (i * 17 + 5) % count;
    return {
      first_name: word((i * 7) % 4),
      last_name: word((i * 11) % 5),
      email: `${word(scrambled)}@example.edu`,
      created_at: `2026-11-2${(i * 13) % 3}T10:00:00.000Z`,
      updated_at: "2026-11-22T10:00:00.000Z",
    };
  });
}

describe("GET /api/v1/students", () => {
  it("returns 50 students by default, ordered by last name then id", async () => {
    const t = await testApp();
    await insertStudents(t.db, studentRows(60));
    const response = await t.get("/api/v1/students");
    expect(response.statusCode).toBe(200);
    const page = response.json<Page<Student>>();
    expect(page.data).toHaveLength(50);
    expect(page.next_cursor).toEqual(expect.any(String));
    const all = (await t.get("/api/v1/students?limit=500")).json<Page<Student>>().data;
    expect(page.data).toEqual([...all].sort(byKeyThenId("last_name", false)).slice(0, 50));
  });

  it("returns an empty list with no next page when there are no students", async () => {
    const t = await testApp();
    const response = await t.get("/api/v1/students");
    expect(response.json()).toEqual({ data: [], next_cursor: null });
    expect(response.headers.link).toBeUndefined();
  });

  it.each(["0", "501", "abc", "-1", "1e2", "2.5", ""])("rejects limit=%s with 400", async (limit) => {
    const t = await testApp();
    expectFieldError(await t.get(`/api/v1/students?limit=${limit}`), "limit");
  });

  it.each(["1", "500"])("accepts limit=%s", async (limit) => {
    const t = await testApp();
    await insertStudents(t.db, studentRows(3));
    const page = (await t.get(`/api/v1/students?limit=${limit}`)).json<Page<Student>>();
    expect(page.data).toHaveLength(Math.min(3, Number(limit)));
  });

  it.each(["name", "code", "--last_name", "last_name,id", "LAST_NAME", "updated_at"])(
    "rejects sort=%s with 400",
    async (sort) => {
      const t = await testApp();
      expectFieldError(await t.get(`/api/v1/students?sort=${encodeURIComponent(sort)}`), "sort");
    },
  );

  it("rejects an unknown query parameter with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.get("/api/v1/students?page=2"), "page");
  });

  const sorts = ["last_name", "first_name", "email", "created_at", "id"] as const;
  it.each(sorts.flatMap((field) => [field, `-${field}`]))(
    "orders every page of sort=%s by that field with ties broken by id",
    async (sort) => {
      const t = await testApp();
      await insertStudents(t.db, studentRows(40));
      const field = sort.replace(/^-/, "") as (typeof sorts)[number];
      const pages = await allPages<Student>(t, `/api/v1/students?sort=${sort}&limit=7`);
      expect(pages).toHaveLength(6);
      const listed = pages.flatMap((page) => page.data);
      const expected = [...listed].sort(byKeyThenId(field, sort.startsWith("-")));
      expect(listed.map((student) => student.id)).toEqual(expected.map((student) => student.id));
      expect(new Set(listed.map((student) => student.id)).size).toBe(40);
    },
  );
});

describe("GET /api/v1/students?q=", () => {
  async function withStudents() {
    const t = await testApp();
    await createStudent(t, { first_name: "Ada", last_name: "Lovelace", email: "ada@example.edu" });
    await createStudent(t, { first_name: "Grace", last_name: "Hopper", email: "grace@navy.mil" });
    await createStudent(t, { first_name: "Alan", last_name: "Turing", email: "turing@bletchley.uk" });
    await createStudent(t, { first_name: "Ann", last_name: "Under_score", email: "u1@example.org" });
    await createStudent(t, { first_name: "Ann", last_name: "Underxscore", email: "u2@example.org" });
    await createStudent(t, { first_name: "Fifty", last_name: "Per%Cent", email: "p1@example.org" });
    await createStudent(t, { first_name: "Fifty", last_name: "PerCent", email: "p2@example.org" });
    await createStudent(t, { first_name: "Back", last_name: "Back\\slash", email: "b1@example.org" });
    return t;
  }
  const lastNames = async (t: Awaited<ReturnType<typeof testApp>>, q: string) => {
    const response = await t.get(`/api/v1/students?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return response.json<Page<Student>>().data.map((student) => student.last_name);
  };

  // PostgreSQL cannot compare text with NUL in it: a search for one was a 500 there.
  it("rejects a NUL character in q with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.get("/api/v1/students?q=a%00b"), "q");
  });

  it("matches the last name without regard to case", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "LOVE")).toEqual(["Lovelace"]);
  });

  it("matches the first name without regard to case", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "gRaCe")).toEqual(["Hopper"]);
  });

  it("matches the email without regard to case", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "BLETCHLEY.UK")).toEqual(["Turing"]);
  });

  it("returns every match in the list order", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "example.org")).toEqual([
      "Back\\slash",
      "Per%Cent",
      "PerCent",
      "Under_score",
      "Underxscore",
    ]);
  });

  it("treats _ literally rather than as a wildcard", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "r_s")).toEqual(["Under_score"]);
    expect(await lastNames(t, "_")).toEqual(["Under_score"]);
  });

  it("treats % literally rather than as a wildcard", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "r%c")).toEqual(["Per%Cent"]);
    expect(await lastNames(t, "%")).toEqual(["Per%Cent"]);
  });

  it("treats a backslash literally", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "k\\s")).toEqual(["Back\\slash"]);
  });

  it("returns an empty list when nothing matches", async () => {
    const t = await withStudents();
    expect(await lastNames(t, "nobody")).toEqual([]);
  });
});

describe("student list pages", () => {
  it("gives next_cursor and a Link header only while there is a next page", async () => {
    const t = await testApp();
    await insertStudents(t.db, studentRows(5));
    const first = await t.get("/api/v1/students?limit=2");
    const firstPage = first.json<Page<Student>>();
    expect(firstPage.next_cursor).toEqual(expect.any(String));
    expect(nextLink(first)).toBeDefined();
    const second = await t.get(`/api/v1/students?limit=2&cursor=${String(firstPage.next_cursor)}`);
    expect(nextLink(second)).toBeDefined();
    const third = await t.get(
      `/api/v1/students?limit=2&cursor=${String(second.json<Page<Student>>().next_cursor)}`,
    );
    const lastPage = third.json<Page<Student>>();
    expect(lastPage.data).toHaveLength(1);
    expect(lastPage.next_cursor).toBeNull();
    expect(third.headers.link).toBeUndefined();
  });

  it("gives no next page when the last page is exactly full", async () => {
    const t = await testApp();
    await insertStudents(t.db, studentRows(4));
    const pages = await allPages<Student>(t, "/api/v1/students?limit=2");
    expect(pages.map((page) => page.data.length)).toEqual([2, 2]);
    expect(pages[1]?.next_cursor).toBeNull();
  });

  it("keeps q, sort and limit in the Link to the next page", async () => {
    const t = await testApp();
    for (let i = 0; i < 5; i++) {
      await createStudent(t, { first_name: `Jan${i}`, last_name: "van der Berg%" });
      await createStudent(t, { first_name: `Jan${i}`, last_name: "Smith" });
    }
    const q = "N DER b";
    const first = await t.get(`/api/v1/students?q=${encodeURIComponent(q)}&sort=-first_name&limit=2`);
    const link = nextLink(first);
    expect(link).toBeDefined();
    const linkUrl = new URL(String(link), "http://localhost");
    expect(linkUrl.pathname).toBe("/api/v1/students");
    expect(linkUrl.searchParams.get("q")).toBe(q);
    expect(linkUrl.searchParams.get("sort")).toBe("-first_name");
    expect(linkUrl.searchParams.get("limit")).toBe("2");
    expect(linkUrl.searchParams.get("cursor")).toBe(first.json<Page<Student>>().next_cursor);

    const pages = await allPages<Student>(
      t,
      `/api/v1/students?q=${encodeURIComponent(q)}&sort=-first_name&limit=2`,
    );
    expect(pages.map((page) => page.data.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((page) => page.data.map((student) => student.first_name))).toEqual([
      "Jan4",
      "Jan3",
      "Jan2",
      "Jan1",
      "Jan0",
    ]);
  });
});

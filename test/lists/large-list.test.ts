import { describe, expect, it } from "vitest";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { allPages, insertStudents } from "../helpers/lists.ts";

const COUNT = 10_000;
const surnames = ["garcia", "kim", "nguyen", "smith", "wong", "zhang"];

/** 10,000 students sharing six last names and one created_at, so nearly every ordering decision is an id tie. */
async function tenThousandStudents(t: TestApp): Promise<void> {
  await insertStudents(
    t.db,
    Array.from({ length: COUNT }, (_, i) => ({
      first_name: `f${i}`,
      last_name: surnames[(i * 7) % surnames.length] ?? "",
      email: `s${i}@example.edu`,
      created_at: "2026-11-22T10:00:00.000Z",
      updated_at: "2026-11-22T10:00:00.000Z",
    })),
  );
}

async function listEveryPage(t: TestApp, url: string) {
  const pages = await allPages<Pick<Student, "id" | "last_name">>(t, url, 100);
  return { pages, ids: pages.flatMap((page) => page.data.map((student) => student.id)) };
}

describe("paging through 10,000 students", () => {
  it(
    "returns each student exactly once, by last name then id, 500 at a time",
    { timeout: 60_000 },
    async () => {
      const t = await testApp();
      await tenThousandStudents(t);
      const { pages, ids } = await listEveryPage(t, "/api/v1/students?limit=500");
      expect(pages).toHaveLength(20);
      expect(ids).toHaveLength(COUNT);
      expect(new Set(ids).size).toBe(COUNT);
      const rows = pages.flatMap((page) => page.data);
      const expected = [...rows].sort((a, b) =>
        a.last_name === b.last_name ? a.id - b.id : a.last_name < b.last_name ? -1 : 1,
      );
      expect(ids).toEqual(expected.map((student) => student.id));
    },
  );

  it(
    "returns each student exactly once with sort=-created_at when every created_at is the same",
    { timeout: 60_000 },
    async () => {
      const t = await testApp();
      await tenThousandStudents(t);
      const { pages, ids } = await listEveryPage(t, "/api/v1/students?limit=500&sort=-created_at");
      expect(pages).toHaveLength(20);
      expect(new Set(ids).size).toBe(COUNT);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
    },
  );
});

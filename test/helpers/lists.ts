import type { LightMyRequestResponse } from "fastify";
import type { Insertable } from "kysely";
import { expect } from "vitest";
import type { CourseTable, Db, StudentTable } from "../../src/db/database.ts";
import type { TestApp } from "./app.ts";

export interface Page<Row> {
  data: Row[];
  next_cursor: string | null;
}

const CHUNK = 500;

/** Inserts rows straight into the database, bypassing the API, in multi-row statements. */
export async function insertStudents(db: Db, rows: Insertable<StudentTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto("students")
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

export async function insertCourses(db: Db, rows: Insertable<CourseTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto("courses")
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

/** The target of a response's `Link: <…>; rel="next"` header, or undefined when there is none. */
export function nextLink(response: LightMyRequestResponse): string | undefined {
  const header = response.headers.link;
  if (header === undefined) return undefined;
  const match = /^<([^>]+)>;\s*rel="next"$/.exec(String(header));
  expect(match, `unexpected Link header ${String(header)}`).not.toBeNull();
  return match?.[1];
}

/** Follows next links from the first URL to the last page, checking that every page agrees with its Link. */
export async function allPages<Row>(t: TestApp, firstUrl: string, maxPages = 1000): Promise<Page<Row>[]> {
  const pages: Page<Row>[] = [];
  let url: string | undefined = firstUrl;
  while (url !== undefined) {
    if (pages.length >= maxPages) throw new Error(`more than ${maxPages} pages`);
    const response = await t.get(url);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<Page<Row>>();
    pages.push(page);
    url = nextLink(response);
    expect(url === undefined).toBe(page.next_cursor === null);
  }
  return pages;
}

/** Compares by the given key, then by id; descending reverses both. */
export function byKeyThenId<Row extends { id: number }>(key: keyof Row, descending: boolean) {
  const sign = descending ? -1 : 1;
  return (a: Row, b: Row): number => {
    const [x, y] = [a[key], b[key]];
    if (x < y) return -sign;
    if (x > y) return sign;
    return sign * (a.id - b.id);
  };
}

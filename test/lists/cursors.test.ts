import { describe, expect, it } from "vitest";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import type { Page } from "../helpers/lists.ts";
import { expectFieldError } from "../helpers/problem.ts";

async function firstCursor(t: TestApp, url: string): Promise<string> {
  const page = (await t.get(url)).json<Page<unknown>>();
  if (page.next_cursor === null) throw new Error("expected a next page");
  return page.next_cursor;
}

async function withStudents(): Promise<TestApp> {
  const t = await testApp();
  for (const last_name of ["Adams", "Baker", "Clark", "Davis"]) await createStudent(t, { last_name });
  return t;
}

describe("list cursors", () => {
  it("accepts the cursor it issued and continues after the last row", async () => {
    const t = await withStudents();
    const cursor = await firstCursor(t, "/api/v1/students?limit=2");
    const page = (await t.get(`/api/v1/students?limit=2&cursor=${cursor}`)).json<Page<Student>>();
    expect(page.data.map((student) => student.last_name)).toEqual(["Clark", "Davis"]);
  });

  it('rejects the cursor "garbage" with 400', async () => {
    const t = await withStudents();
    expectFieldError(await t.get("/api/v1/students?cursor=garbage"), "cursor");
  });

  it("rejects an empty cursor with 400", async () => {
    const t = await withStudents();
    expectFieldError(await t.get("/api/v1/students?cursor="), "cursor");
  });

  it("rejects a valid cursor with its first character changed with 400", async () => {
    const t = await withStudents();
    const cursor = await firstCursor(t, "/api/v1/students?limit=2");
    const tampered = `${cursor.startsWith("A") ? "B" : "A"}${cursor.slice(1)}`;
    expectFieldError(await t.get(`/api/v1/students?limit=2&cursor=${tampered}`), "cursor");
  });

  it("rejects a valid cursor with its last character changed with 400", async () => {
    const t = await withStudents();
    const cursor = await firstCursor(t, "/api/v1/students?limit=2");
    const tampered = `${cursor.slice(0, -1)}${cursor.endsWith("x") ? "y" : "x"}`;
    expectFieldError(await t.get(`/api/v1/students?limit=2&cursor=${tampered}`), "cursor");
  });

  it("rejects a cursor whose position was edited and re-encoded with 400", async () => {
    const t = await withStudents();
    const cursor = await firstCursor(t, "/api/v1/students?limit=2");
    const [payload = "", signature] = cursor.split(".");
    const [scope, , id] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    const tampered = `${Buffer.from(JSON.stringify([scope, "Adams", id])).toString("base64url")}.${String(signature)}`;
    expect(tampered).not.toBe(cursor);
    expectFieldError(await t.get(`/api/v1/students?limit=2&cursor=${tampered}`), "cursor");
  });

  it("rejects a cursor issued for another sort with 400", async () => {
    const t = await withStudents();
    const cursor = await firstCursor(t, "/api/v1/students?limit=2&sort=last_name");
    expectFieldError(await t.get(`/api/v1/students?limit=2&sort=first_name&cursor=${cursor}`), "cursor");
  });

  it("rejects a cursor issued for the opposite direction with 400", async () => {
    const t = await withStudents();
    const cursor = await firstCursor(t, "/api/v1/students?limit=2&sort=created_at");
    expectFieldError(await t.get(`/api/v1/students?limit=2&sort=-created_at&cursor=${cursor}`), "cursor");
  });

  it("rejects a student cursor on the course list with 400", async () => {
    const t = await withStudents();
    for (let i = 0; i < 3; i++) await createCourse(t);
    const cursor = await firstCursor(t, "/api/v1/students?limit=2&sort=id");
    expectFieldError(await t.get(`/api/v1/courses?limit=2&sort=title&cursor=${cursor}`), "cursor");
    expectFieldError(await t.get(`/api/v1/courses?limit=2&sort=id&cursor=${cursor}`), "cursor");
  });

  it("rejects a course cursor of the default sort on the student list with 400", async () => {
    const t = await testApp();
    for (let i = 0; i < 3; i++) await createCourse(t);
    const cursor = await firstCursor(t, "/api/v1/courses?limit=2");
    expectFieldError(await t.get(`/api/v1/students?limit=2&cursor=${cursor}`), "cursor");
  });
});

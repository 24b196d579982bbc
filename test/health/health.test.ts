import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { closeDatabase } from "../helpers/database.ts";
import { expectProblem } from "../helpers/problem.ts";

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
}

describe("health and documentation", () => {
  it("answers /healthz with 200", async () => {
    const t = await testApp();
    const response = await t.get("/healthz");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("answers /healthz with 200 even when the database is gone", async () => {
    const t = await testApp();
    await closeDatabase(t.db);
    expect((await t.get("/healthz")).statusCode).toBe(200);
  });

  it("answers /readyz with 200 when the database answers", async () => {
    const t = await testApp();
    const response = await t.get("/readyz");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ready" });
  });

  it("answers /readyz with a 503 problem when the database is gone", async () => {
    const t = await testApp();
    await closeDatabase(t.db);
    const response = await t.get("/readyz");
    expectProblem(response, 503, "database-unavailable");
    expect(response.body).not.toMatch(/stack|sql|select/i);
  });

  it("serves an OpenAPI 3.1 document with the student paths", async () => {
    const t = await testApp();
    const response = await t.get("/openapi.json");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    const document = response.json<OpenApiDocument>();
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/students",
        "/api/v1/students/{student_id}",
        "/api/v1/courses",
        "/api/v1/courses/{course_id}",
      ]),
    );
    expect(Object.keys(document.paths["/api/v1/students/{student_id}"] ?? {}).sort()).toEqual([
      "delete",
      "get",
      "patch",
    ]);
  });

  it("documents the 409 of creating a student in the OpenAPI document", async () => {
    const t = await testApp();
    const document = (await t.get("/openapi.json")).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    const responses = document.paths["/api/v1/students"]?.post?.responses ?? {};
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(["201", "400", "409"]));
  });

  it("redirects /docs to the interactive reference, which answers 200 with HTML", async () => {
    const t = await testApp();
    const redirect = await t.get("/docs");
    expect([301, 302, 307, 308]).toContain(redirect.statusCode);
    const location = new URL(String(redirect.headers.location), "http://localhost/docs");
    expect(location.pathname).toBe("/docs/");
    const page = await t.get(location.pathname);
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toMatch(/<html/i);
  });

  it("serves the script the reference page loads", async () => {
    const t = await testApp();
    const page = await t.get("/docs/");
    const script = /<script src="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const response = await t.get(new URL(script, "http://localhost/docs/").pathname);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.body).toContain("createApiReference");
  });
});

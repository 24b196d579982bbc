import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { closeDatabase } from "../helpers/database.ts";
import { expectProblem } from "../helpers/problem.ts";

describe("error responses", () => {
  it("answers an unknown route with a 404 problem", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.get("/api/v1/teachers"), 404, "not-found");
    expect(problem.instance).toBe("/api/v1/teachers");
  });

  it("answers an unsupported method on a known path with a problem", async () => {
    const t = await testApp();
    const response = await t.request({ method: "PUT", url: "/api/v1/students/1", payload: {} });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });

  it("answers a database failure with a 500 problem that leaks no stack trace or SQL", async () => {
    const t = await testApp();
    await closeDatabase(t.db);
    const response = await t.get("/api/v1/students/1");
    const problem = expectProblem(response, 500, "internal");
    expect(Object.keys(problem).sort()).toEqual(["detail", "instance", "status", "title", "type"]);
    expect(response.body).not.toMatch(/stack/i);
    expect(response.body).not.toMatch(/\bat .*\.ts:\d+/);
    expect(response.body).not.toMatch(/sql/i);
    expect(response.body).not.toMatch(/select/i);
    expect(response.body).not.toMatch(/students"? where/i);
  });

  it("answers a failed list with a 500 problem that leaks no SQL", async () => {
    const t = await testApp();
    await closeDatabase(t.db);
    const response = await t.get("/api/v1/courses?q=x");
    expectProblem(response, 500, "internal");
    expect(response.body).not.toMatch(/sql|select|lower\(/i);
  });
});

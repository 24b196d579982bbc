import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { Db } from "../../src/db/database.ts";
import { freshDb } from "../helpers/database.ts";
import { expectProblem } from "../helpers/problem.ts";

async function appLimitedTo(max: number, db?: Db) {
  const app = await buildApp({
    db: db ?? (await freshDb()),
    webRoot: null,
    rateLimit: { max, window_ms: 60_000 },
  });
  onTestFinished(() => app.close());
  return app;
}

describe("rate limiting", () => {
  it("answers 429 problem+json with Retry-After once a client has spent the window's budget", async () => {
    const app = await appLimitedTo(3);
    const remaining: unknown[] = [];
    for (let request = 0; request < 3; request++) {
      const response = await app.inject({ method: "GET", url: "/api/v1/students" });
      expect(response.statusCode).toBe(200);
      expect(response.headers["x-ratelimit-limit"]).toBe("3");
      remaining.push(response.headers["x-ratelimit-remaining"]);
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    const limited = await app.inject({ method: "GET", url: "/api/v1/students" });
    const problem = expectProblem(limited, 429, "rate-limited");
    expect(problem.title).toBe("Too many requests");
    expect(problem.detail).toMatch(/at most 3 per 60 s/);
    expect(problem.instance).toBe("/api/v1/students");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60);
    expect(limited.headers["x-ratelimit-remaining"]).toBe("0");
    expect(limited.headers["content-security-policy"]).toBeDefined();
  });

  it("counts writes, unknown paths and the docs, and never runs a limited request", async () => {
    const db = await freshDb();
    const app = await appLimitedTo(2, db);
    expect((await app.inject({ method: "GET", url: "/no/such/path" })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/openapi.json" })).statusCode).toBe(200);

    const write = await app.inject({
      method: "POST",
      url: "/api/v1/courses",
      payload: { code: "CS101", title: "Intro" },
    });
    expectProblem(write, 429, "rate-limited");
    expect(await db.selectFrom("courses").select("id").execute()).toEqual([]);
    expectProblem(await app.inject({ method: "GET", url: "/docs/" }), 429, "rate-limited");
  });

  it("keeps a budget per client address", async () => {
    const app = await appLimitedTo(1);
    const from = (remoteAddress: string) =>
      app.inject({ method: "GET", url: "/api/v1/courses", remoteAddress });
    expect((await from("192.0.2.1")).statusCode).toBe(200);
    expect((await from("192.0.2.2")).statusCode).toBe(200);
    expectProblem(await from("192.0.2.1"), 429, "rate-limited");
  });

  it("never limits the health checks", async () => {
    const app = await appLimitedTo(1);
    await app.inject({ method: "GET", url: "/api/v1/courses" });
    for (let request = 0; request < 3; request++) {
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
    }
    expectProblem(await app.inject({ method: "GET", url: "/api/v1/courses" }), 429, "rate-limited");
  });

  it("is off unless the app is given a limit", async () => {
    const app = await buildApp({ db: await freshDb(), webRoot: null });
    onTestFinished(() => app.close());
    const response = await app.inject({ method: "GET", url: "/api/v1/courses" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-ratelimit-limit"]).toBeUndefined();
  });
});

import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import { SESSION_COOKIE } from "../../src/auth/auth.hooks.ts";
import { createToken, openSession } from "../../src/auth/auth.service.ts";
import type { Db } from "../../src/db/database.ts";
import { freshDb } from "../helpers/database.ts";
import { expectProblem } from "../helpers/problem.ts";

const adminToken = "an-admin-token-for-the-rate-limit-tests-0123456789";
const asAdmin = { authorization: `Bearer ${adminToken}` };

async function appLimitedTo(max: number, db?: Db) {
  const app = await buildApp({
    db: db ?? (await freshDb()),
    webRoot: null,
    adminToken,
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
      const response = await app.inject({ method: "GET", url: "/api/v1/students", headers: asAdmin });
      expect(response.statusCode).toBe(200);
      expect(response.headers["x-ratelimit-limit"]).toBe("3");
      remaining.push(response.headers["x-ratelimit-remaining"]);
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    const limited = await app.inject({ method: "GET", url: "/api/v1/students", headers: asAdmin });
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

  it("keeps a budget per token, and one per address for callers without a valid token", async () => {
    const app = await appLimitedTo(1);
    const from = (remoteAddress: string, headers = {}) =>
      app.inject({ method: "GET", url: "/api/v1/courses", remoteAddress, headers });
    expect((await from("192.0.2.1", asAdmin)).statusCode).toBe(200);
    expectProblem(await from("192.0.2.2", asAdmin), 429, "rate-limited");
    expect((await from("192.0.2.1")).statusCode).toBe(401);
    expect((await from("192.0.2.2", { authorization: "Bearer guessed" })).statusCode).toBe(401);
    expectProblem(await from("192.0.2.1", { authorization: "Bearer guessed" }), 429, "rate-limited");
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
    const app = await buildApp({ db: await freshDb(), webRoot: null, adminToken });
    onTestFinished(() => app.close());
    const response = await app.inject({ method: "GET", url: "/api/v1/courses", headers: asAdmin });
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-ratelimit-limit"]).toBeUndefined();
  });
});

describe("rate limiting a student", () => {
  it("spends one budget for the student across its tokens and sessions, apart from staff's", async () => {
    const db = await freshDb();
    const app = await appLimitedTo(2, db);
    const ada = await db
      .insertInto("students")
      .values({
        first_name: "Ada",
        last_name: "Lovelace",
        email: "ada@example.edu",
        created_at: "2026-12-01T00:00:00.000Z",
        updated_at: "2026-12-01T00:00:00.000Z",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = (await createToken(db, { name: "ada", role: "student", student_id: ada.id })).token;
    const { sessionId } = await openSession(db, { role: "student", student_id: ada.id });
    const terms = (headers: Record<string, string>) =>
      app.inject({ method: "GET", url: "/api/v1/terms", headers });

    const byToken = await terms({ authorization: `Bearer ${token}` });
    const bySession = await terms({ cookie: `${SESSION_COOKIE}=${sessionId}` });
    const again = await terms({ authorization: `Bearer ${token}` });
    const staff = await terms(asAdmin);

    expect([byToken.statusCode, bySession.statusCode, staff.statusCode]).toEqual([200, 200, 200]);
    expectProblem(again, 429, "rate-limited");
  });
});

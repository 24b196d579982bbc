import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InjectOptions } from "fastify";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import { bearer, testApp, type TestApp } from "../helpers/app.ts";
import { freshDb } from "../helpers/database.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

interface Route {
  method: InjectOptions["method"] & string;
  url: string;
  tags: string[];
}

interface Operation {
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean; schema?: { default?: unknown } }[];
}

/**
 * The query parameters a caller must send (required, no default), each 1 as a path parameter is: `?term_id=1`,
 * or nothing.
 */
const requiredQuery = (operation: Operation) => {
  const names = (operation.parameters ?? [])
    .filter(
      (parameter) =>
        parameter.in === "query" && parameter.required === true && parameter.schema?.default === undefined,
    )
    .map((parameter) => `${parameter.name}=1`);
  return names.length === 0 ? "" : `?${names.join("&")}`;
};

/**
 * Every documented route of the app (OpenAPI), with 1 for each path parameter and each required query
 * parameter: a new route is in here too.
 */
async function routesOf(t: TestApp): Promise<Route[]> {
  await t.app.ready();
  const paths = (t.app.swagger().paths ?? {}) as Record<string, Record<string, Operation>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => ["get", "head", "post", "put", "patch", "delete"].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        url: path.replace(/\{[^}]+\}/g, "1") + requiredQuery(operation),
        tags: operation.tags ?? [],
      })),
  );
}

/** Sign-in and sign-out are the only API routes that a caller without a token may use. */
/** Signing in and out, and the web UI's session probe (which answers 200 signed out), need no token. */
const isOpen = (route: Route) =>
  !route.url.startsWith("/api/") ||
  (route.url === "/api/v1/session" && route.method !== "GET") ||
  route.url === "/api/v1/session/state";

/** Stops testApp's request helper from adding the admin token (it leaves requests with a cookie header alone). */
const noToken = { cookie: "" };

const isRead = (route: Route) => route.method === "GET" || route.method === "HEAD";
const isRecords = (route: Route) =>
  ["students", "courses", "enrollments", "terms", "catalog", "instructors", "registration"].some((tag) =>
    route.tags.includes(tag),
  );
/** Holds and overrides: registrars and admins only, reading them too. */
const isRegistrarOnly = (route: Route) => /\/(holds|overrides)(\/|$)/.test(route.url);

const send = (t: TestApp, route: Route, headers: Record<string, string>) =>
  t.request({
    method: route.method,
    url: route.url,
    headers,
    ...(!isRead(route) && route.method !== "DELETE" && { payload: {} }),
  });

describe("every API route needs a valid token", () => {
  it("answers 401 problem+json with WWW-Authenticate: Bearer without a token, or with a bad or revoked one", async () => {
    const t = await testApp();
    const revoked = await t.tokenFor("admin", "retired");
    expect((await t.delete("/api/v1/tokens/retired")).statusCode).toBe(204);
    const protectedRoutes = (await routesOf(t)).filter((route) => !isOpen(route));
    expect(protectedRoutes.length).toBeGreaterThan(15);

    for (const route of protectedRoutes) {
      for (const headers of [
        noToken,
        bearer("reg_not-a-real-token"),
        bearer(revoked),
        { authorization: `Basic ${Buffer.from("admin:admin").toString("base64")}` },
      ]) {
        const response = await t.request({ ...{ method: route.method, url: route.url }, headers });
        const label = `${route.method} ${route.url} with ${JSON.stringify(headers)}`;
        expect(response.statusCode, label).toBe(401);
        expect(response.headers["content-type"], label).toMatch(/^application\/problem\+json/);
        expect(response.headers["www-authenticate"], label).toMatch(/^Bearer( |$)/);
        expect(response.json(), label).toMatchObject({ type: "/problems/unauthorized", status: 401 });
      }
    }
  });

  it("checks the token before reading the body, so an unauthenticated upload is not even parsed", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/imports",
      headers: { ...noToken, "content-type": "application/zip" },
      payload: Buffer.from("not a zip"),
    });
    expectProblem(response, 401, "unauthorized");
  });

  it("keeps unknown API paths behind the token too (401 before 404)", async () => {
    const t = await testApp();
    expectProblem(await t.request({ method: "GET", url: "/api/v1/nothing", headers: noToken }), 401);
    expectProblem(await t.get("/api/v1/nothing"), 404, "not-found");
  });

  it("accepts the scheme name in any letter case", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "GET",
      url: "/api/v1/students",
      headers: { authorization: `bearer ${t.adminToken}` },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe("roles", () => {
  it("lets a viewer read students, courses and enrollments but change nothing: 403 on every write route", async () => {
    const t = await testApp();
    const viewer = bearer(await t.tokenFor("viewer"));
    const student = await createStudent(t);
    const course = await createCourse(t);
    expect(
      (await t.post("/api/v1/enroll", { student_id: student.id, course_id: course.id })).statusCode,
    ).toBe(201);
    const routes = await routesOf(t);
    const writes = routes.filter((route) => !isOpen(route) && !isRead(route));
    expect(writes.length).toBeGreaterThan(8);
    const before = await snapshot(t);

    for (const route of writes) {
      expectProblem(await send(t, route, viewer), 403, "forbidden");
    }
    for (const route of routes.filter((route) => isRecords(route) && isRead(route))) {
      const response = await send(t, route, viewer);
      const allowed = isRegistrarOnly(route) ? [403] : [200, 404];
      expect(allowed, `${route.method} ${route.url}: ${response.body}`).toContain(response.statusCode);
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it("lets a registrar change students, courses and enrollments, but not imports or tokens", async () => {
    const t = await testApp();
    const registrar = bearer(await t.tokenFor("registrar"));
    const as = (options: InjectOptions) => t.request({ ...options, headers: registrar });

    const student = await as({
      method: "POST",
      url: "/api/v1/students",
      payload: { first_name: "A", last_name: "B", email: "a@example.edu" },
    });
    const course = await as({
      method: "POST",
      url: "/api/v1/courses",
      payload: { code: "CS1", title: "Intro" },
    });
    const ids = {
      student_id: student.json<{ id: number }>().id,
      course_id: course.json<{ id: number }>().id,
    };
    const enrolled = await as({ method: "POST", url: "/api/v1/enroll", payload: ids });
    const batch = await as({ method: "POST", url: "/api/v1/enrollments/batch", payload: { items: [ids] } });
    const renamed = await as({
      method: "PATCH",
      url: `/api/v1/students/${ids.student_id}`,
      payload: { first_name: "C" },
    });
    const dropped = await as({
      method: "DELETE",
      url: `/api/v1/students/${ids.student_id}/courses/${ids.course_id}`,
    });

    expect([student, course, enrolled].map((response) => response.statusCode)).toEqual([201, 201, 201]);
    expect(batch.statusCode, batch.body).toBe(200);
    expect(renamed.statusCode).toBe(200);
    expect(dropped.statusCode).toBe(204);
    const adminOnly = (await routesOf(t)).filter(
      (route) => !isOpen(route) && !isRecords(route) && route.url !== "/api/v1/session",
    );
    expect(adminOnly.map((route) => route.tags[0])).toEqual(expect.arrayContaining(["imports", "tokens"]));
    for (const route of adminOnly) expectProblem(await send(t, route, registrar), 403, "forbidden");
  });

  it("lets an admin manage tokens, and every role ask who it is", async () => {
    const t = await testApp();
    for (const role of ["viewer", "registrar", "admin"] as const) {
      const token = await t.tokenFor(role, `a-${role}`);
      const me = await t.request({ method: "GET", url: "/api/v1/session", headers: bearer(token) });
      expect(me.json()).toEqual({ name: `a-${role}`, role });
    }
    expect((await t.get("/api/v1/tokens")).statusCode).toBe(200);
  });

  it("accepts the ADMIN_TOKEN from the environment as an admin named ADMIN_TOKEN", async () => {
    const adminToken = "an-admin-token-from-the-environment-0123456789";
    const t = await testApp({ adminToken });
    const headers = bearer(adminToken);

    const created = await t.request({
      method: "POST",
      url: "/api/v1/tokens",
      headers,
      payload: { name: "ci", role: "viewer" },
    });
    const me = await t.request({ method: "GET", url: "/api/v1/session", headers });
    const wrong = await t.request({
      method: "GET",
      url: "/api/v1/students",
      headers: bearer(`${adminToken}x`),
    });

    expect(created.statusCode, created.body).toBe(201);
    expect(me.json()).toEqual({ name: "ADMIN_TOKEN", role: "admin" });
    expectProblem(wrong, 401, "unauthorized");
  });
});

describe("revoking a token", () => {
  it("stops it with the very next request", async () => {
    const t = await testApp();
    const token = bearer(await t.tokenFor("registrar", "laptop"));
    const before = await t.request({ method: "GET", url: "/api/v1/students", headers: token });

    const revoked = await t.delete("/api/v1/tokens/laptop");

    expect(before.statusCode).toBe(200);
    expect(revoked.statusCode).toBe(204);
    expectProblem(
      await t.request({ method: "GET", url: "/api/v1/students", headers: token }),
      401,
      "unauthorized",
    );
  });
});

describe("public routes", () => {
  it("answer without a token: health, readiness, the OpenAPI document, the docs and the web UI's files", async () => {
    const root = mkdtempSync(join(tmpdir(), "registrar-web-"));
    onTestFinished(() => {
      rmSync(root, { recursive: true, force: true });
    });
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Registrar</title>");
    const app = await buildApp({ db: await freshDb(), webRoot: root });
    onTestFinished(() => app.close());

    for (const url of ["/healthz", "/readyz", "/openapi.json", "/docs/", "/", "/students/12"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(200);
    }
  });
});

async function snapshot(t: TestApp) {
  return {
    students: await t.db.selectFrom("students").selectAll().orderBy("id").execute(),
    courses: await t.db.selectFrom("courses").selectAll().orderBy("id").execute(),
    enrollments: await t.db.selectFrom("student_courses").selectAll().execute(),
    tokens: await t.db.selectFrom("api_tokens").selectAll().orderBy("id").execute(),
    imports: await t.db.selectFrom("import_jobs").selectAll().execute(),
  };
}

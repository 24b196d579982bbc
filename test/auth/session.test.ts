import { createHash } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { bearer, testApp, type TestApp } from "../helpers/app.ts";
import { expectProblem } from "../helpers/problem.ts";

const ADMIN_TOKEN = "an-admin-token-from-the-environment-0123456789";

function sessionCookie(response: LightMyRequestResponse) {
  const cookie = response.cookies.find((each) => each.name === "registrar_session");
  if (cookie === undefined) throw new Error(`no session cookie in ${JSON.stringify(response.headers)}`);
  return cookie;
}

async function signIn(t: TestApp, token: string): Promise<string> {
  const response = await t.request({ method: "POST", url: "/api/v1/session", payload: { token } });
  expect(response.statusCode, response.body).toBe(200);
  return `registrar_session=${sessionCookie(response).value}`;
}

const withCookie = (cookie: string, headers: Record<string, string> = {}) => ({ cookie, ...headers });

const newStudent = { first_name: "Ada", last_name: "Lovelace", email: "ada@example.edu" };

describe("signing in to the web UI", () => {
  it("answers the token's name and role and sets an HttpOnly, SameSite=Strict session cookie for 12 hours", async () => {
    const t = await testApp();
    const token = await t.tokenFor("registrar", "front-desk");

    const response = await t.request({ method: "POST", url: "/api/v1/session", payload: { token } });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ name: "front-desk", role: "registrar" });
    const cookie = sessionCookie(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/", maxAge: 12 * 60 * 60 });
    expect(cookie.secure).toBeUndefined();
    expect(cookie.value).not.toContain(token);
  });

  it("marks the cookie Secure when the request came over https", async () => {
    const t = await testApp();
    // inject() has no TLS socket; this stands in for one, which is what request.protocol reads.
    t.app.addHook("onRequest", (request, _reply, done) => {
      Object.assign(request.raw.socket, { encrypted: true });
      done();
    });

    const response = await t.request({
      method: "POST",
      url: "/api/v1/session",
      payload: { token: t.adminToken },
    });

    expect(response.statusCode, response.body).toBe(200);
    expect(sessionCookie(response).secure).toBe(true);
  });

  it("stores only a hash of the session id", async () => {
    const t = await testApp();
    const cookie = await signIn(t, t.adminToken);
    const id = cookie.split("=")[1] ?? "";

    const rows = await t.db.selectFrom("sessions").select("id_hash").execute();

    expect(rows).toEqual([{ id_hash: createHash("sha256").update(id).digest("hex") }]);
  });

  it("lets the cookie act as the token: reads and writes as its role, and GET /session names it", async () => {
    const t = await testApp();
    const registrar = await signIn(t, await t.tokenFor("registrar", "front-desk"));
    const viewer = await signIn(t, await t.tokenFor("viewer", "auditor"));

    const me = await t.request({ method: "GET", url: "/api/v1/session", headers: withCookie(registrar) });
    const created = await t.request({
      method: "POST",
      url: "/api/v1/students",
      payload: newStudent,
      headers: withCookie(registrar),
    });
    const read = await t.request({ method: "GET", url: "/api/v1/students", headers: withCookie(viewer) });
    const refused = await t.request({
      method: "POST",
      url: "/api/v1/courses",
      payload: { code: "CS1", title: "Intro" },
      headers: withCookie(viewer),
    });

    expect(me.json()).toEqual({ name: "front-desk", role: "registrar" });
    expect(created.statusCode, created.body).toBe(201);
    expect(read.statusCode).toBe(200);
    expectProblem(refused, 403, "forbidden");
  });

  it("refuses a wrong, revoked or missing token with 401 and sets no cookie", async () => {
    const t = await testApp();
    const revoked = await t.tokenFor("viewer", "gone");
    expect((await t.delete("/api/v1/tokens/gone")).statusCode).toBe(204);

    for (const token of ["reg_not-a-token", revoked]) {
      const response = await t.request({ method: "POST", url: "/api/v1/session", payload: { token } });
      expectProblem(response, 401, "unauthorized");
      expect(response.headers["www-authenticate"]).toMatch(/^Bearer /);
      expect(response.cookies).toEqual([]);
    }
    expectProblem(
      await t.request({ method: "POST", url: "/api/v1/session", payload: {} }),
      400,
      "validation",
    );
  });

  it("accepts the ADMIN_TOKEN from the environment", async () => {
    const t = await testApp({ adminToken: ADMIN_TOKEN });
    const cookie = await signIn(t, ADMIN_TOKEN);

    const me = await t.request({ method: "GET", url: "/api/v1/session", headers: withCookie(cookie) });

    expect(me.json()).toEqual({ name: "ADMIN_TOKEN", role: "admin" });
  });

  it("answers 401 to GET /session without a cookie or with an unknown one", async () => {
    const t = await testApp();
    for (const headers of [{}, { cookie: "registrar_session=forged" }]) {
      const response = await t.app.inject({ method: "GET", url: "/api/v1/session", headers });
      expectProblem(response, 401, "unauthorized");
    }
  });
});

describe("a session ends", () => {
  it("when signing out: the server forgets it and the cookie is cleared", async () => {
    const t = await testApp();
    const cookie = await signIn(t, t.adminToken);

    const out = await t.request({ method: "DELETE", url: "/api/v1/session", headers: withCookie(cookie) });

    expect(out.statusCode).toBe(204);
    const cleared = sessionCookie(out);
    expect(cleared.value).toBe("");
    expect(cleared.expires?.getTime()).toBe(0);
    expect(await t.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
    const after = await t.request({ method: "GET", url: "/api/v1/session", headers: withCookie(cookie) });
    expectProblem(after, 401, "unauthorized");
  });

  it("when it expires", async () => {
    const t = await testApp();
    const cookie = await signIn(t, t.adminToken);
    await t.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();

    const after = await t.request({ method: "GET", url: "/api/v1/students", headers: withCookie(cookie) });

    expectProblem(after, 401, "unauthorized");
  });

  it("at once when its token is revoked", async () => {
    const t = await testApp();
    const cookie = await signIn(t, await t.tokenFor("registrar", "front-desk"));
    const before = await t.request({ method: "GET", url: "/api/v1/students", headers: withCookie(cookie) });

    expect((await t.delete("/api/v1/tokens/front-desk")).statusCode).toBe(204);

    const after = await t.request({ method: "GET", url: "/api/v1/students", headers: withCookie(cookie) });
    expect(before.statusCode).toBe(200);
    expectProblem(after, 401, "unauthorized");
  });
});

describe("cross-site requests with the session cookie", () => {
  const unsafe = (cookie: string, headers: Record<string, string>) => ({
    method: "POST" as const,
    url: "/api/v1/students",
    payload: newStudent,
    headers: withCookie(cookie, headers),
  });

  it.each([
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }],
    ["an Origin of another site", { origin: "https://evil.example" }],
    ["an Origin on another port", { origin: "http://localhost:8080" }],
    ["Origin: null", { origin: "null" }],
  ])("refuses an unsafe request with %s (403) and changes nothing", async (_label, headers) => {
    const t = await testApp();
    const cookie = await signIn(t, t.adminToken);

    expectProblem(await t.request(unsafe(cookie, headers)), 403, "cross-site-request");
    expect(await t.db.selectFrom("students").selectAll().execute()).toEqual([]);
  });

  it("allows the same origin, with or without the headers a browser adds", async () => {
    const t = await testApp();
    const cookie = await signIn(t, t.adminToken);
    const sameOrigin = { origin: "http://localhost", "sec-fetch-site": "same-origin" };

    const first = await t.request(unsafe(cookie, sameOrigin));
    const second = await t.request({
      ...unsafe(cookie, {}),
      payload: { ...newStudent, email: "b@example.edu" },
    });

    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(201);
  });

  it("does not apply to reads, nor to requests that send a token in the Authorization header", async () => {
    const t = await testApp();
    const cookie = await signIn(t, t.adminToken);
    const crossSite = { "sec-fetch-site": "cross-site", origin: "https://elsewhere.example" };

    const read = await t.request({
      method: "GET",
      url: "/api/v1/students",
      headers: withCookie(cookie, crossSite),
    });
    const write = await t.request({
      method: "POST",
      url: "/api/v1/students",
      payload: newStudent,
      headers: { ...bearer(t.adminToken), ...crossSite },
    });

    expect(read.statusCode).toBe(200);
    expect(write.statusCode, write.body).toBe(201);
  });
});

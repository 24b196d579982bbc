import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { expectProblem } from "../helpers/problem.ts";

async function signIn(t: TestApp, token: string): Promise<string> {
  const response = await t.request({ method: "POST", url: "/api/v1/session", payload: { token } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((each) => each.name === "registrar_session");
  return `registrar_session=${cookie?.value ?? ""}`;
}

const state = (t: TestApp, headers: Record<string, string>) =>
  t.request({ method: "GET", url: "/api/v1/session/state", headers: { authorization: "", ...headers } });

describe("GET /api/v1/session/state", () => {
  it("answers 200 signed out, without a cookie or with an unknown one, while GET /session stays 401", async () => {
    const t = await testApp();
    const attempts: Record<string, string>[] = [{}, { cookie: "registrar_session=nonsense" }];
    for (const headers of attempts) {
      const response = await state(t, headers);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ signed_in: false, principal: null });
    }
    const session = await t.request({
      method: "GET",
      url: "/api/v1/session",
      headers: { authorization: "" },
    });
    expectProblem(session, 401, "unauthorized");
  });

  it("names who the session cookie signs in, until their token is revoked", async () => {
    const t = await testApp();
    const token = await t.tokenFor("viewer", "front-desk");
    const cookie = await signIn(t, token);

    const response = await state(t, { cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      signed_in: true,
      principal: { name: "front-desk", role: "viewer" },
    });

    expect((await t.delete("/api/v1/tokens/front-desk")).statusCode).toBe(204);
    expect((await state(t, { cookie })).json()).toEqual({ signed_in: false, principal: null });
  });

  it("counts the session cookie only, not an Authorization header", async () => {
    const t = await testApp();
    const token = await t.tokenFor("admin", "ops");
    const response = await state(t, { authorization: `Bearer ${token}` });
    expect(response.json()).toEqual({ signed_in: false, principal: null });
  });
});

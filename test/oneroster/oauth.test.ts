import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { BASE, SCOPE } from "./helpers.ts";

const TOKEN_URL = "/ims/oneroster/oauth2/token";
const core = `${SCOPE}roster-core.readonly`;
const roster = `${SCOPE}roster.readonly`;

async function createClient(t: TestApp, scopes: string[]) {
  const response = await t.post("/api/v1/oauth-clients", { name: `lms-${Math.random()}`, scopes });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ client_id: string; client_secret: string; scopes: string[] }>();
}

const pair = ({ client_id, client_secret }: { client_id: string; client_secret: string }) => ({
  client_id,
  client_secret,
});

const tokenRequest = (t: TestApp, form: Record<string, string>, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url: TOKEN_URL,
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    payload: new URLSearchParams(form).toString(),
  });

const getAs = (t: TestApp, token: string | null, url: string) =>
  t.app.inject({ method: "GET", url, headers: token === null ? {} : { authorization: `Bearer ${token}` } });

describe("OAuth 2.0 client credentials for the OneRoster provider", () => {
  it("issues an expiring bearer token for credentials by HTTP Basic or in the form", async () => {
    const t = await testApp();
    const client = await createClient(t, [roster]);
    const basic = Buffer.from(`${client.client_id}:${client.client_secret}`).toString("base64");
    const byBasic = await tokenRequest(
      t,
      { grant_type: "client_credentials" },
      { authorization: `Basic ${basic}` },
    );
    expect(byBasic.statusCode, byBasic.body).toBe(200);
    expect(byBasic.headers["cache-control"]).toBe("no-store");
    expect(byBasic.json()).toMatchObject({ token_type: "bearer", expires_in: 3600, scope: roster });
    const byForm = await tokenRequest(t, {
      grant_type: "client_credentials",
      ...pair(client),
      scope: roster,
    });
    expect(byForm.statusCode, byForm.body).toBe(200);
    const token = byForm.json<{ access_token: string }>().access_token;
    expect((await getAs(t, token, `${BASE}/users`)).statusCode).toBe(200);
  });

  it("refuses a wrong secret, a wrong grant and a scope the client lacks, as RFC 6749 §5.2 says", async () => {
    const t = await testApp();
    const client = await createClient(t, [core]);
    const wrong = await tokenRequest(t, {
      grant_type: "client_credentials",
      client_id: client.client_id,
      client_secret: "x",
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: "invalid_client" });
    const grant = await tokenRequest(t, { grant_type: "password", ...pair(client) });
    expect(grant.json()).toMatchObject({ error: "unsupported_grant_type" });
    const scope = await tokenRequest(t, { grant_type: "client_credentials", ...pair(client), scope: roster });
    expect(scope.statusCode).toBe(400);
    expect(scope.json()).toMatchObject({ error: "invalid_scope" });
  });

  it("answers 401 with WWW-Authenticate without a token, with an unknown one, and after revocation", async () => {
    const t = await testApp();
    const client = await createClient(t, [roster]);
    const issued = await tokenRequest(t, { grant_type: "client_credentials", ...pair(client) });
    const token = issued.json<{ access_token: string }>().access_token;
    const none = await getAs(t, null, `${BASE}/users`);
    expect(none.statusCode).toBe(401);
    expect(none.headers["www-authenticate"]).toBe('Bearer realm="oneroster"');
    expect(none.json()).toMatchObject({ imsx_codeMajor: "failure" });
    const unknown = await getAs(t, "not-a-token", `${BASE}/users`);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers["www-authenticate"]).toContain('error="invalid_token"');
    // An API token of Registrar's own API is not an OneRoster access token.
    expect((await getAs(t, t.adminToken, `${BASE}/users`)).statusCode).toBe(401);
    const revoked = await t.delete(`/api/v1/oauth-clients/${client.client_id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<{ revoked_at: string | null }>().revoked_at).not.toBeNull();
    expect((await getAs(t, token, `${BASE}/users`)).statusCode).toBe(401);
    const again = await tokenRequest(t, { grant_type: "client_credentials", ...pair(client) });
    expect(again.statusCode).toBe(401);
  });

  it("answers 401 once a token has expired", async () => {
    const t = await testApp();
    const client = await createClient(t, [roster]);
    const token = (await tokenRequest(t, { grant_type: "client_credentials", ...pair(client) })).json<{
      access_token: string;
    }>().access_token;
    await t.db
      .updateTable("oauth_tokens")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect((await getAs(t, token, `${BASE}/users`)).statusCode).toBe(401);
  });

  it("lets roster-core.readonly read top-level collections and records only, and demographics need their scope", async () => {
    const t = await testApp();
    const client = await createClient(t, [core]);
    const token = (await tokenRequest(t, { grant_type: "client_credentials", ...pair(client) })).json<{
      access_token: string;
    }>().access_token;
    expect((await getAs(t, token, `${BASE}/classes`)).statusCode).toBe(200);
    expect((await getAs(t, token, `${BASE}/orgs/registrar-school`)).statusCode).toBe(200);
    const nested = await getAs(t, token, `${BASE}/schools/registrar-school/classes`);
    expect(nested.statusCode).toBe(403);
    expect(nested.headers["www-authenticate"]).toContain('error="insufficient_scope"');
    expect((await getAs(t, token, `${BASE}/demographics`)).statusCode).toBe(403);
  });

  it("treats a client id no client can have (a NUL byte) as unknown or invalid, never asking the database", async () => {
    const t = await testApp();
    const client = await createClient(t, [core]);
    const token = await tokenRequest(t, {
      grant_type: "client_credentials",
      client_id: "orc_\u0000",
      client_secret: client.client_secret,
    });
    expect(token.statusCode).toBe(401);
    expect(token.json()).toMatchObject({ error: "invalid_client" });
    const revoke = await t.delete("/api/v1/oauth-clients/1%00");
    expect(revoke.statusCode).toBe(400);
    expect(revoke.headers["content-type"]).toContain("application/problem+json");
  });

  it("lists clients without secrets, for admins only", async () => {
    const t = await testApp();
    await createClient(t, [core, roster]);
    const list = await t.get("/api/v1/oauth-clients");
    expect(list.statusCode).toBe(200);
    const [listed] = list.json<{ data: Record<string, unknown>[] }>().data;
    expect(listed).toMatchObject({ scopes: [core, roster], revoked_at: null });
    expect(JSON.stringify(list.json())).not.toContain("secret");
    const viewer = await t.tokenFor("viewer");
    const refused = await t.request({
      method: "GET",
      url: "/api/v1/oauth-clients",
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(refused.statusCode).toBe(403);
  });
});

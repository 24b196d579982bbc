import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { freshDb } from "../helpers/database.ts";

/** Every line the app logs, parsed, and the raw text. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { stream, lines, text: () => text };
}

describe("request logging", () => {
  it("writes one line per request with method, URL, status and time", async () => {
    const { stream, lines } = capturedLog();
    const adminToken = "an-admin-token-for-the-request-log-test-0123456789";
    const app = await buildApp({ db: await freshDb(), logger: { level: "info", stream }, adminToken });
    await app.inject({
      method: "GET",
      url: "/api/v1/students/42",
      headers: { authorization: `Bearer ${adminToken}` },
    });
    await app.close();

    const requests = lines.filter((line) => line.msg === "request");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "GET", url: "/api/v1/students/42", status: 404 });
    expect(typeof requests[0]?.ms).toBe("number");
    expect(lines.filter((line) => line.msg === "incoming request")).toHaveLength(0);
  });
});

describe("secrets in logs", () => {
  const secrets = {
    bearer: "tok_live_bearer_0123456789",
    cookie: "sess_cookie_0123456789",
    setCookie: "sess_set_cookie_0123456789",
    query: "tok_query_0123456789",
    apiKey: "key_query_0123456789",
  };

  it("never writes credentials from headers, cookies or query strings", async () => {
    const log = capturedLog();
    const app = await buildApp({ db: await freshDb(), logger: { level: "trace", stream: log.stream } });
    const headers = {
      authorization: `Bearer ${secrets.bearer}`,
      cookie: `registrar_session=${secrets.cookie}`,
    };
    await app.inject({ method: "GET", url: `/api/v1/students?token=${secrets.query}&limit=5`, headers });
    await app.inject({ method: "GET", url: `/api/v1/nowhere?api_key=${secrets.apiKey}`, headers });
    await app.inject({ method: "POST", url: `/api/v1/courses?access_token=${secrets.query}`, headers });
    // Whatever a handler or plugin might log in future: the request, the reply, or bare header objects.
    const replyHeaders = { "set-cookie": `registrar_session=${secrets.setCookie}; HttpOnly` };
    app.log.info({ req: { headers }, res: { headers: replyHeaders } }, "request and reply");
    app.log.info({ headers: { ...headers, ...replyHeaders } }, "bare headers");
    app.log.info({ upstream: { headers } }, "nested headers");
    await app.close();

    const text = log.text();
    for (const [where, secret] of Object.entries(secrets)) expect(text, where).not.toContain(secret);
    const requests = log.lines.filter((line) => line.msg === "request");
    expect(requests.map((line) => line.url)).toEqual([
      "/api/v1/students?token=%5Bredacted%5D&limit=5",
      "/api/v1/nowhere?api_key=%5Bredacted%5D",
      "/api/v1/courses?access_token=%5Bredacted%5D",
    ]);
    expect(log.lines.find((line) => line.msg === "bare headers")).toMatchObject({
      headers: { authorization: "[redacted]", cookie: "[redacted]", "set-cookie": "[redacted]" },
    });
  });

  it("keeps URLs without credentials as they are", async () => {
    const log = capturedLog();
    const app = await buildApp({ db: await freshDb(), logger: { level: "info", stream: log.stream } });
    await app.inject({ method: "GET", url: "/api/v1/students?q=ada&sort=-email&limit=5" });
    await app.close();
    expect(log.lines.find((line) => line.msg === "request")?.url).toBe(
      "/api/v1/students?q=ada&sort=-email&limit=5",
    );
  });
});

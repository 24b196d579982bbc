import { describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { adminUrl } from "../helpers/engine.ts";
import { adminHeaders, startServer } from "../helpers/server.ts";
import { tcpProxy } from "../helpers/tcp-proxy.ts";
import { SCOPE } from "../oneroster/helpers.ts";

/** An OAuth client's access token for the OneRoster provider, as an LMS would get one. */
async function clientToken(url: string): Promise<string> {
  const created = await fetch(`${url}/api/v1/oauth-clients`, {
    method: "POST",
    headers: { ...adminHeaders, "content-type": "application/json" },
    body: JSON.stringify({ name: "lms", scopes: [`${SCOPE}roster.readonly`] }),
  });
  const { client_id, client_secret } = (await created.json()) as { client_id: string; client_secret: string };
  const token = await fetch(`${url}/ims/oneroster/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id, client_secret }).toString(),
  });
  return ((await token.json()) as { access_token: string }).access_token;
}

describe("a PostgreSQL outage", () => {
  it(
    "answers 503 problems while the database is gone and recovers by itself",
    { timeout: 60_000 },
    async () => {
      const viaProxy = new URL(await freshDatabaseUrl());
      const target = new URL(adminUrl);
      const proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      const server = await startServer(viaProxy.toString());
      const call = (path: string) =>
        fetch(`${server.url}${path}`, { headers: adminHeaders }).catch((error: unknown) => {
          throw new Error(`GET ${path}: ${String(error)}\n${server.output()}`, { cause: error });
        });

      expect((await call("/api/v1/students")).status).toBe(200);
      const oneRosterToken = await clientToken(server.url);

      await proxy.cut();
      const during = await call("/api/v1/students");
      expect(during.status).toBe(503);
      expect(during.headers.get("content-type")).toContain("application/problem+json");
      expect(await during.json()).toMatchObject({ status: 503, type: "/problems/database-unavailable" });
      const users = await fetch(`${server.url}/ims/oneroster/rostering/v1p2/users`, {
        headers: { authorization: `Bearer ${oneRosterToken}` },
      });
      expect(users.status).toBe(503);
      expect(users.headers.get("retry-after")).toBe("5");
      expect(await users.json()).toMatchObject({
        imsx_codeMajor: "failure",
        imsx_CodeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldValue: "server_busy" }] },
      });
      expect((await call("/readyz")).status).toBe(503);
      expect((await call("/healthz")).status).toBe(200);

      await proxy.restore();
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = (await call("/api/v1/students")).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe(200);
      expect(server.process.exitCode).toBeNull();
    },
  );
});

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { serverRefusal, startServer } from "../helpers/server.ts";

const TOKEN = /reg_[A-Za-z0-9_-]{43}/g;

const studentsWith = (url: string, token: string) =>
  fetch(`${url}/api/v1/students`, { headers: { authorization: `Bearer ${token}` } });

describe("the server's first start", () => {
  it(
    "outside production, with no token and no ADMIN_TOKEN, creates an admin token and prints it once with how to use it",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const first = await startServer(url, { ADMIN_TOKEN: undefined, NODE_ENV: "development" });
      const printed = first.output().match(TOKEN) ?? [];
      expect(printed.length).toBeGreaterThan(0);
      const token = printed[0] ?? "";
      expect(new Set(printed)).toEqual(new Set([token]));
      expect(first.output()).toMatch(/Authorization: Bearer/);
      expect(first.output()).toMatch(/web UI/);
      expect((await studentsWith(first.url, token)).status).toBe(200);
      expect(await first.stop()).toBe(0);

      const second = await startServer(url, { ADMIN_TOKEN: undefined, NODE_ENV: "development" });
      expect(second.output()).not.toMatch(TOKEN);
      expect((await studentsWith(second.url, token)).status).toBe(200);
    },
  );

  it(
    "in production, refuses to start (exit 1, saying what to do) until a token exists or ADMIN_TOKEN is set",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();

      const refused = await serverRefusal(url, { ADMIN_TOKEN: undefined, NODE_ENV: "production" });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/ADMIN_TOKEN/);
      expect(refused.output).toMatch(/token create/);
      expect(refused.output).not.toMatch(TOKEN);

      const withAdminToken = await startServer(url, { NODE_ENV: "production" });
      expect((await studentsWith(withAdminToken.url, withAdminToken.adminToken ?? "")).status).toBe(200);
      expect(await withAdminToken.stop()).toBe(0);

      const created = spawnSync(
        "node_modules/.bin/node",
        ["src/cli/registrar.ts", "token", "create", "--name", "ops", "--role", "admin"],
        { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
      );
      const token = created.stdout.trimEnd().split("\n").at(-1) ?? "";
      const withToken = await startServer(url, { ADMIN_TOKEN: undefined, NODE_ENV: "production" });
      expect((await studentsWith(withToken.url, token)).status).toBe(200);
      expect(withToken.output()).not.toMatch(TOKEN);
    },
  );

  it(
    "refuses an ADMIN_TOKEN shorter than 32 characters without printing it",
    { timeout: 30_000 },
    async () => {
      const refused = await serverRefusal(await freshDatabaseUrl(), { ADMIN_TOKEN: "short-secret" });
      expect(refused.code).not.toBe(0);
      expect(refused.output).toMatch(/ADMIN_TOKEN must be at least 32/);
      expect(refused.output).not.toContain("short-secret");
    },
  );

  it(
    "ends the web UI sessions opened with the ADMIN_TOKEN when the server restarts",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const first = await startServer(url);
      const signIn = await fetch(`${first.url}/api/v1/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: first.adminToken }),
      });
      const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const me = (server: { url: string }) => fetch(`${server.url}/api/v1/session`, { headers: { cookie } });
      expect((await me(first)).status).toBe(200);
      expect(await first.stop()).toBe(0);

      const second = await startServer(url);

      expect((await me(second)).status).toBe(401);
    },
  );
});

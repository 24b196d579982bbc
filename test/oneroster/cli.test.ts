import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";

function registrar(databaseUrl: string, ...args: string[]) {
  const result = spawnSync("node_modules/.bin/node", ["src/cli/registrar.ts", "oauth-client", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run registrar -- oauth-client", () => {
  it(
    "creates a client (id and secret on the last two lines), lists it without the secret, and revokes it",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const created = registrar(
        url,
        "create",
        "--name",
        "Canvas",
        "--scope",
        "roster.readonly",
        "--scope",
        "roster-core.readonly",
      );
      expect(created.status, created.stderr).toBe(0);
      const [idLine, secretLine] = created.stdout.trimEnd().split("\n").slice(-2);
      const clientId = idLine?.replace("client_id=", "") ?? "";
      expect(clientId).toMatch(/^orc_/);
      const secret = secretLine?.replace("client_secret=", "") ?? "";
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const listed = registrar(url, "list");
      expect(listed.stdout).toContain(`${clientId}\tCanvas\troster.readonly,roster-core.readonly\t`);
      expect(listed.stdout).not.toContain(secret);

      expect(registrar(url, "revoke", clientId).status).toBe(0);
      expect(registrar(url, "list").stdout.trimEnd()).not.toMatch(/\t-$/);
    },
  );

  it(
    "refuses an unknown scope, a missing name and an unknown client with exit 1",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      expect(registrar(url, "create", "--name", "X", "--scope", "everything").status).toBe(1);
      expect(registrar(url, "create", "--scope", "roster.readonly").status).toBe(1);
      const unknown = registrar(url, "revoke", "orc_nope");
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain("orc_nope");
    },
  );
});

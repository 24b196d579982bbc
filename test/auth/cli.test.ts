import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { startServer } from "../helpers/server.ts";

function registrar(databaseUrl: string, ...args: string[]) {
  const result = spawnSync("node_modules/.bin/node", ["src/cli/registrar.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";

describe("npm run registrar -- token", () => {
  it(
    "creates a token, printing a usage hint and then the secret alone on the last line",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();

      const created = registrar(url, "token", "create", "--name", "ci", "--role", "registrar");

      expect(created.status, created.stderr).toBe(0);
      expect(lastLine(created.stdout)).toMatch(/^reg_[A-Za-z0-9_-]{43}$/);
      expect(created.stdout).toMatch(/Authorization: Bearer/);
      expect(created.stdout.split(lastLine(created.stdout))).toHaveLength(2);
    },
  );

  it("lists name, role, created and revoked, never a secret or a hash", { timeout: 60_000 }, async () => {
    const url = await freshDatabaseUrl();
    const secret = lastLine(registrar(url, "token", "create", "--name", "ci", "--role", "viewer").stdout);
    registrar(url, "token", "create", "--name", "ops", "--role", "admin");
    expect(registrar(url, "token", "revoke", "ci").status).toBe(0);

    const listed = registrar(url, "token", "list");

    expect(listed.status, listed.stderr).toBe(0);
    const [header, ...rows] = listed.stdout.trimEnd().split("\n");
    expect(header?.split(/\s+/)).toEqual(["NAME", "ROLE", "CREATED", "REVOKED"]);
    expect(rows.map((row) => row.split(/\s+/))).toEqual([
      [
        "ci",
        "viewer",
        expect.stringMatching(/^\d{4}-/) as string,
        expect.stringMatching(/^\d{4}-/) as string,
      ],
      ["ops", "admin", expect.stringMatching(/^\d{4}-/) as string, "-"],
    ]);
    expect(listed.stdout).not.toContain(secret);
    expect(listed.stdout).not.toMatch(/[0-9a-f]{64}/);
  });

  it(
    "exits non-zero with a clear message for an unknown name, role or a taken name",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      registrar(url, "token", "create", "--name", "ci", "--role", "viewer");

      const cases = [
        [["token", "revoke", "nobody"], /No token is named nobody/],
        [
          ["token", "create", "--name", "x", "--role", "root"],
          /--role must be one of admin, registrar, viewer/,
        ],
        [["token", "create", "--name", "Bad Name", "--role", "viewer"], /token name Bad Name must be/],
        [["token", "create", "--role", "viewer"], /token name missing/],
        [["token", "create", "--name", "ci", "--role", "admin"], /A token named ci exists already/],
        [["token", "rotate"], /usage: registrar token create/],
      ] as const;
      for (const [args, message] of cases) {
        const result = registrar(url, ...args);
        expect(result.status, args.join(" ")).toBe(1);
        expect(result.stderr, args.join(" ")).toMatch(message);
        expect(result.stdout, args.join(" ")).not.toMatch(/reg_/);
      }
      const again = registrar(url, "token", "revoke", "ci");
      expect(again.stdout).toMatch(/Revoked the token "ci"/);
      expect(registrar(url, "token", "revoke", "ci").stdout).toMatch(/already revoked/);
    },
  );

  it(
    "creates a student token for a student (--student-id), listed with its student",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const server = await startServer(url);
      const admin = lastLine(registrar(url, "token", "create", "--name", "ops", "--role", "admin").stdout);
      const student = await fetch(`${server.url}/api/v1/students`, {
        method: "POST",
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: JSON.stringify({ first_name: "Ada", last_name: "Lovelace", email: "ada@example.edu" }),
      });
      const { id } = (await student.json()) as { id: number };

      const created = registrar(
        url,
        "token",
        "create",
        "ada",
        "--role",
        "student",
        "--student-id",
        String(id),
      );
      const unknown = registrar(url, "token", "create", "bob", "--role", "student", "--student-id", "999");
      const listed = registrar(url, "token", "list");
      const me = await fetch(`${server.url}/api/v1/session`, {
        headers: { authorization: `Bearer ${lastLine(created.stdout)}` },
      });

      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toMatch(new RegExp(`student token "ada" for student ${id}`));
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toMatch(/student 999 does not exist/);
      expect(listed.stdout).toMatch(new RegExp(`^ada +student:${id} `, "m"));
      expect(await me.json()).toEqual({ name: "ada", role: "student", student_id: id });
    },
  );

  it(
    "revokes a token that a running server then refuses at once, with no restart",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const secret = lastLine(
        registrar(url, "token", "create", "--name", "laptop", "--role", "viewer").stdout,
      );
      const server = await startServer(url);
      const students = () =>
        fetch(`${server.url}/api/v1/students`, { headers: { authorization: `Bearer ${secret}` } });

      const before = await students();
      expect(registrar(url, "token", "revoke", "laptop").status).toBe(0);
      const after = await students();

      expect(before.status).toBe(200);
      expect(after.status).toBe(401);
      expect(after.headers.get("www-authenticate")).toMatch(/^Bearer /);
    },
  );
});

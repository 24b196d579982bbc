import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

const migrationNames = readdirSync(join(import.meta.dirname, "../../src/db/migrations"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();
const INITIAL = "2026-11-22T0000_create_students_and_courses";
const newest = migrationNames[migrationNames.length - 1] ?? "";

function temporaryDatabaseUrl(): string {
  const directory = mkdtempSync(join(tmpdir(), "registrar-cli-"));
  onTestFinished(() => {
    rmSync(directory, { recursive: true, force: true });
  });
  return `sqlite:${join(directory, "registrar.db")}`;
}

function migrate(databaseUrl: string, ...args: string[]) {
  const result = spawnSync("node_modules/.bin/node", ["src/cli/migrate.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The --status listing as { name: "pending" | "applied" }. */
function statusOf(stdout: string): Record<string, string> {
  return Object.fromEntries(
    stdout
      .trim()
      .split("\n")
      .map((line) => {
        const [name = "", state = ""] = line.split(/\s+/);
        return [name, state];
      }),
  );
}

const every = (state: string) => Object.fromEntries(migrationNames.map((name) => [name, state]));

describe("npm run db:migrate", () => {
  it("shows status, applies, reverts and migrates to a named migration", { timeout: 30_000 }, () => {
    expect(migrationNames).toContain(INITIAL);
    const url = temporaryDatabaseUrl();

    const pending = migrate(url, "--status");
    expect(pending.status).toBe(0);
    expect(statusOf(pending.stdout)).toEqual(every("pending"));

    const applied = migrate(url);
    expect(applied.status).toBe(0);
    expect(applied.stdout.trim().split("\n")).toEqual(migrationNames.map((name) => `applied ${name}`));

    const afterApply = migrate(url, "--status");
    expect(afterApply.status).toBe(0);
    expect(statusOf(afterApply.stdout)).toEqual(every("applied"));
    expect(afterApply.stdout).toMatch(/applied \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);

    const again = migrate(url);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Nothing to do/);

    const down = migrate(url, "--down");
    expect(down.status).toBe(0);
    expect(down.stdout.trim()).toBe(`reverted ${newest}`);
    expect(statusOf(migrate(url, "--status").stdout)[newest]).toBe("pending");

    const none = migrate(url, "--to", "none");
    expect(none.status).toBe(0);
    expect(statusOf(migrate(url, "--status").stdout)).toEqual(every("pending"));

    const to = migrate(url, "--to", INITIAL);
    expect(to.status).toBe(0);
    expect(to.stdout.trim()).toBe(`applied ${INITIAL}`);
    expect(statusOf(migrate(url, "--status").stdout)).toEqual({ ...every("pending"), [INITIAL]: "applied" });
  });

  it("exits non-zero naming an unknown migration given to --to", { timeout: 30_000 }, () => {
    const url = temporaryDatabaseUrl();
    const result = migrate(url, "--to", "nope");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("nope");
  });
});

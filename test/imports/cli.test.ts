import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { createDb } from "../../src/db/dialect.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { csvSet, fingerprint, fixture, temporaryDirectory } from "./helpers.ts";

const node = "node_modules/.bin/node";

function registrar(databaseUrl: string, ...args: string[]) {
  const result = spawnSync(node, ["src/cli/registrar.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function database(url: string) {
  const db = createDb(url);
  onTestFinished(() => db.destroy());
  return db;
}

describe("npm run registrar -- import", () => {
  it(
    "imports a set, prints the summary, and exits 0; importing it again changes nothing",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const directory = await fixture({ version: "1.1" });

      const first = registrar(url, "import", directory);
      const again = registrar(url, "import", directory);

      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/OneRoster 1\.1 set from .*\. Imported\./);
      expect(first.stdout).toMatch(/^users\.csv +32 +32 +0 +0 +0 +0/m);
      expect(first.stderr).toMatch(/reading users\.csv…/);
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/Nothing to change/);
      expect(again.stdout).toMatch(/^users\.csv +32 +0 +0 +32 +0 +0/m);
    },
  );

  it(
    "exits 1 writing nothing when rows are rejected, and 2 writing the valid rows with --skip-invalid",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const directory = csvSet({
        "users.csv":
          "sourcedId,role,givenName,familyName,email\nu1,student,Ada,Lovelace,ada@example.edu\nu2,student,Bad,Email,nope\n",
      });

      const dryRun = registrar(url, "import", directory, "--dry-run");
      const refused = registrar(url, "import", directory);
      const db = database(url);
      const afterRefusal = await db.selectFrom("students").selectAll().execute();
      const skipped = registrar(url, "import", directory, "--skip-invalid");

      expect(dryRun.status).toBe(1);
      expect(dryRun.stdout).toMatch(/Dry run: nothing was written/);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toMatch(/users\.csv line 3, email: email must be a valid email \(got "nope"\)/);
      expect(afterRefusal).toEqual([]);
      expect(skipped.status).toBe(2);
      expect(
        (await db.selectFrom("students").select("sourced_id").execute()).map((s) => s.sourced_id),
      ).toEqual(["u1"]);
    },
  );

  it(
    "leaves the database exactly as it was when killed midway, and a rerun succeeds",
    { timeout: 180_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const seeded = registrar(url, "seed", "--students", "50", "--courses", "5", "--enrollments", "100");
      expect(seeded.status, seeded.stderr).toBe(0);
      const db = database(url);
      const before = await fingerprint(db);
      const large = await fixture({ students: 20_000, courses: 200, enrollments: 200_000 });

      const child = spawn(node, ["src/cli/registrar.ts", "import", large], {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.once("exit", (_code, signal) => {
          resolve(signal);
        }),
      );
      await new Promise<void>((resolve, reject) => {
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          // Students and courses are written and enrollments are being written: the transaction is half done.
          if (stderr.includes("writing enrollments…")) resolve();
        });
        child.once("exit", () => {
          reject(new Error(`the import ended before it was killed:\n${stderr}`));
        });
      });
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");

      expect(await fingerprint(db)).toEqual(before);
      const rerun = registrar(url, "import", large);
      expect(rerun.status, rerun.stdout + rerun.stderr).toBe(0);
      const after = await fingerprint(db);
      expect(after.counts.students).toBeGreaterThanOrEqual(20_000);
      expect(after.counts.student_courses).toBe((before.counts.student_courses ?? 0) + 200_000);
    },
  );
});

describe("npm run registrar -- export and fixtures", () => {
  it("exports a database as a OneRoster 1.2 set with a manifest", { timeout: 60_000 }, async () => {
    const url = await freshDatabaseUrl();
    const directory = await fixture();
    expect(registrar(url, "import", directory).status).toBe(0);
    const target = join(temporaryDirectory(), "export");

    const exported = registrar(url, "export", target);

    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/users\.csv +32 rows/);
    const manifest = readFileSync(join(target, "manifest.csv"), "utf8");
    expect(manifest).toContain("oneroster.version,1.2");
    expect(manifest).toContain("file.roles,bulk");
  });

  it("generates a OneRoster 1.1 fixture of the size asked for", { timeout: 60_000 }, async () => {
    const target = join(temporaryDirectory(), "fixture");
    const generated = registrar(
      await freshDatabaseUrl(),
      "fixtures",
      target,
      ...["--students", "12", "--courses", "3", "--enrollments", "24", "--version", "1.1"],
    );
    expect(generated.status, generated.stderr).toBe(0);
    const users = readFileSync(join(target, "users.csv"), "utf8").trim().split("\n");
    expect(users[0]).toContain(",role,");
    expect(users).toHaveLength(1 + 12 + 1);
    expect(readFileSync(join(target, "enrollments.csv"), "utf8").trim().split("\n")).toHaveLength(1 + 24 + 3);
  });
});

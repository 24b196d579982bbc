import { readdirSync } from "node:fs";
import { execFile } from "node:child_process";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/dialect.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";

const MIGRATIONS = readdirSync("src/db/migrations")
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();
const PROCESSES = 4;
const ROUNDS = 5;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the fixture in its own process: it migrates the database to latest at the wall-clock time startAt. */
function migrateProcess(databaseUrl: string, startAt: number): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "node_modules/.bin/node",
      ["test/migrations/fixtures/migrate-at.ts", String(startAt)],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("several processes migrating one empty database at the same moment", () => {
  // As when `npm start` runs on several instances, or next to `npm run db:migrate`, at once.
  it("all succeed, and each migration is applied exactly once", { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const databaseUrl = await freshDatabaseUrl();
      const startAt = Date.now() + 1_500;

      const runs = await Promise.all(
        Array.from({ length: PROCESSES }, () => migrateProcess(databaseUrl, startAt)),
      );

      for (const run of runs) expect(run.code, `round ${round}: ${run.stderr}`).toBe(0);
      const applied = runs.flatMap((run) => JSON.parse(run.stdout) as string[]);
      expect(applied.sort()).toEqual(MIGRATIONS);
      const db = createDb(databaseUrl);
      try {
        const { rows } = await sql<{
          name: string;
        }>`select name from kysely_migration order by name`.execute(db);
        expect(rows.map((row) => row.name)).toEqual(MIGRATIONS);
      } finally {
        await db.destroy();
      }
    }
  });
});

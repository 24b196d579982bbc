import { spawnSync } from "node:child_process";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import { createToken } from "../../src/auth/auth.service.ts";
import { createDb } from "../../src/db/dialect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { engine } from "../helpers/engine.ts";
import { fixture } from "../imports/helpers.ts";
import { followSeats, listening } from "./seat-stream.ts";

function importWithCli(databaseUrl: string, directory: string): void {
  const result = spawnSync("node_modules/.bin/node", ["src/cli/registrar.ts", "import", directory], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

// On PostgreSQL every process is another connection too; test/postgres/seats-instances.test.ts covers it.
describe.skipIf(engine === "postgres")("seat events from another process on the SQLite file", () => {
  it(
    "sends the seats an import by the CLI changed, while the server holds the file open",
    { timeout: 60_000 },
    async () => {
      const url = await freshDatabaseUrl();
      // The same generated school twice (one seed): first without enrollments, then with them.
      importWithCli(url, await fixture({ enrollments: 0 }));
      const db = createDb(url);
      onTestFinished(() => db.destroy());
      await migrateToLatest(db);
      const app = await buildApp({ db, webRoot: null });
      onTestFinished(() => app.close());
      const { token } = await createToken(db, { name: "seat-watcher", role: "viewer" });
      const term = await db.selectFrom("terms").select("id").executeTakeFirstOrThrow();
      const sections = await db.selectFrom("courses").select("id").where("term_id", "=", term.id).execute();
      const stream = await followSeats(await listening(app), term.id, token);
      await expect.poll(() => stream.events.length, { timeout: 5_000 }).toBe(sections.length);

      importWithCli(url, await fixture({ enrollments: 90 }));

      const changed = await stream.next((event) => (event.data.enrolled_count ?? 0) > 0);
      const stored = await db
        .selectFrom("courses")
        .select(["enrolled_count", "waitlist_count"])
        .where("id", "=", changed.data.course_id)
        .executeTakeFirstOrThrow();
      expect(
        stream.events.filter((event) => event.data.course_id === changed.data.course_id).at(-1)?.data,
      ).toMatchObject(stored);
    },
  );
});

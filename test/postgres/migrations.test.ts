import { readdirSync } from "node:fs";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/dialect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { adminHeaders, startServer } from "../helpers/server.ts";

describe("migrations on PostgreSQL", () => {
  it("runs exactly once when two migrators start at the same moment on an empty database", async () => {
    const url = await freshDatabaseUrl();
    const [first, second] = [createDb(url), createDb(url)];
    try {
      const applied = await Promise.all([migrateToLatest(first), migrateToLatest(second)]);
      const migrations = readdirSync("src/db/migrations").filter((file) => file.endsWith(".ts"));
      expect(applied.flat().sort()).toEqual(migrations.map((file) => file.replace(/\.ts$/, "")).sort());
      const { rows } = await sql<{
        count: number;
      }>`select count(*)::int as count from kysely_migration`.execute(first);
      expect(rows[0]?.count).toBe(migrations.length);
    } finally {
      await Promise.all([first.destroy(), second.destroy()]);
    }
  });

  it(
    "lets two servers start at once on one empty database: one migrates and both serve",
    { timeout: 30_000 },
    async () => {
      const url = await freshDatabaseUrl();
      const [first, second] = await Promise.all([startServer(url), startServer(url)]);
      const created = await fetch(`${first.url}/api/v1/students`, {
        method: "POST",
        headers: { ...adminHeaders, "content-type": "application/json" },
        body: JSON.stringify({ first_name: "Ada", last_name: "Lovelace", email: "ada@example.edu" }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: number };
      const fetched = await fetch(`${second.url}/api/v1/students/${id}`, { headers: adminHeaders });
      expect(fetched.status).toBe(200);
      expect(await (await fetch(`${second.url}/readyz`)).json()).toEqual({ status: "ready" });
    },
  );
});

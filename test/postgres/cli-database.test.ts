import { sql } from "kysely";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { openDatabase } from "../../src/cli/database.ts";
import { freshDatabaseUrl } from "../helpers/database.ts";

describe("the CLI's database on PostgreSQL", () => {
  it("has no statement timeout, so a large seed or import is not cut off after the server's 10 s", async () => {
    vi.stubEnv("DATABASE_URL", await freshDatabaseUrl());
    vi.stubEnv("DATABASE_STATEMENT_TIMEOUT_MS", "1000");
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const db = openDatabase();
    onTestFinished(() => db.destroy());
    const { rows } = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db);
    expect(rows[0]?.statement_timeout).toBe("0");
  });
});

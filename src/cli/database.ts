import { loadConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import { createDb } from "../db/dialect.ts";

/**
 * The database for a CLI command. Bulk commands (seed, import, export, a migration of a large table) run
 * statements that take longer than the server's per-request statement timeout, so they run without one.
 */
export const openDatabase = (): Db => createDb(loadConfig().database_url, { statement_timeout_ms: 0 });

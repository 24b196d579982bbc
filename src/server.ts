import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { createDb } from "./db/dialect.ts";
import { migrateToLatest } from "./db/migrate.ts";

const config = loadConfig();
const db = createDb(config.database_url, {
  pool_size: config.database_pool_size,
  statement_timeout_ms: config.database_statement_timeout_ms,
  onConnectionError: (error) => {
    app.log.warn({ error: error.message }, "database connection lost; it will be replaced");
  },
});
const app = await buildApp({
  db,
  logger: { level: config.log_level },
  rateLimit:
    config.rate_limit_max === 0
      ? null
      : { max: config.rate_limit_max, window_ms: config.rate_limit_window_ms },
  corsOrigins: config.cors_origins,
});

const applied = await migrateToLatest(db);
app.log.info(
  { migrations: applied },
  applied.length > 0 ? "applied migrations" : "database schema is up to date",
);

async function shutdown(signal: string): Promise<void> {
  app.log.info({ signal }, "shutting down");
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));

await app.listen({ port: config.port, host: config.host });

import { buildApp } from "./app.ts";
import { prepareAuthentication } from "./auth/auth.service.ts";
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
  adminToken: config.admin_token,
  seatStreams: { max_subscribers: config.seat_streams_max },
  oneRosterOrg: { sourcedId: config.org_sourced_id, name: config.org_name },
});

const applied = await migrateToLatest(db);
app.log.info(
  { migrations: applied },
  applied.length > 0 ? "applied migrations" : "database schema is up to date",
);

const auth = await prepareAuthentication(db, {
  adminToken: config.admin_token,
  production: config.node_env === "production",
});
if (auth.kind === "refused") {
  console.error(auth.message);
  await app.close();
  await db.destroy();
  process.exit(1);
}
if (auth.kind === "created") {
  // Printed rather than logged, so that it shows at any log level and is not mixed into JSON log lines.
  console.log(
    [
      "",
      `No API token existed, so an admin token named "${auth.token.name}" was created. It is shown only now:`,
      "",
      `    ${auth.token.token}`,
      "",
      `Send it as a header:  curl -H 'Authorization: Bearer ${auth.token.token}' ` +
        `http://${config.host}:${config.port}/api/v1/students`,
      "or sign in with it in the web UI. Manage tokens with `npm run registrar -- token create|list|revoke`.",
      "",
    ].join("\n"),
  );
}

async function shutdown(signal: string): Promise<void> {
  app.log.info({ signal }, "shutting down");
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));

/** Why the server cannot listen, in words and with what to do, for the errors a user can fix themselves. */
function listenProblem(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = `${config.host}:${config.port}`;
  const other = `choose another port with PORT, e.g. PORT=${config.port === 3000 ? 3001 : 3000} npm start`;
  if (code === "EADDRINUSE")
    return `Port ${config.port} is already in use (${where}): another program, or another Registrar, is listening there. Stop it, or ${other}.`;
  if (code === "EACCES")
    return `Port ${config.port} needs privileges this user does not have (${where}); ${other}.`;
  if (code === "EADDRNOTAVAIL")
    return `HOST ${config.host} is not an address of this machine; set HOST to one that is, e.g. HOST=127.0.0.1.`;
  return undefined;
}

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  const problem = listenProblem(error);
  if (problem === undefined) throw error;
  console.error(problem);
  await app.close();
  await db.destroy();
  process.exit(1);
}

/**
 * npm run lint:api    writes the OpenAPI document the app serves at /openapi.json to dist/openapi.json and lints
 *                     it with Spectral (.spectral.yaml: spectral:oas and the OWASP API Security ruleset); any
 *                     error fails. Extra arguments go to `spectral lint` (e.g. -- --format json).
 * The document comes from buildApp itself (on an in-memory database), as in scripts/api-types.ts. It is written
 * inside the project so that the ruleset's per-path overrides (**\/openapi.json#/paths/…) apply to it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { buildApp } from "../src/app.ts";
import { createSqliteDb } from "../src/db/dialect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";

async function openApiDocument(): Promise<unknown> {
  const db = createSqliteDb(new SQLite(":memory:"));
  try {
    await migrateToLatest(db);
    const app = await buildApp({ db, webRoot: null });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    await db.destroy();
  }
}

const root = join(import.meta.dirname, "..");
mkdirSync(join(root, "dist"), { recursive: true });
const file = join(root, "dist/openapi.json");
writeFileSync(file, JSON.stringify(await openApiDocument(), null, 2));
const spectral = spawnSync(
  join(root, "node_modules/.bin/spectral"),
  [
    "lint",
    file,
    "--ruleset",
    join(root, ".spectral.yaml"),
    "--fail-severity",
    "error",
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
process.exitCode = spectral.status ?? 1;

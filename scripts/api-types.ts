/**
 * npm run api:types    writes web/src/api/schema.d.ts from the OpenAPI document the app serves at /openapi.json
 * npm run api:check    fails when the committed file differs from what the API generates now
 * The document comes from buildApp itself (on an in-memory database), so no server has to run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { buildApp } from "../src/app.ts";
import { createSqliteDb } from "../src/db/dialect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";

const target = join(import.meta.dirname, "../web/src/api/schema.d.ts");
const check = process.argv.includes("--check");

async function generate(): Promise<string> {
  const db = createSqliteDb(new SQLite(":memory:"));
  try {
    await migrateToLatest(db);
    const app = await buildApp({ db, webRoot: null });
    await app.ready();
    const document = app.swagger() as OpenAPI3;
    await app.close();
    return astToString(await openapiTS(document, { silent: true }));
  } finally {
    await db.destroy();
  }
}

const readCommitted = (): string | undefined => {
  try {
    return readFileSync(target, "utf8");
  } catch {
    return undefined;
  }
};

const header =
  "/**\n * Generated from the API's OpenAPI document by `npm run api:types` (scripts/api-types.ts).\n" +
  " * Do not edit: change the TypeBox schemas in src/ and regenerate.\n */\n\n";
const generated = header + (await generate());

if (check) {
  if (readCommitted() !== generated) {
    console.error(
      "web/src/api/schema.d.ts is out of date with the API: run `npm run api:types` and commit the result.",
    );
    process.exit(1);
  }
  console.log("web/src/api/schema.d.ts matches the API.");
} else {
  writeFileSync(target, generated);
  console.log("wrote web/src/api/schema.d.ts");
}

/**
 * The "OneRoster full sync" scenario: an LMS-style consumer pulls all users, classes and enrollments from a
 * running Registrar with limit 1000 (following pages until a short one), as an OAuth client. Reports records
 * per second and the enrollments' time (the target: 1M enrollments in under 60 s).
 *
 * Standalone: node bench/oneroster-sync.ts --database sqlite:bench/.data/<file>.db (npm run bench runs it on
 * the seeded database too).
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { buildServer, node, startRegistrar, stop } from "./servers.ts";

const ROSTERING = "/ims/oneroster/rostering/v1p2";
const LIMIT = 1000;

export interface SyncResult {
  collection: string;
  records: number;
  seconds: number;
}

/** An OAuth client made with the CLI (the secret is on the last line), traded for a token. */
async function oauthToken(databaseUrl: string, url: string): Promise<string> {
  const created = spawnSync(
    node,
    [
      "src/cli/registrar.ts",
      "oauth-client",
      "create",
      "--name",
      `bench-${Date.now()}`,
      "--scope",
      "roster.readonly",
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (created.status !== 0) throw new Error(`oauth-client create failed: ${created.stderr}`);
  const lines = created.stdout.trim().split("\n");
  const value = (key: string) =>
    lines.find((line) => line.startsWith(`${key}=`))?.slice(key.length + 1) ?? "";
  const response = await fetch(`${url}/ims/oneroster/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: value("client_id"),
      client_secret: value("client_secret"),
    }).toString(),
  });
  if (!response.ok) throw new Error(`token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function pageAll(url: string, token: string, collection: string): Promise<number> {
  let records = 0;
  for (let offset = 0; ; offset += LIMIT) {
    const response = await fetch(`${url}${ROSTERING}/${collection}?limit=${LIMIT}&offset=${offset}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`${collection}: ${response.status} ${await response.text()}`);
    const page = ((await response.json()) as Record<string, unknown[]>)[collection] ?? [];
    records += page.length;
    if (page.length < LIMIT) return records;
  }
}

/** Starts Registrar on the database, syncs users, classes and enrollments, and stops it. */
export async function oneRosterFullSync(databaseUrl: string): Promise<SyncResult[]> {
  const server = await startRegistrar(databaseUrl);
  try {
    const token = await oauthToken(databaseUrl, server.url);
    const results: SyncResult[] = [];
    for (const collection of ["users", "classes", "enrollments"]) {
      const started = performance.now();
      const records = await pageAll(server.url, token, collection);
      results.push({ collection, records, seconds: (performance.now() - started) / 1000 });
    }
    return results;
  } finally {
    await stop(server);
  }
}

export function printSync(results: SyncResult[]): void {
  for (const { collection, records, seconds } of results) {
    console.log(
      `OneRoster full sync, ${collection}: ${records} records in ${seconds.toFixed(1)} s ` +
        `(${Math.round(records / seconds)} records/s)`,
    );
  }
  const enrollments = results.find((result) => result.collection === "enrollments");
  if (enrollments !== undefined) {
    const perMillion = (enrollments.seconds / Math.max(1, enrollments.records)) * 1_000_000;
    console.log(`OneRoster full sync: ${perMillion.toFixed(0)} s per 1M enrollments (target < 60)`);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { database: { type: "string" } } });
  if (values.database === undefined) throw new Error("--database sqlite:<file> or postgres://… is required");
  buildServer();
  printSync(await oneRosterFullSync(values.database));
}

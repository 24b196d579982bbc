import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { engine } from "../helpers/engine.ts";
import { requestFor, strayRequest, type FuzzRequest, type Pools } from "./arbitraries.ts";
import { contractViolation } from "./check.ts";
import { applicationTables, changedTables, fingerprint, type Table } from "./fingerprint.ts";
import { discoverRoutes } from "./routes.ts";
import { seedForFuzzing } from "./seed.ts";

/**
 * Property-based fuzzing of every route the app documents: requests generated from each route's own schemas
 * (wrong types, missing and unknown fields, extreme numbers, huge and awkward strings, injection text, malformed
 * JSON, wrong content types, odd path segments and query strings, bad Idempotency-Keys, and valid-looking
 * requests for rows that may or may not exist). For every one: never a 5xx; every error is problem+json with
 * type, title and status and shows no internals; and a rejected (4xx) request leaves every table as it was.
 *
 * idempotency_keys is the one exception, and only for a request that carries a well-formed Idempotency-Key:
 * the app stores the first answer to such a key, a 4xx included, so that a retry gets it again. A malformed key
 * must change nothing.
 *
 * A failure prints fast-check's seed and path; FUZZ_SEED=<seed> FUZZ_PATH=<path> with -t "<that test>" replays it.
 */

const routes = await discoverRoutes();

/** SQLite is quick enough for the full budget on every run; PostgreSQL runs a lighter pass over every route. */
const MINIMUM_REQUESTS = engine === "postgres" ? 2_000 : 10_000;
/**
 * Answers the generated requests must have produced, so that the generators cannot drift into only failing
 * validation: successes (200, 201, 204), conflicts (409), refused zips and reused keys (422), not-found ids (404),
 * wrong media types (415). The lighter PostgreSQL pass sees too few deletions to require a 204.
 */
const EXPECTED_STATUSES =
  engine === "postgres" ? [200, 201, 400, 404, 409, 415, 422] : [200, 201, 204, 400, 404, 409, 415, 422];
const runsPerProperty = Math.ceil((MINIMUM_REQUESTS * 1.1) / (routes.length + 1));

const WELL_FORMED_KEY = /^[\x21-\x7e]{1,255}$/;

let sent = 0;
/** How often each status was answered: the generators must keep reaching past validation, not only fail it. */
const statuses = new Map<number, number>();

function replayParameters(numRuns: number): fc.Parameters<[FuzzRequest]> {
  const seed = process.env.FUZZ_SEED;
  const path = process.env.FUZZ_PATH;
  return { numRuns, ...(seed !== undefined && { seed: Number(seed) }), ...(path !== undefined && { path }) };
}

async function sendAndCheck(t: TestApp, tables: Table[], request: FuzzRequest) {
  const before = await fingerprint(t.db, tables);
  const response = await t.request(request);
  sent += 1;
  statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
  const violation = contractViolation(request, response);
  if (violation !== undefined)
    throw new Error(`${violation}: ${response.statusCode} ${response.body.slice(0, 2000)}`);
  if (response.statusCode < 400) return;
  const key = request.headers["idempotency-key"];
  const exempt = key !== undefined && WELL_FORMED_KEY.test(key) ? ["idempotency_keys"] : [];
  const changed = changedTables(before, await fingerprint(t.db, tables), exempt);
  if (changed.length > 0) {
    throw new Error(
      `rejected with ${response.statusCode} but changed ${changed.join(", ")}: ${response.body}`,
    );
  }
}

async function fuzz(arbitrary: (pools: Pools) => fc.Arbitrary<FuzzRequest>) {
  const t = await testApp();
  const pools = await seedForFuzzing(t);
  const tables = await applicationTables(t.db);
  await fc.assert(
    fc.asyncProperty(arbitrary(pools), (request) => sendAndCheck(t, tables, request)),
    replayParameters(runsPerProperty),
  );
}

const FUZZ_TIMEOUT_MS = 300_000;

describe(`fuzzing every route (${engine})`, () => {
  it("finds the documented routes", () => {
    expect(routes.map((route) => `${route.method} ${route.path}`)).toContain("POST /api/v1/students");
  });

  for (const route of routes) {
    it(
      `${route.method} ${route.path} rejects hostile requests with a problem and changes nothing`,
      () => fuzz((pools) => requestFor(route, pools)),
      FUZZ_TIMEOUT_MS,
    );
  }

  it(
    "answers unknown paths and methods with a problem and changes nothing",
    () => fuzz(() => strayRequest(routes)),
    FUZZ_TIMEOUT_MS,
  );

  it(`sent at least ${MINIMUM_REQUESTS} generated requests, reaching every kind of answer`, () => {
    expect(sent).toBeGreaterThanOrEqual(MINIMUM_REQUESTS);
    expect([...statuses.keys()]).toEqual(expect.arrayContaining(EXPECTED_STATUSES));
  });
});

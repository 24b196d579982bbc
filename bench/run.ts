/**
 * npm run bench [-- --students N --courses N --enrollments N --seconds N --rounds N --connections N
 *                   --soak-seconds N --soak-rate N --db sqlite|postgres --smoke --scenario NAME[,NAME…]]
 *
 * Builds databases through the project's own seed path, starts Registrar (and a bare node:http baseline) on one
 * core, drives them with autocannon from the other, and prints req/s, p50, p99 and RSS per scenario, the
 * ratios the "Performance" issue sets targets for, a steady mixed-load soak, the OneRoster import rate, and a
 * OneRoster REST full sync (bench/oneroster-sync.ts).
 * With --db postgres it runs the GET scenario on PostgreSQL against a node:http + pg baseline instead.
 * --scenario picks some of the SQLite run's groups (default all): get, pages, scale, roster, enroll, soak,
 * import, sync.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { scratchCopy, seededPostgres, seededSqlite, type Size } from "./databases.ts";
import { openSections, plainCourses, rosterCourse, walkToDeepPage } from "./fixtures.ts";
import { oneRosterFullSync, printSync } from "./oneroster-sync.ts";
import {
  assertSameAnswers,
  buildServer,
  load,
  node,
  pinned,
  rssMegabytes,
  startBaseline,
  startRegistrar,
  stop,
  type LoadResult,
  type Server,
} from "./servers.ts";

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "100000" },
    courses: { type: "string", default: "2000" },
    enrollments: { type: "string", default: "1000000" },
    seconds: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    "soak-seconds": { type: "string", default: "60" },
    "soak-rate": { type: "string", default: "2000" },
    db: { type: "string", default: "sqlite" },
    "postgres-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
    smoke: { type: "boolean", default: false },
    scenario: { type: "string", default: "all" },
  },
});
const scenarioGroups = ["get", "pages", "scale", "roster", "enroll", "soak", "import", "sync"] as const;
const chosen = new Set(values.scenario.split(","));
for (const name of chosen) {
  if (name !== "all" && !(scenarioGroups as readonly string[]).includes(name))
    throw new Error(`--scenario takes all or some of ${scenarioGroups.join(", ")}, not ${name}`);
}
const wanted = (group: (typeof scenarioGroups)[number]) => chosen.has("all") || chosen.has(group);
const smoke = values.smoke;
const size: Size = smoke
  ? { students: 2000, courses: 100, enrollments: 20_000 }
  : {
      students: Number(values.students),
      courses: Number(values.courses),
      enrollments: Number(values.enrollments),
    };
const seconds = smoke ? 2 : Number(values.seconds);
const rounds = smoke ? 1 : Number(values.rounds);
const soakSeconds = smoke ? 3 : Number(values["soak-seconds"]);
const connections = Number(values.connections);
interface Row extends LoadResult {
  scenario: string;
  rss_mb: number;
}
const rows: Row[] = [];

interface Scenario {
  scenario: string;
  server: Server;
  options: Record<string, unknown>;
}

const loadOptions = (options: Record<string, unknown>) => ({
  seconds,
  connections,
  students: size.students,
  courses: size.courses,
  ...options,
});

function measure(scenario: string, server: Server, options: Record<string, unknown>): Row {
  load(server, { ...loadOptions(options), seconds: 1 }); // warm-up: JIT, page cache
  const row = { scenario, ...load(server, loadOptions(options)), rss_mb: rssMegabytes(server) };
  rows.push(row);
  console.error(`measured ${scenario}: ${Math.round(row.requests_per_second)} req/s`);
  return row;
}

/**
 * Two scenarios whose ratio is a target, measured in alternating rounds (a, b, a, b…) so that a machine whose
 * speed drifts during the run (a shared virtual machine does) slows both alike. Each row is its median round
 * by req/s, with the highest RSS seen.
 */
function measurePair(a: Scenario, b: Scenario): [Row, Row] {
  for (const { server, options } of [a, b]) load(server, { ...loadOptions(options), seconds: 1 });
  const results: [LoadResult[], LoadResult[]] = [[], []];
  const rss = [0, 0];
  for (let round = 0; round < rounds; round++) {
    [a, b].forEach(({ server, options }, index) => {
      results[index]?.push(load(server, loadOptions(options)));
      rss[index] = Math.max(rss[index] ?? 0, rssMegabytes(server));
    });
  }
  const [rowA, rowB] = [a, b].map(({ scenario }, index) => {
    const sorted = [...(results[index] ?? [])].sort((x, y) => x.requests_per_second - y.requests_per_second);
    const median = sorted[Math.floor(sorted.length / 2)] as LoadResult;
    return { scenario, ...median, rss_mb: rss[index] ?? 0 };
  }) as [Row, Row];
  rows.push(rowA, rowB);
  const perRound = results[0].map((result, round) =>
    ratio(results[1][round]?.requests_per_second ?? 0, result.requests_per_second),
  );
  console.error(`measured ${b.scenario} / ${a.scenario}: ${perRound.join(", ")} per round`);
  return [rowA, rowB];
}

const randomStudentPaths = (count: number) =>
  Array.from(
    { length: count },
    () => `/api/v1/students/${1 + Math.floor(Math.random() * size.students)}/courses`,
  );

/** Registrar against its baseline on "a student's courses", after checking both answer with the same bytes. */
async function againstBaseline(label: string, database: string, databaseUrl: string) {
  const baseline = await startBaseline(database);
  const server = await startRegistrar(databaseUrl);
  await assertSameAnswers(baseline, server, randomStudentPaths(5));
  const options = { scenario: "student-courses" };
  const [baselineRow, registrarRow] = measurePair(
    { scenario: `baseline GET student's courses (${label})`, server: baseline, options },
    { scenario: `Registrar GET student's courses (${label.split(" + ")[1] ?? ""})`, server, options },
  );
  await stop(baseline);
  return { baselineRow, registrarRow, server };
}

interface Soak {
  result: LoadResult;
  rss_start_mb: number;
  rss_end_mb: number;
}

/** A steady mixed load (reads, list pages, enrollments) for soakSeconds, with RSS after warm-up and at the end. */
async function soak(file: string): Promise<Soak> {
  const server = await startRegistrar(`sqlite:${scratchCopy(file)}`);
  const options = {
    scenario: "mixed",
    connections,
    students: size.students,
    courses: size.courses,
    rate: Number(values["soak-rate"]),
  };
  load(server, { ...options, seconds: Math.min(5, soakSeconds) });
  const rss_start_mb = rssMegabytes(server);
  const result = load(server, { ...options, seconds: soakSeconds });
  const rss_end_mb = rssMegabytes(server);
  await stop(server);
  return { result, rss_start_mb, rss_end_mb };
}

function importRate(): { seconds: number; rows_per_second: number } {
  const run = spawnSync(node, ["bench/import.ts", "--json", ...(smoke ? ["--smoke"] : [])], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.status !== 0) throw new Error("the import benchmark failed");
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as {
    seconds: number;
    rows_per_second: number;
  };
}

const format = (value: number, digits = 0) => value.toFixed(digits).padStart(9);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

function printTable(): void {
  console.log(
    `\n${pinned ? "server on core 0, load on core 1" : "not pinned"}; ${connections} connections; ${seconds} s each; ` +
      `pairs whose ratio is a target alternate for ${rounds} round${rounds === 1 ? "" : "s"} (median round shown)`,
  );
  console.log(
    `${"scenario".padEnd(62)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"RSS MB".padStart(9)}${"errors".padStart(9)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.scenario.padEnd(62)}${format(row.requests_per_second)}${format(row.p50_ms, 1)}${format(row.p99_ms, 1)}` +
        `${format(row.rss_mb)}${format(row.errors + (row.statuses["5xx"] ?? 0))}`,
    );
  }
}

async function postgresRun(): Promise<void> {
  const url = await seededPostgres(values["postgres-url"], size);
  const { baselineRow, registrarRow, server } = await againstBaseline("node:http + pg", url, url);
  await stop(server);
  printTable();
  console.log(
    `\nPostgreSQL GET student's courses vs baseline: ${ratio(registrarRow.requests_per_second, baselineRow.requests_per_second)}× req/s (target ≥ 0.80)` +
      ` (PostgreSQL itself is not pinned: it shares both cores)`,
  );
}

/** What the run found against each target, printed after the table. */
const verdicts: string[] = [];

async function readScenarios(big: string): Promise<void> {
  const small = seededSqlite({
    students: size.students / 100,
    courses: size.courses,
    enrollments: size.enrollments / 100,
  });
  let server: Server;
  if (wanted("get")) {
    const against = await againstBaseline("node:http + better-sqlite3", big, `sqlite:${big}`);
    server = against.server;
    const { registrarRow, baselineRow } = against;
    verdicts.push(
      `GET student's courses vs baseline: ${ratio(registrarRow.requests_per_second, baselineRow.requests_per_second)}× req/s (target ≥ 0.85), p99 ${ratio(registrarRow.p99_ms, baselineRow.p99_ms)}× (target ≤ 2)`,
      `Registrar RSS under GET load: ${registrarRow.rss_mb} MB (target ≤ 150)`,
    );
  } else server = await startRegistrar(`sqlite:${big}`);
  if (wanted("pages")) {
    const [first, deep] = measurePair(
      {
        scenario: "Registrar GET /students first page",
        server,
        options: { scenario: "path", path: "/api/v1/students" },
      },
      {
        scenario: "Registrar GET /students page at 90%",
        server,
        options: { scenario: "path", path: await walkToDeepPage(server.url, size.students) },
      },
    );
    verdicts.push(
      `deep page vs first page: ${ratio(deep.requests_per_second, first.requests_per_second)}× (target ≥ 0.90)`,
    );
  }
  if (wanted("scale")) {
    const smallServer = await startRegistrar(`sqlite:${small}`);
    const [smallRow, bigRow] = measurePair(
      {
        scenario: `Registrar GET student's courses at ${size.enrollments / 100} enrollments`,
        server: smallServer,
        options: { scenario: "student-courses", students: size.students / 100 },
      },
      {
        scenario: `Registrar GET student's courses at ${size.enrollments} enrollments (again)`,
        server,
        options: { scenario: "student-courses" },
      },
    );
    await stop(smallServer);
    verdicts.push(
      `GET at ${size.enrollments} vs ${size.enrollments / 100} enrollments: ${ratio(bigRow.requests_per_second, smallRow.requests_per_second)}× (target ≥ 0.90)`,
    );
  }
  await stop(server);
}

async function writeScenarios(big: string): Promise<void> {
  const writable = await startRegistrar(`sqlite:${scratchCopy(big)}`);
  if (wanted("roster")) {
    const rosterId = await rosterCourse(writable.url, Math.min(1000, size.students));
    measure("Registrar GET roster of 1,000 students", writable, {
      scenario: "path",
      path: `/api/v1/courses/${rosterId}/students`,
    });
  }
  if (wanted("enroll")) {
    const plainIds = await plainCourses(writable.url, 100);
    const openIds = await openSections(writable.url, 100);
    const plain = {
      scenario: "Registrar POST enroll, courses without rules",
      server: writable,
      options: { scenario: "enroll", courseIds: plainIds },
    };
    const [plainRow, enrollRow] = measurePair(plain, {
      scenario: "Registrar POST enroll with rules (random sections)",
      server: writable,
      options: { scenario: "enroll" },
    });
    const [plainAgain, seatedRow] = measurePair(
      { ...plain, scenario: "Registrar POST enroll, courses without rules (again)" },
      {
        scenario: "Registrar POST enroll with rules (open sections)",
        server: writable,
        options: { scenario: "enroll", courseIds: openIds },
      },
    );
    const outcome = (row: Row) => `${row.statuses["2xx"] ?? 0} seated, ${row.statuses["4xx"] ?? 0} refused`;
    verdicts.push(
      `POST enroll: ${Math.round(enrollRow.requests_per_second)} req/s (target ≥ 10,000)`,
      `POST enroll with rules vs without (target ≥ 0.70): random sections ${ratio(enrollRow.requests_per_second, plainRow.requests_per_second)}× req/s, ` +
        `p99 ${enrollRow.p99_ms} vs ${plainRow.p99_ms} ms (${outcome(enrollRow)}); open sections ` +
        `${ratio(seatedRow.requests_per_second, plainAgain.requests_per_second)}× req/s, p99 ${seatedRow.p99_ms} vs ` +
        `${plainAgain.p99_ms} ms (${outcome(seatedRow)}); without rules ${outcome(plainRow)}`,
    );
  }
  await stop(writable);
}

async function sqliteRun(): Promise<void> {
  const big = seededSqlite(size);
  if (wanted("get") || wanted("pages") || wanted("scale")) await readScenarios(big);
  if (wanted("roster") || wanted("enroll")) await writeScenarios(big);
  if (wanted("soak")) {
    const soaked = await soak(big);
    const growth = (100 * (soaked.rss_end_mb - soaked.rss_start_mb)) / soaked.rss_start_mb;
    verdicts.push(
      `soak: ${soakSeconds} s of mixed load at ${values["soak-rate"]} req/s: ${Math.round(soaked.result.requests_per_second)} req/s, ` +
        `p99 ${soaked.result.p99_ms} ms, errors ${soaked.result.errors + (soaked.result.statuses["5xx"] ?? 0)}, ` +
        `RSS ${soaked.rss_start_mb} → ${soaked.rss_end_mb} MB (${growth.toFixed(1)} %; target < 10 %)`,
    );
  }
  if (wanted("import")) {
    const imported = importRate();
    verdicts.push(
      `import (CLI, SQLite): ${size.students} students, ${size.courses} classes, ${size.enrollments} enrollments in ` +
        `${imported.seconds.toFixed(1)} s, ${Math.round(imported.rows_per_second).toLocaleString("en")} rows/s (target ≤ 15 s at the default size)`,
    );
  }
  const synced = wanted("sync") ? await oneRosterFullSync(`sqlite:${scratchCopy(big)}`) : undefined;

  printTable();
  if (synced) printSync(synced);
  console.log(`\n${verdicts.join("\n")}`);
}

buildServer();
if (values.db === "postgres") await postgresRun();
else if (values.db === "sqlite") await sqliteRun();
else throw new Error(`--db must be sqlite or postgres, not ${values.db}`);

/**
 * npm run bench [-- --students N --courses N --enrollments N --seconds N --connections N --smoke]
 *
 * Builds databases through the project's own seed path, starts Registrar (and a bare node:http baseline) on
 * one core, drives them with autocannon from another, and prints req/s, p50, p99 and RSS per scenario.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "100000" },
    courses: { type: "string", default: "2000" },
    enrollments: { type: "string", default: "1000000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    smoke: { type: "boolean", default: false },
  },
});
const smoke = values.smoke;
const size = smoke
  ? { students: 2000, courses: 100, enrollments: 20_000 }
  : {
      students: Number(values.students),
      courses: Number(values.courses),
      enrollments: Number(values.enrollments),
    };
const seconds = smoke ? 2 : Number(values.seconds);
const connections = Number(values.connections);
const node = "node_modules/.bin/node";
const pinned = availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;
const onCore = (core: number, command: string, args: string[]) =>
  pinned ? { command: "taskset", args: ["-c", String(core), command, ...args] } : { command, args };

const dataDirectory = join("bench", ".data");
mkdirSync(dataDirectory, { recursive: true });

function seededDatabase(seedSize: typeof size): string {
  const file = join(dataDirectory, `s${seedSize.students}-c${seedSize.courses}-e${seedSize.enrollments}.db`);
  if (existsSync(file)) return file;
  const seeded = spawnSync(
    node,
    ["src/cli/seed.ts", ...Object.entries(seedSize).flatMap(([name, value]) => [`--${name}`, String(value)])],
    { env: { ...process.env, DATABASE_URL: `sqlite:${file}` }, stdio: "inherit" },
  );
  if (seeded.status !== 0) throw new Error("seeding failed");
  return file;
}

/** A scratch copy for write scenarios, so the cached database stays as seeded. */
function scratchCopy(file: string): string {
  const copy = `${file}.scratch.db`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(file, copy);
  return copy;
}

let nextPort = 3900;

async function startServer(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = nextPort++;
  const { command, args: pinnedArgs } = onCore(0, node, args);
  const child = spawn(command, pinnedArgs, {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await fetch(`${url}/healthz`);
      return { url, child };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`${args.join(" ")} did not start`);
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** The server's resident memory in MB; pinned via taskset, so read the child of taskset's exec (same pid). */
function rssMegabytes(child: ChildProcess): number {
  const status = readFileSync(`/proc/${String(child.pid)}/status`, "utf8");
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kilobytes / 1024);
}

interface LoadResult {
  requests_per_second: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  statuses: Record<string, number>;
}

function load(options: Record<string, unknown>): LoadResult {
  const { command, args } = onCore(1, node, [
    "bench/load.ts",
    JSON.stringify({ seconds, connections, students: size.students, courses: size.courses, ...options }),
  ]);
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`load failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as LoadResult;
}

interface Row extends LoadResult {
  scenario: string;
  rss_mb: number;
}
const rows: Row[] = [];

function measure(
  scenario: string,
  server: { url: string; child: ChildProcess },
  options: Record<string, unknown>,
): Row {
  load({ ...options, url: server.url, seconds: 1 }); // warm-up: JIT, page cache
  const result = load({ ...options, url: server.url });
  const row = { scenario, ...result, rss_mb: rssMegabytes(server.child) };
  rows.push(row);
  console.error(`measured ${scenario}: ${Math.round(row.requests_per_second)} req/s`);
  return row;
}

const registrar = (file: string) =>
  startServer(["src/server.ts"], {
    DATABASE_URL: `sqlite:${file}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    // 50 connections from one address would spend any per-client budget in a second: measure the server.
    RATE_LIMIT_MAX: "0",
  });

async function walkToDeepPage(url: string): Promise<string> {
  let path = "/api/v1/students?limit=500";
  for (let page = 0; page < Math.floor((size.students * 0.9) / 500); page++) {
    const response = await fetch(`${url}${path}`);
    const body = (await response.json()) as { next_cursor: string | null };
    if (body.next_cursor === null) break;
    path = `/api/v1/students?limit=500&cursor=${body.next_cursor}`;
  }
  return path.replace("limit=500", "limit=50");
}

async function rosterCourse(url: string, students: number): Promise<number> {
  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const course = (await (
    await post("/api/v1/courses", { code: "BENCH-ROSTER", title: "Roster" })
  ).json()) as { id: number };
  for (let student = 1; student <= students; student += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, offset) =>
        post("/api/v1/enroll", { student_id: student + offset, course_id: course.id }),
      ),
    );
  }
  return course.id;
}

const big = seededDatabase(size);
const small = seededDatabase({
  students: size.students / 100,
  courses: size.courses,
  enrollments: size.enrollments / 100,
});

const baseline = await startServer(["bench/baseline-server.ts", big, String(nextPort)], {});
const baselineRow = measure("baseline GET student's courses (node:http + better-sqlite3)", baseline, {
  scenario: "student-courses",
});
await stop(baseline.child);

const server = await registrar(big);
const getRow = measure("Registrar GET student's courses", server, { scenario: "student-courses" });
const first = measure("Registrar GET /students first page", server, {
  scenario: "path",
  path: "/api/v1/students",
});
const deep = measure("Registrar GET /students page at 90%", server, {
  scenario: "path",
  path: await walkToDeepPage(server.url),
});
await stop(server.child);

const smallServer = await registrar(small);
const smallRow = measure(
  `Registrar GET student's courses at ${size.enrollments / 100} enrollments`,
  smallServer,
  {
    scenario: "student-courses",
    students: size.students / 100,
  },
);
await stop(smallServer.child);

const writable = await registrar(scratchCopy(big));
const rosterId = await rosterCourse(writable.url, Math.min(1000, size.students));
measure("Registrar GET roster of 1,000 students", writable, {
  scenario: "path",
  path: `/api/v1/courses/${rosterId}/students`,
});
const enrollRow = measure("Registrar POST enroll (random pairs)", writable, { scenario: "enroll" });
await stop(writable.child);

const format = (value: number, digits = 0) => value.toFixed(digits).padStart(9);
console.log(
  `\n${pinned ? "server on core 0, load on core 1" : "not pinned"}; ${connections} connections; ${seconds} s each`,
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
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(
  `\nGET student's courses vs baseline: ${ratio(getRow.requests_per_second, baselineRow.requests_per_second)}× req/s (target ≥ 0.85), p99 ${ratio(getRow.p99_ms, baselineRow.p99_ms)}× (target ≤ 2)`,
);
console.log(`POST enroll: ${Math.round(enrollRow.requests_per_second)} req/s (target ≥ 10,000)`);
console.log(
  `deep page vs first page: ${ratio(deep.requests_per_second, first.requests_per_second)}× (target ≥ 0.90)`,
);
console.log(
  `GET at ${size.enrollments} vs ${size.enrollments / 100} enrollments: ${ratio(getRow.requests_per_second, smallRow.requests_per_second)}× (target ≥ 0.90)`,
);
console.log(`Registrar RSS under GET load: ${getRow.rss_mb} MB (target ≤ 150)`);

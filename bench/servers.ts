/** Starting, pinning, measuring and stopping the servers and load generators that bench/run.ts compares. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

export const node = "node_modules/.bin/node";
export const pinned = availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;
const onCore = (core: number, command: string, args: string[]) =>
  pinned ? { command: "taskset", args: ["-c", String(core), command, ...args] } : { command, args };

/** Registrar runs as `npm start` runs it (flags and compiled entry point), so the benchmark measures what users run. */
const startArgs = (
  JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .slice(1);

/** What `npm start` does first: bring the compiled server (build/) up to date with src/. */
export function buildServer(): void {
  const built = spawnSync(node, ["scripts/build-if-stale.ts", "server"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("building the server failed");
}

/** The admin token the benchmark's Registrar accepts (ADMIN_TOKEN), for setting up and checking answers. */
const adminToken = randomBytes(32).toString("base64url");
export const authorization = { authorization: `Bearer ${adminToken}` };

export interface Server {
  url: string;
  child: ChildProcess;
  /** The token the load sends: for Registrar a stored one, so each request pays for its lookup as in use. */
  token: string;
}

/** Creates a registrar-role token in the database with the CLI and returns its secret (the last line). */
function createToken(databaseUrl: string): string {
  const created = spawnSync(
    node,
    [
      "src/cli/registrar.ts",
      "token",
      "create",
      "--name",
      `bench-${randomBytes(4).toString("hex")}`,
      "--role",
      "registrar",
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (created.status !== 0) throw new Error(`token create failed: ${created.stderr}`);
  return created.stdout.trim().split("\n").at(-1) ?? "";
}

let nextPort = 3900;

async function start(
  argsFor: (port: number) => string[],
  env: Record<string, string>,
  token: string,
): Promise<Server> {
  const port = nextPort++;
  const args = argsFor(port);
  const { command, args: pinnedArgs } = onCore(0, node, args);
  const child = spawn(command, pinnedArgs, {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/healthz`);
      return { url, child, token };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`${args.join(" ")} did not start`);
}

export const startRegistrar = (databaseUrl: string) =>
  start(
    () => startArgs,
    {
      DATABASE_URL: databaseUrl,
      ADMIN_TOKEN: adminToken,
      // 50 connections from one address would spend any per-client budget in a second: measure the server.
      RATE_LIMIT_MAX: "0",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    },
    createToken(databaseUrl),
  );

export const startBaseline = (database: string) =>
  start((port) => ["bench/baseline-server.ts", database, String(port)], {}, "");

export async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

/** Resident memory in MB; taskset execs the server, so the pid is the server's own. */
export function rssMegabytes(server: Server): number {
  const status = readFileSync(`/proc/${String(server.child.pid)}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

export interface LoadResult {
  requests_per_second: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  statuses: Record<string, number>;
}

/** One autocannon run in its own process, pinned to the other core (see bench/load.ts for the options). */
export function load(server: Server, options: Record<string, unknown>): LoadResult {
  const { command, args } = onCore(1, node, [
    "bench/load.ts",
    JSON.stringify({ ...options, url: server.url, token: server.token }),
  ]);
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`load failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as LoadResult;
}

/** Refuses to compare servers that do not answer with the same bytes. */
export async function assertSameAnswers(a: Server, b: Server, paths: string[]): Promise<void> {
  for (const path of paths) {
    const [left, right] = await Promise.all(
      [a, b].map(async (server) => (await fetch(`${server.url}${path}`, { headers: authorization })).text()),
    );
    if (left !== right) throw new Error(`${path} answers differently:\n${left}\n${right}`);
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { onTestFinished } from "vitest";

/** The ADMIN_TOKEN every server under test gets (unless a test unsets it): the same for all, so that two
 * servers on one database accept the same requests. */
export const serverAdminToken = `test-${randomBytes(32).toString("base64url")}`;

/** Headers that authenticate a fetch to a server under test as its ADMIN_TOKEN. */
export const adminHeaders = { authorization: `Bearer ${serverAdminToken}` };

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** The ADMIN_TOKEN it was started with (undefined when the test unset it). */
  adminToken: string | undefined;
  /** Everything the server printed so far. */
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code once the process has exited. */
  stop: () => Promise<number | null>;
  /** Sends a signal (SIGKILL: a crash, no shutdown code runs) and resolves with the signal that ended it. */
  kill: (signal: NodeJS.Signals) => Promise<NodeJS.Signals | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

/** The server's environment: the test's own, then the defaults for tests, then `env` (undefined unsets). */
function serverEnv(port: number, databaseUrl: string, env: Record<string, string | undefined>) {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    ADMIN_TOKEN: serverAdminToken,
    ...env,
  };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

/** Runs the server entry point expecting it to refuse to start; resolves with its exit code and output. */
export async function serverRefusal(
  databaseUrl: string,
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn("node_modules/.bin/node", ["src/server.ts"], {
    env: serverEnv(await freePort(), databaseUrl, env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, output };
}

/**
 * Starts the server's entry point (its sources, or `npm start`'s compiled build when `entry` names it) as a
 * real process on a free port; it is killed when the test ends.
 */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string | undefined> = {},
  entry = "src/server.ts",
): Promise<RunningServer> {
  const port = await freePort();
  const environment = serverEnv(port, databaseUrl, env);
  const child = spawn("node_modules/.bin/node", [entry], {
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      resolve({ code, signal });
    });
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(url, child, () => output);
  return {
    url,
    process: child,
    adminToken: environment.ADMIN_TOKEN,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      return (await exited).code;
    },
    kill: async (signal) => {
      child.kill(signal);
      return (await exited).signal;
    },
  };
}

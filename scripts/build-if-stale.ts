/**
 * node scripts/build-if-stale.ts [web] [server]   (both when neither is named)
 *
 * Runs before `npm start`. Builds what is missing or older than its sources, so a fresh clone serves after
 * `npm install && npm start`, and a changed checkout never serves yesterday's code:
 * - web: the UI into dist/web with Vite. Without the web sources (a production image copies only the built
 *   files) or without Vite (an install with --omit=dev) it leaves things as they are: the API runs either way.
 * - server: src/ compiled to JavaScript in build/ (tsconfig.build.json), which `npm start` runs; see
 *   docs/decisions/0009-compiled-server.md. The old build is removed first, so a deleted source (a migration,
 *   say) cannot live on in it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const inRoot = (path: string) => join(root, path);

/** The latest change under a path; a directory's own time counts, as it changes when a file is removed. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

const builtAt = (output: string) => (existsSync(output) ? statSync(output).mtimeMs : 0);
const isStale = (output: string, sources: string[]) =>
  builtAt(output) < Math.max(...sources.map((source) => newestChange(inRoot(source))));

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function buildWeb(): void {
  const output = inRoot("dist/web/index.html");
  if (!existsSync(inRoot("web/index.html"))) return;
  if (!isStale(output, ["web", "vite.config.ts", "package-lock.json"])) return;
  const vite = inRoot("node_modules/vite/bin/vite.js");
  if (!existsSync(vite)) {
    console.warn(
      builtAt(output) === 0
        ? "The web UI is not built and Vite is not installed (npm install without --omit=dev builds it); serving the API only."
        : "The web UI sources changed but Vite is not installed; serving the previous build.",
    );
    return;
  }
  console.log(builtAt(output) === 0 ? "Building the web UI…" : "Web UI sources changed; rebuilding…");
  run(vite, ["build", "--logLevel", "warn"]);
}

function buildServer(): void {
  const output = inRoot("build/server.js");
  if (!isStale(output, ["src", "tsconfig.json", "tsconfig.build.json", "package-lock.json"])) return;
  const tsc = inRoot("node_modules/typescript/bin/tsc");
  if (!existsSync(tsc)) {
    console.error(
      "The server build (build/) is missing or older than src/, and TypeScript is not installed to rebuild it. " +
        "Run npm install with dev dependencies, or start the sources directly: node src/server.ts",
    );
    process.exit(1);
  }
  rmSync(inRoot("build"), { recursive: true, force: true });
  run(tsc, ["-p", "tsconfig.build.json"]);
}

const named = process.argv.slice(2);
const wanted = (part: string) => named.length === 0 || named.includes(part);
if (wanted("web")) buildWeb();
if (wanted("server")) buildServer();

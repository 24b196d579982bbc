/**
 * Runs before `npm start` (and the browser tests): builds the web UI into dist/web when there is no build yet
 * or when a source is newer than it, so a fresh clone serves the UI after `npm install && npm start`.
 * Without the web sources (a production image copies only the built files) or without Vite (an install with
 * --omit=dev) it leaves things as they are: the API runs either way.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const builtIndex = join(root, "dist/web/index.html");
const sources = [join(root, "web"), join(root, "vite.config.ts"), join(root, "package-lock.json")];
const vite = join(root, "node_modules/vite/bin/vite.js");

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

if (!existsSync(join(root, "web/index.html"))) process.exit(0);

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestChange));
if (builtAt >= changedAt) process.exit(0);

if (!existsSync(vite)) {
  console.warn(
    builtAt === 0
      ? "The web UI is not built and Vite is not installed (npm install without --omit=dev builds it); serving the API only."
      : "The web UI sources changed but Vite is not installed; serving the previous build.",
  );
  process.exit(0);
}

console.log(builtAt === 0 ? "Building the web UI…" : "Web UI sources changed; rebuilding…");
const build = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
  cwd: root,
  stdio: "inherit",
});
process.exit(build.status ?? 1);

/**
 * npm run dev: the API with `node --watch` (restarts on server changes) and Vite's dev server (live reload for
 * the UI), which passes /api, /docs and /openapi.json through to the API. Open http://127.0.0.1:5173/.
 * Ctrl-C stops both; if either exits, the other is stopped too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const children: ChildProcess[] = [
  spawn(process.execPath, ["--watch", "src/server.ts"], { cwd: root, stdio: "inherit" }),
  spawn(process.execPath, [join(root, "node_modules/vite/bin/vite.js")], { cwd: root, stdio: "inherit" }),
];

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}

for (const child of children) {
  child.once("exit", (code) => {
    stopAll(code ?? 0);
  });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopAll(0);
  });
}

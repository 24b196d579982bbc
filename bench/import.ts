/**
 * npm run bench:import [-- --students N --courses N --enrollments N --version 1.1|1.2 --smoke --json]
 *
 * Generates a OneRoster fixture (100k students, 2k classes, 1M enrollments by default; cached in bench/.data),
 * imports it with the CLI into a fresh SQLite file, then imports it again (nothing to change), and prints the
 * wall time, the rate and where the time went (from the phase lines the CLI prints when not on a terminal).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeOneRosterFixture } from "../src/seed/oneroster-fixture.ts";

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "100000" },
    courses: { type: "string", default: "2000" },
    enrollments: { type: "string", default: "1000000" },
    version: { type: "string", default: "1.2" },
    smoke: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const size = values.smoke
  ? { students: 2000, courses: 100, enrollments: 20_000 }
  : {
      students: Number(values.students),
      courses: Number(values.courses),
      enrollments: Number(values.enrollments),
    };
const version = values.version === "1.1" ? "1.1" : "1.2";
const dataDirectory = join("bench", ".data");
mkdirSync(dataDirectory, { recursive: true });

/** The generator's own text names the cache too: a changed generator makes a new set. */
const generator = createHash("sha256")
  .update(readFileSync("src/seed/oneroster-fixture.ts"))
  .digest("hex")
  .slice(0, 8);

async function fixture(): Promise<string> {
  const directory = join(
    dataDirectory,
    `oneroster-${version}-s${size.students}-c${size.courses}-e${size.enrollments}-${generator}`,
  );
  const complete = join(directory, ".complete");
  if (existsSync(complete)) return directory;
  rmSync(directory, { recursive: true, force: true });
  const started = performance.now();
  await writeOneRosterFixture(directory, { ...size, version });
  writeFileSync(complete, "");
  console.error(`generated ${directory} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return directory;
}

interface Run {
  seconds: number;
  phases: [string, number][];
  stdout: string;
}

/** Runs the import CLI, timing each phase from the moment its line appears on stderr. */
function importOnce(directory: string, databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("node_modules/.bin/node", ["src/cli/registrar.ts", "import", directory], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const marks: [string, number][] = [["start-up", started]];
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      for (const line of chunk.toString().split("\n")) {
        if (line.endsWith("…")) marks.push([line.slice(0, -1), performance.now()]);
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const ended = performance.now();
      if (code !== 0) {
        reject(new Error(`import exited with ${String(code)}:\n${stdout}\n${stderr}`));
        return;
      }
      marks.push(["done", ended]);
      const phases = marks
        .slice(0, -1)
        .map(([phase, at], index): [string, number] => [
          phase,
          ((marks[index + 1]?.[1] ?? ended) - at) / 1000,
        ]);
      resolve({ seconds: (ended - started) / 1000, phases, stdout });
    });
  });
}

const directory = await fixture();
const database = join(dataDirectory, "import-bench.db");
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${database}${suffix}`, { force: true });
const url = `sqlite:${database}`;

const first = await importOnce(directory, url);
const again = await importOnce(directory, url);
if (!/Nothing to change/.test(again.stdout))
  throw new Error(`the second import changed something:\n${again.stdout}`);

const rows = size.students + size.courses + size.enrollments;
/** With --json the report goes to stderr and stdout carries one JSON line for bench/run.ts. */
const print = values.json ? console.error : console.log;
const report = (label: string, run: Run) => {
  print(
    `${label}: ${run.seconds.toFixed(1)} s, ${Math.round(rows / run.seconds).toLocaleString("en")} rows/s`,
  );
  for (const [phase, seconds] of run.phases)
    print(`  ${phase.padEnd(28)} ${seconds.toFixed(2).padStart(7)} s`);
};
print(
  `\nOneRoster ${version}: ${size.students} students, ${size.courses} classes, ${size.enrollments} enrollments ` +
    `into a fresh SQLite file (target ≤ 15 s for 100k students + 1M enrollments)`,
);
report("first import", first);
report("re-import, nothing to change", again);
if (values.json)
  console.log(JSON.stringify({ seconds: first.seconds, rows_per_second: rows / first.seconds }));

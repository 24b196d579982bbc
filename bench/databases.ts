/** The benchmark's databases: seeded once through the project's own seed path, cached, copied for writes. */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { migrationNames } from "../src/db/migrate.ts";
import { node } from "./servers.ts";

export type Size = { students: number; courses: number; enrollments: number };

const dataDirectory = join("bench", ".data");
mkdirSync(dataDirectory, { recursive: true });
/**
 * What the cached databases are named after: the seed's version, the newest migration and the size. Bump the
 * version when the demo data changes; a new migration names new caches by itself. Either way a database seeded
 * by older code (and an older schema, which the baseline's SQL may not find) is seeded again instead of
 * measured. 2: the academic calendar (terms, catalog, meetings, instructors).
 */
const seedVersion = 2;
const schemaVersion = (await migrationNames()).at(-1)?.slice(0, 15).replace(/\D/g, "") ?? "none";
const sizeName = (of: Size) =>
  `v${seedVersion}-m${schemaVersion}-s${of.students}-c${of.courses}-e${of.enrollments}`;

function seed(databaseUrl: string, of: Size): void {
  const seeded = spawnSync(
    node,
    ["src/cli/seed.ts", ...Object.entries(of).flatMap(([name, value]) => [`--${name}`, String(value)])],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "inherit" },
  );
  if (seeded.status !== 0) throw new Error("seeding failed");
}

export function seededSqlite(of: Size): string {
  const file = join(dataDirectory, `${sizeName(of)}.db`);
  if (!existsSync(file)) seed(`sqlite:${file}`, of);
  return file;
}

/** A PostgreSQL database seeded once and kept between runs (a half-seeded one is dropped and made again). */
export async function seededPostgres(postgresUrl: string, of: Size): Promise<string> {
  const name = `registrar_bench_${sizeName(of).replaceAll("-", "_")}`;
  const admin = new pg.Client({ connectionString: `${postgresUrl}/postgres` });
  await admin.connect();
  const url = `${postgresUrl}/${name}`;
  try {
    const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    if (exists) {
      const database = new pg.Client({ connectionString: url });
      await database.connect();
      const counted = await database
        .query<{ n: string }>("select count(*) as n from student_courses")
        .then(
          (result) => Number(result.rows[0]?.n),
          () => -1,
        )
        .finally(() => database.end());
      if (counted === of.enrollments) return url;
      await admin.query(`drop database "${name}"`);
    }
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  seed(url, of);
  return url;
}

/** A scratch copy for write scenarios, so the cached database stays as seeded. */
export function scratchCopy(file: string): string {
  const copy = `${file}.scratch.db`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(file, copy);
  return copy;
}

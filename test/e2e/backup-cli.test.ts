import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { describe, expect, it, onTestFinished } from "vitest";
import { createDb } from "../../src/db/dialect.ts";
import { createMigrator, migrateToLatest, migrationNames, runMigrations } from "../../src/db/migrate.ts";
import { engine, postgresUrl } from "../helpers/engine.ts";
import { startServer } from "../helpers/server.ts";

const token = randomBytes(32).toString("base64url");
const env = { ADMIN_TOKEN: token };

interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process, so a server started by the test keeps being served writes. */
function registrar(databaseUrl: string, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      "node_modules/.bin/node",
      ["src/cli/registrar.ts", ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
      (error, stdout, stderr) => {
        resolve({ status: typeof error?.code === "number" ? error.code : error ? 1 : 0, stdout, stderr });
      },
    );
  });
}

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), "registrar-backup-"));
  onTestFinished(() => {
    rmSync(directory, { recursive: true, force: true });
  });
  return directory;
}

async function send(url: string, method: string, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined && { "content-type": "application/json" }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === "" ? {} : JSON.parse(text)) as Record<string, unknown> };
}

async function createStudent(api: string, n: number | string): Promise<number> {
  const reply = await send(`${api}/students`, "POST", {
    first_name: "Ada",
    last_name: `L${n}`,
    email: `ada${n}@example.edu`,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.id as number;
}

/** Reads a SQLite file directly (read-only), closed when the test ends. */
function open(file: string): SQLite.Database {
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  onTestFinished(() => {
    database.close();
  });
  return database;
}

const emailsIn = (file: string) =>
  open(file)
    .prepare<[], { email: string }>("select email from students order by email")
    .all()
    .map((row) => row.email);

/** A migrated database file holding one student, made without a server. */
async function databaseWithStudent(directory: string, email: string): Promise<string> {
  const url = `sqlite:${join(directory, "registrar.db")}`;
  const db = createDb(url);
  try {
    await migrateToLatest(db);
    const now = new Date().toISOString();
    await db
      .insertInto("students")
      .values({ first_name: "Grace", last_name: "Hopper", email, created_at: now, updated_at: now })
      .execute();
  } finally {
    await db.destroy();
  }
  return url;
}

/** A copy of another migrated database (with another student), made without the CLI. */
async function copyOfDatabase(directory: string, file: string): Promise<void> {
  const source = await databaseWithStudent(join(directory, "source"), "other@example.edu");
  const database = new SQLite(source.slice("sqlite:".length));
  database.prepare("vacuum into ?").run(file);
  database.close();
}

describe.skipIf(engine === "postgres")("npm run registrar -- backup", () => {
  it(
    "copies the database while the server is writing to it: the copy is intact and at the latest migration",
    { timeout: 60_000 },
    async () => {
      const directory = temporaryDirectory();
      const url = `sqlite:${join(directory, "registrar.db")}`;
      const server = await startServer(url, env);
      const api = `${server.url}/api/v1`;
      const acknowledged: string[] = [];
      const done = new AbortController();
      const writer = (async () => {
        for (let n = 0; !done.signal.aborted; n++) {
          await createStudent(api, n);
          acknowledged.push(`ada${n}@example.edu`);
        }
      })();
      while (acknowledged.length < 50) await new Promise((resolve) => setTimeout(resolve, 10));
      const beforeBackup = [...acknowledged];
      const backupFile = join(directory, "backups", "registrar-backup.db");

      const result = await registrar(url, "backup", backupFile);
      const duringBackup = acknowledged.length;
      while (acknowledged.length < duringBackup + 20) await new Promise((resolve) => setTimeout(resolve, 10));
      done.abort();
      await writer;
      await server.stop();

      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(backupFile);
      const backup = open(backupFile);
      expect(backup.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(backup.pragma("journal_mode", { simple: true })).toBe("delete");
      expect(backup.prepare("select name from kysely_migration order by name").pluck().all()).toEqual(
        await migrationNames(),
      );
      const copied = emailsIn(backupFile);
      expect(copied).toEqual(expect.arrayContaining(beforeBackup));
      expect(acknowledged).toEqual(expect.arrayContaining(copied));
      expect(copied.length).toBeLessThan(acknowledged.length);
    },
  );

  it("refuses to overwrite an existing file unless --force is given", { timeout: 30_000 }, async () => {
    const directory = temporaryDirectory();
    const url = await databaseWithStudent(directory, "grace@example.edu");
    const existing = join(directory, "existing.db");
    writeFileSync(existing, "keep me");

    const refused = await registrar(url, "backup", existing);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already exists; pass --force/);
    expect(readFileSync(existing, "utf8")).toBe("keep me");

    const forced = await registrar(url, "backup", existing, "--force");
    expect(forced.status).toBe(0);
    expect(emailsIn(existing)).toEqual(["grace@example.edu"]);
  });

  it("exits non-zero when there is no database to back up", { timeout: 30_000 }, async () => {
    const directory = temporaryDirectory();
    const result = await registrar(
      `sqlite:${join(directory, "missing.db")}`,
      "backup",
      join(directory, "b.db"),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/There is no database at/);
    expect(existsSync(join(directory, "b.db"))).toBe(false);
    expect(existsSync(join(directory, "missing.db"))).toBe(false);
  });
});

describe.skipIf(engine === "postgres")("npm run registrar -- restore", () => {
  it(
    "puts back the data as it was at the backup, over a database whose server was killed",
    { timeout: 60_000 },
    async () => {
      const directory = temporaryDirectory();
      const url = `sqlite:${join(directory, "registrar.db")}`;
      const server = await startServer(url, env);
      const api = `${server.url}/api/v1`;
      const kept = await createStudent(api, "kept");
      const course = await send(`${api}/courses`, "POST", { code: "CS101", title: "Intro", capacity: 1 });
      const courseId = course.body.id as number;
      expect((await send(`${api}/enroll`, "POST", { student_id: kept, course_id: courseId })).status).toBe(
        201,
      );
      const backupFile = join(directory, "backup.db");
      expect((await registrar(url, "backup", backupFile)).status).toBe(0);
      await createStudent(api, "later");
      expect((await send(`${api}/students/${kept}/courses/${courseId}`, "DELETE")).status).toBe(204);
      // A killed server leaves its -wal and -shm behind; they hold the later changes and must not survive.
      await server.kill("SIGKILL");
      expect(existsSync(join(directory, "registrar.db-wal"))).toBe(true);

      const result = await registrar(url, "restore", backupFile);

      const newest = (await migrationNames()).at(-1) ?? "";
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Restored ${backupFile} (made at migration ${newest}) to `);
      const restarted = await startServer(url, env);
      const restartedApi = `${restarted.url}/api/v1`;
      const students = await send(`${restartedApi}/students`, "GET");
      expect((students.body.data as { email: string }[]).map((student) => student.email)).toEqual([
        "adakept@example.edu",
      ]);
      const courses = await send(`${restartedApi}/students/${kept}/courses`, "GET");
      expect(courses.body.courses).toMatchObject([{ id: courseId, enrollment: { status: "enrolled" } }]);
      expect(await createStudent(restartedApi, "after")).toBeGreaterThan(kept);
      await restarted.stop();
      expect(open(backupFile).pragma("integrity_check", { simple: true })).toBe("ok");
    },
  );

  it("refuses while a server has the database open, and leaves it serving", { timeout: 60_000 }, async () => {
    const directory = temporaryDirectory();
    const url = await databaseWithStudent(directory, "grace@example.edu");
    const backupFile = join(directory, "backup.db");
    expect((await registrar(url, "backup", backupFile)).status).toBe(0);
    const server = await startServer(url, env);
    const api = `${server.url}/api/v1`;
    const id = await createStudent(api, "new");

    const result = await registrar(url, "restore", backupFile);

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is in use: stop the Registrar server/);
    expect((await send(`${api}/students/${id}`, "GET")).status).toBe(200);
    expect(await createStudent(api, "newer")).toBeGreaterThan(id);
    await server.stop();
    expect(emailsIn(join(directory, "registrar.db"))).toEqual([
      "adanew@example.edu",
      "adanewer@example.edu",
      "grace@example.edu",
    ]);
  });

  it("applies the pending migrations to a backup made by an older version", { timeout: 30_000 }, async () => {
    const directory = temporaryDirectory();
    const oldFile = join(directory, "old.db");
    const old = createDb(`sqlite:${oldFile}`);
    const [first = "", ...later] = await migrationNames();
    try {
      await runMigrations(createMigrator(old).migrateTo(first));
      await sql`insert into students (first_name, last_name, email, created_at, updated_at)
        values ('Ada', 'Lovelace', 'ada@example.edu', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(
        old,
      );
    } finally {
      await old.destroy();
    }
    const url = `sqlite:${join(directory, "registrar.db")}`;

    const result = await registrar(url, "restore", oldFile);

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([
      `Restored ${oldFile} (made at migration ${first}) to ${join(directory, "registrar.db")}`,
      ...later.map((name) => `applied ${name}`),
    ]);
    const restored = open(join(directory, "registrar.db"));
    expect(restored.prepare("select name from kysely_migration order by name").pluck().all()).toEqual([
      first,
      ...later,
    ]);
    expect(restored.prepare("select email, sourced_id from students").all()).toEqual([
      { email: "ada@example.edu", sourced_id: null },
    ]);
  });

  describe("refuses, leaving the database as it was,", () => {
    async function expectRefused(
      prepare: (directory: string, backup: string) => void | Promise<void>,
      message: RegExp,
    ) {
      const directory = temporaryDirectory();
      const url = await databaseWithStudent(directory, "grace@example.edu");
      const backup = join(directory, "candidate.db");
      await prepare(directory, backup);

      const result = await registrar(url, "restore", backup);

      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(emailsIn(join(directory, "registrar.db"))).toEqual(["grace@example.edu"]);
    }

    it("a file that does not exist", { timeout: 30_000 }, async () => {
      await expectRefused(() => undefined, /There is no file .*candidate\.db/);
    });

    it("a file that is not a database", { timeout: 30_000 }, async () => {
      await expectRefused((_directory, backup) => {
        writeFileSync(backup, "student_id,course_id\n1,2\n".repeat(200));
      }, /is not a SQLite database/);
    });

    it("a SQLite database that is not Registrar's", { timeout: 30_000 }, async () => {
      await expectRefused((_directory, backup) => {
        const other = new SQLite(backup);
        other.exec("create table notes (id integer primary key, text text)");
        other.close();
      }, /is a SQLite database, but not a Registrar one/);
    });

    it("a damaged backup", { timeout: 30_000 }, async () => {
      await expectRefused(async (directory, backup) => {
        await copyOfDatabase(directory, backup);
        const copy = new SQLite(backup, { readonly: true });
        const root = copy.prepare("select rootpage from sqlite_master where name = 'students'").pluck().get();
        copy.close();
        // Garbage over the students table's page, past its first bytes: the file still opens, but the table's
        // cells point nowhere.
        const bytes = readFileSync(backup);
        const pageSize = bytes.readUInt16BE(16);
        const start = (Number(root) - 1) * pageSize;
        bytes.fill(0xa5, start + 8, start + pageSize);
        writeFileSync(backup, bytes);
      }, /is damaged \(integrity check: /);
    });

    it("a backup from a newer version of Registrar", { timeout: 30_000 }, async () => {
      await expectRefused(async (directory, backup) => {
        await copyOfDatabase(directory, backup);
        const newer = new SQLite(backup);
        newer
          .prepare("insert into kysely_migration (name, timestamp) values (?, ?)")
          .run("2999-01-01T0000_from_the_future", new Date().toISOString());
        newer.close();
      }, /comes from a newer version of Registrar \(unknown migrations: 2999-01-01T0000_from_the_future\)/);
    });
  });
});

describe("backup and restore on PostgreSQL", () => {
  it("explain pg_dump and pg_restore and exit non-zero", { timeout: 30_000 }, async () => {
    const url = postgresUrl("registrar_backup_not_used");
    const backup = await registrar(url, "backup", "registrar.dump");
    expect(backup.status).toBe(1);
    expect(backup.stderr).toContain('pg_dump --format=custom --file=registrar.dump --dbname="$DATABASE_URL"');
    const restore = await registrar(url, "restore", "registrar.dump");
    expect(restore.status).toBe(1);
    expect(restore.stderr).toContain('pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL"');
    expect(existsSync("registrar.dump")).toBe(false);
  });
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { describe, expect, it, onTestFinished } from "vitest";
import type { Course } from "../../src/courses/course.schema.ts";
import type { Student } from "../../src/students/student.schema.ts";
import { adminHeaders, startServer } from "../helpers/server.ts";

const migrationNames = readdirSync(join(import.meta.dirname, "../../src/db/migrations"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();

function temporaryDatabaseFile(): string {
  const directory = mkdtempSync(join(tmpdir(), "registrar-e2e-"));
  onTestFinished(() => {
    rmSync(directory, { recursive: true, force: true });
  });
  return join(directory, "registrar.db");
}

function appliedMigrations(file: string): string[] {
  const database = new SQLite(file, { readonly: true });
  try {
    return database
      .prepare<[], { name: string }>("select name from kysely_migration order by name")
      .all()
      .map((row) => row.name);
  } finally {
    database.close();
  }
}

interface Answer<Body> {
  status: number;
  location: string | null;
  body: Body;
}

async function post<Body>(url: string, body: unknown): Promise<Answer<Body>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...adminHeaders, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    body: (await response.json()) as Body,
  };
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers: adminHeaders });
  return { status: response.status, body: await response.json() };
}

describe("the server over real HTTP", () => {
  it(
    "creates the database file and applies every migration on first start",
    { timeout: 30_000 },
    async () => {
      const file = temporaryDatabaseFile();
      expect(existsSync(file)).toBe(false);
      const server = await startServer(`sqlite:${file}`);
      expect(existsSync(file)).toBe(true);
      expect(await server.stop()).toBe(0);
      expect(appliedMigrations(file)).toEqual(migrationNames);
    },
  );

  it(
    "creates, lists and gets students and courses, and keeps every row across a restart",
    { timeout: 30_000 },
    async () => {
      const file = temporaryDatabaseFile();
      const first = await startServer(`sqlite:${file}`);

      const student = await post<Student>(`${first.url}/api/v1/students`, {
        first_name: "Ada",
        last_name: "Lovelace",
        email: "ada@example.edu",
      });
      expect(student.status).toBe(201);
      expect(student.location).toBe(`/api/v1/students/${student.body.id}`);
      const course = await post<Course>(`${first.url}/api/v1/courses`, {
        code: "CS101",
        title: "Intro to Programming",
        credits: 4,
        capacity: 30,
      });
      expect(course.status).toBe(201);
      expect(course.location).toBe(`/api/v1/courses/${course.body.id}`);

      const students = await getJson(`${first.url}/api/v1/students`);
      expect(students).toEqual({ status: 200, body: { data: [student.body], next_cursor: null } });
      const courses = await getJson(`${first.url}/api/v1/courses`);
      expect(courses).toEqual({ status: 200, body: { data: [course.body], next_cursor: null } });
      expect(await getJson(`${first.url}${student.location ?? ""}`)).toEqual({
        status: 200,
        body: student.body,
      });
      expect(await getJson(`${first.url}${course.location ?? ""}`)).toEqual({
        status: 200,
        body: course.body,
      });

      expect(await first.stop()).toBe(0);

      const second = await startServer(`sqlite:${file}`);
      expect(await getJson(`${second.url}/api/v1/students`)).toEqual(students);
      expect(await getJson(`${second.url}/api/v1/courses`)).toEqual(courses);
      expect(await getJson(`${second.url}${student.location ?? ""}`)).toEqual({
        status: 200,
        body: student.body,
      });
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
      expect(await second.stop()).toBe(0);
      expect(appliedMigrations(file)).toEqual(migrationNames);
    },
  );

  it(
    "runs compiled (as npm start does) on a database the sources made, with the same migrations and records",
    { timeout: 60_000 },
    async () => {
      const file = temporaryDatabaseFile();
      const fromSources = await startServer(`sqlite:${file}`);
      const student = await post<Student>(`${fromSources.url}/api/v1/students`, {
        first_name: "Grace",
        last_name: "Hopper",
        email: "grace@example.edu",
      });
      expect(await fromSources.stop()).toBe(0);

      // Beside the packages and package.json it would have in the checkout.
      const directory = dirname(file);
      symlinkSync(resolve("node_modules"), join(directory, "node_modules"));
      writeFileSync(join(directory, "package.json"), JSON.stringify({ type: "module" }));
      const build = join(directory, "build");
      const compiled = spawnSync(
        "node_modules/.bin/node",
        ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", build],
        { encoding: "utf8" },
      );
      expect(compiled.status, compiled.stdout + compiled.stderr).toBe(0);
      const fromBuild = await startServer(`sqlite:${file}`, {}, join(build, "server.js"));
      expect(await getJson(`${fromBuild.url}${student.location ?? ""}`)).toEqual({
        status: 200,
        body: student.body,
      });
      expect(fromBuild.output()).not.toContain("applied migrations");
      expect(await fromBuild.stop()).toBe(0);
      expect(appliedMigrations(file)).toEqual(migrationNames);
    },
  );

  it("answers errors as problems over real HTTP", { timeout: 30_000 }, async () => {
    const server = await startServer(`sqlite:${temporaryDatabaseFile()}`);
    const response = await fetch(`${server.url}/api/v1/students/05`, { headers: adminHeaders });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const missing = await fetch(`${server.url}/api/v1/students/7`, { headers: adminHeaders });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ detail: "Student 7 does not exist" });
  });

  it("takes the rate limit and CORS origins from the environment", { timeout: 30_000 }, async () => {
    const server = await startServer(`sqlite:${temporaryDatabaseFile()}`, {
      RATE_LIMIT_MAX: "2",
      CORS_ORIGINS: "https://school.example",
    });
    const get = () =>
      fetch(`${server.url}/api/v1/courses`, {
        headers: { ...adminHeaders, origin: "https://school.example" },
      });
    const first = await get();
    expect(first.headers.get("access-control-allow-origin")).toBe("https://school.example");
    expect(first.headers.get("x-ratelimit-limit")).toBe("2");
    await get();
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("runs without a rate limit when RATE_LIMIT_MAX is 0", { timeout: 30_000 }, async () => {
    const server = await startServer(`sqlite:${temporaryDatabaseFile()}`, { RATE_LIMIT_MAX: "0" });
    const response = await fetch(`${server.url}/api/v1/courses`, { headers: adminHeaders });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-limit")).toBeNull();
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

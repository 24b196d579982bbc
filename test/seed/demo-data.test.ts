import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { insertInChunks } from "../../src/db/bulk.ts";
import { generateDemoData } from "../../src/seed/demo-data.ts";
import { freshDatabaseUrl, freshDb } from "../helpers/database.ts";

const size = { students: 300, courses: 40, enrollments: 1200 };

describe("demo data", () => {
  it("generates the requested numbers of students, courses and enrollments", () => {
    const data = generateDemoData(size);
    expect(data.students).toHaveLength(300);
    expect(data.courses).toHaveLength(40);
    expect(data.enrollments).toHaveLength(1200);
  });

  it("is the same data every time for the same size", () => {
    const strip = (data: ReturnType<typeof generateDemoData>) =>
      JSON.stringify([data.students, data.courses, data.enrollments]).replace(/"\d{4}-[^"]+Z"/g, "");
    expect(strip(generateDemoData(size))).toBe(strip(generateDemoData(size)));
  });

  it("fills some courses and puts the rest of their students on a waitlist, never over capacity", () => {
    const { courses, enrollments } = generateDemoData(size);
    const waitlisted = enrollments.filter((row) => row.status === "waitlisted");
    expect(waitlisted.length).toBeGreaterThan(0);
    courses.forEach((course, index) => {
      const seated = enrollments.filter(
        (row) => row.course_id === index + 1 && row.status === "enrolled",
      ).length;
      if (course.capacity !== null && course.capacity !== undefined)
        expect(seated).toBeLessThanOrEqual(course.capacity);
      const queue = enrollments.filter((row) => row.course_id === index + 1 && row.status === "waitlisted");
      if (queue.length > 0) expect(seated).toBe(course.capacity);
    });
  });

  it("never gives a student the same course twice and writes unique emails", () => {
    const { students, enrollments } = generateDemoData(size);
    const pairs = new Set(enrollments.map((row) => `${row.student_id}:${row.course_id}`));
    expect(pairs.size).toBe(enrollments.length);
    expect(new Set(students.map((student) => student.email)).size).toBe(students.length);
  });

  it("inserts into a migrated database, with seat counters matching the enrollments", async () => {
    const db = await freshDb();
    const data = generateDemoData(size);
    await db.transaction().execute(async (trx) => {
      await insertInChunks(trx, "students", data.students);
      await insertInChunks(trx, "courses", data.courses);
      await insertInChunks(trx, "student_courses", data.enrollments);
    });
    const course = await db.selectFrom("courses").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
    const seated = data.enrollments.filter((row) => row.course_id === 1 && row.status === "enrolled").length;
    expect(course.enrolled_count).toBe(seated);
  });
});

describe("npm run db:seed", () => {
  it("seeds an empty database once and refuses to seed it again", { timeout: 60_000 }, async () => {
    const env = { ...process.env, DATABASE_URL: await freshDatabaseUrl() };
    const args = ["src/cli/seed.ts", "--students", "50", "--courses", "8", "--enrollments", "150"];
    const first = spawnSync("node_modules/.bin/node", args, { env, encoding: "utf8" });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Seeded 50 students, 8 courses and 150 enrollments/);

    const second = spawnSync("node_modules/.bin/node", args, { env, encoding: "utf8" });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already has students or courses/);
  });
});

import { describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { adminHeaders, startServer } from "../helpers/server.ts";

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...adminHeaders, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("enrollment under real concurrency on PostgreSQL", () => {
  it("fills a 30-seat course with exactly 30 of 200 simultaneous requests", { timeout: 60_000 }, async () => {
    const server = await startServer(await freshDatabaseUrl(), { DATABASE_POOL_SIZE: "20" });
    const api = `${server.url}/api/v1`;
    const course = await post(`${api}/courses`, { code: "CS101", title: "Intro", capacity: 30 });
    const students = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        post(`${api}/students`, { first_name: "S", last_name: `L${n}`, email: `s${n}@example.edu` }),
      ),
    );

    const results = await Promise.all(
      students.map((student) =>
        post(`${api}/enroll`, { student_id: student.body.id, course_id: course.body.id }),
      ),
    );

    expect(results.filter((result) => result.status === 201)).toHaveLength(30);
    const refused = results.filter((result) => result.status === 409);
    expect(refused).toHaveLength(170);
    expect(refused.every((result) => result.body.type === "/problems/course-full")).toBe(true);
    const roster = (await (
      await fetch(`${api}/courses/${String(course.body.id)}/students`, { headers: adminHeaders })
    ).json()) as {
      students: unknown[];
    };
    expect(roster.students).toHaveLength(30);
  });

  it("records one enrollment for 50 identical simultaneous requests", { timeout: 60_000 }, async () => {
    const server = await startServer(await freshDatabaseUrl(), { DATABASE_POOL_SIZE: "20" });
    const api = `${server.url}/api/v1`;
    const course = await post(`${api}/courses`, { code: "CS101", title: "Intro", capacity: 30 });
    const student = await post(`${api}/students`, {
      first_name: "A",
      last_name: "B",
      email: "a@example.edu",
    });
    const request = { student_id: student.body.id, course_id: course.body.id };

    const results = await Promise.all(Array.from({ length: 50 }, () => post(`${api}/enroll`, request)));

    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    const refused = results.filter((result) => result.status === 409);
    expect(refused).toHaveLength(49);
    expect(refused.every((result) => result.body.type === "/problems/already-enrolled")).toBe(true);
  });
});

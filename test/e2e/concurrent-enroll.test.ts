import { describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { adminHeaders, startServer } from "../helpers/server.ts";

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

async function send(method: string, url: string, body?: unknown): Promise<Reply> {
  const response = await fetch(url, {
    method,
    headers: { ...adminHeaders, ...(body !== undefined && { "content-type": "application/json" }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function created(url: string, body: unknown): Promise<number> {
  const reply = await send("POST", url, body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.id as number;
}

/** A server on its own fresh database, with a course of the given capacity and `count` students. */
async function serverWithCourse(capacity: number, count: number) {
  const databaseUrl = await freshDatabaseUrl();
  const server = { ...(await startServer(databaseUrl)), databaseUrl };
  const api = `${server.url}/api/v1`;
  const courseId = await created(`${api}/courses`, { code: "CS101", title: "Intro", capacity });
  const studentIds: number[] = [];
  for (let n = 0; n < count; n++) {
    studentIds.push(
      await created(`${api}/students`, { first_name: "S", last_name: `L${n}`, email: `s${n}@example.edu` }),
    );
  }
  return { server, api, courseId, studentIds };
}

interface Roster {
  students: { id: number; enrollment: { status: string; waitlist_position: number | null } }[];
}

async function roster(api: string, courseId: number, status: string): Promise<Roster["students"]> {
  const reply = await send("GET", `${api}/courses/${courseId}/students?status=${status}`);
  expect(reply.status).toBe(200);
  return (reply.body as unknown as Roster).students;
}

const countStatus = (replies: Reply[], status: number) => replies.filter((reply) => reply.status === status);

describe("enrollment under concurrent HTTP requests to a real server", () => {
  it("seats exactly 10 of 100 simultaneous requests for a 10-seat course", { timeout: 60_000 }, async () => {
    const { server, api, courseId, studentIds } = await serverWithCourse(10, 100);
    try {
      const replies = await Promise.all(
        studentIds.map((student_id) => send("POST", `${api}/enroll`, { student_id, course_id: courseId })),
      );

      expect(countStatus(replies, 201)).toHaveLength(10);
      const refused = countStatus(replies, 409);
      expect(refused).toHaveLength(90);
      expect(refused.map((reply) => reply.body.type)).toEqual(
        Array.from({ length: 90 }, () => "/problems/course-full"),
      );
      const seated = await roster(api, courseId, "enrolled");
      expect(seated).toHaveLength(10);
      expect(seated.map((student) => student.id).sort((a, b) => a - b)).toEqual(
        countStatus(replies, 201)
          .map((reply) => reply.body.student_id as number)
          .sort((a, b) => a - b),
      );
      expect(await roster(api, courseId, "waitlisted,dropped,completed")).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it("records one enrollment for 50 identical simultaneous requests", { timeout: 60_000 }, async () => {
    const { server, api, courseId, studentIds } = await serverWithCourse(10, 1);
    try {
      const request = { student_id: studentIds[0], course_id: courseId };

      const replies = await Promise.all(
        Array.from({ length: 50 }, () => send("POST", `${api}/enroll`, request)),
      );

      expect(countStatus(replies, 201)).toHaveLength(1);
      const refused = countStatus(replies, 409);
      expect(refused).toHaveLength(49);
      expect(refused.map((reply) => reply.body.type)).toEqual(
        Array.from({ length: 49 }, () => "/problems/already-enrolled"),
      );
      expect(await roster(api, courseId, "enrolled,waitlisted,dropped,completed")).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });

  it(
    "seats 10 and waitlists 50 with distinct positions 1…50 for 60 simultaneous waitlist requests",
    { timeout: 60_000 },
    async () => {
      const { server, api, courseId, studentIds } = await serverWithCourse(10, 60);
      try {
        const replies = await Promise.all(
          studentIds.map((student_id) =>
            send("POST", `${api}/enroll`, { student_id, course_id: courseId, waitlist: true }),
          ),
        );

        expect(countStatus(replies, 201)).toHaveLength(60);
        const statuses = replies.map((reply) => reply.body.status);
        expect(statuses.filter((status) => status === "enrolled")).toHaveLength(10);
        expect(statuses.filter((status) => status === "waitlisted")).toHaveLength(50);
        expect(await roster(api, courseId, "enrolled")).toHaveLength(10);
        const waitlist = await roster(api, courseId, "waitlisted");
        expect(waitlist.map((student) => student.enrollment.waitlist_position)).toEqual(
          Array.from({ length: 50 }, (_, n) => n + 1),
        );
        const positionsAtEnrollment = replies
          .filter((reply) => reply.body.status === "waitlisted")
          .map((reply) => reply.body.waitlist_position as number)
          .sort((a, b) => a - b);
        expect(positionsAtEnrollment).toEqual(Array.from({ length: 50 }, (_, n) => n + 1));
      } finally {
        await server.stop();
      }
    },
  );

  it(
    "seats exactly 10 of 100 requests split between two server processes on one database",
    { timeout: 60_000 },
    async () => {
      const { server, api, courseId, studentIds } = await serverWithCourse(10, 100);
      // Started after the first one has migrated the database, so only the enrollments race.
      const second = await startServer(server.databaseUrl);
      try {
        const apis = [api, `${second.url}/api/v1`];
        const replies = await Promise.all(
          studentIds.map((student_id, n) =>
            send("POST", `${apis[n % 2] ?? api}/enroll`, {
              student_id,
              course_id: courseId,
              waitlist: n % 3 === 0,
            }),
          ),
        );

        expect(replies.filter((reply) => reply.status !== 201 && reply.status !== 409)).toEqual([]);
        const seated = replies.filter((reply) => reply.body.status === "enrolled");
        expect(seated).toHaveLength(10);
        expect(await roster(api, courseId, "enrolled")).toHaveLength(10);
        expect(await roster(`${second.url}/api/v1`, courseId, "enrolled")).toHaveLength(10);
        const waitlist = await roster(api, courseId, "waitlisted");
        expect(waitlist.map((student) => student.enrollment.waitlist_position)).toEqual(
          Array.from({ length: waitlist.length }, (_, n) => n + 1),
        );
        expect(countStatus(replies, 201)).toHaveLength(10 + waitlist.length);
        const refused = countStatus(replies, 409);
        expect(refused).toHaveLength(100 - 10 - waitlist.length);
        expect(refused.every((reply) => reply.body.type === "/problems/course-full")).toBe(true);
      } finally {
        await Promise.all([server.stop(), second.stop()]);
      }
    },
  );
});

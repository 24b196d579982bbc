import { describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/auth.service.ts";
import { bearer, testApp } from "../helpers/app.ts";
import { dropCourse, enroll } from "../helpers/enrollments.ts";
import { createCourse, createStudent, createTerm } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";
import { followSeats, listening, seats } from "./seat-stream.ts";

describe("GET /api/v1/courses/seats", () => {
  it("sends every section of the term at once, then the seats of each enrollment, drop and promotion", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    const other = await createTerm(t);
    const full = await createCourse(t, { term_id: term.id, capacity: 1 });
    const open = await createCourse(t, { term_id: term.id, capacity: 30 });
    const elsewhere = await createCourse(t, { term_id: other.id, capacity: 5 });
    const [ada, grace] = [await createStudent(t), await createStudent(t)];
    const stream = await followSeats(await listening(t.app), term.id, await t.tokenFor("viewer"));

    expect(stream.status).toBe(200);
    expect(stream.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
    await stream.next(seats(full.id, { capacity: 1, enrolled_count: 0, waitlist_count: 0 }));
    await stream.next(seats(open.id, { capacity: 30, enrolled_count: 0, waitlist_count: 0 }));
    expect(stream.retry).toBeGreaterThan(0);

    await enroll(t, ada.id, full.id);
    await stream.next(seats(full.id, { enrolled_count: 1, waitlist_count: 0 }));
    await enroll(t, grace.id, full.id, true);
    await stream.next(seats(full.id, { enrolled_count: 1, waitlist_count: 1 }));
    await enroll(t, grace.id, elsewhere.id);
    // Ada's drop promotes Grace from the waitlist: one seat taken, nobody waiting.
    await dropCourse(t, ada.id, full.id);
    await stream.next(seats(full.id, { enrolled_count: 1, waitlist_count: 0 }));

    expect(stream.events.map((event) => event.data.course_id)).not.toContain(elsewhere.id);
    expect(stream.events.filter((event) => event.data.course_id === open.id)).toHaveLength(1);
  });

  it("sends a capacity change, a new section, and a deleted one as a removed event", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    const course = await createCourse(t, { term_id: term.id, capacity: 10 });
    const stream = await followSeats(await listening(t.app), term.id, t.adminToken);
    await stream.next(seats(course.id, { capacity: 10, enrolled_count: 0, waitlist_count: 0 }));

    expect((await t.patch(`/api/v1/courses/${course.id}`, { capacity: 12 })).statusCode).toBe(200);
    await stream.next(seats(course.id, { capacity: 12, enrolled_count: 0, waitlist_count: 0 }));
    const added = await createCourse(t, { term_id: term.id, capacity: null });
    await stream.next(seats(added.id, { capacity: null, enrolled_count: 0, waitlist_count: 0 }));
    expect((await t.delete(`/api/v1/courses/${course.id}`)).statusCode).toBe(204);
    await stream.next((event) => event.event === "removed" && event.data.course_id === course.id);
  });

  it("lets a student follow the seats, as the contract's student pages do", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    const course = await createCourse(t, { term_id: term.id, capacity: 2 });
    const [ada, grace] = [await createStudent(t), await createStudent(t)];
    const { token } = await createToken(t.db, { name: "ada", role: "student", student_id: ada.id });
    const stream = await followSeats(await listening(t.app), term.id, token);

    expect(stream.status).toBe(200);
    await stream.next(seats(course.id, { capacity: 2, enrolled_count: 0, waitlist_count: 0 }));
    await enroll(t, grace.id, course.id);
    await stream.next(seats(course.id, { capacity: 2, enrolled_count: 1, waitlist_count: 0 }));
  });

  it("counts the open streams and forgets a reader that went away", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    await createCourse(t, { term_id: term.id });
    const url = await listening(t.app);
    const [first, second] = [
      await followSeats(url, term.id, t.adminToken),
      await followSeats(url, term.id, t.adminToken),
    ];
    expect(t.app.seatHub.stats()).toMatchObject({ subscribers: 2, terms: 1 });

    first.close();
    await expect.poll(() => t.app.seatHub.stats().subscribers, { timeout: 5_000 }).toBe(1);
    second.close();
    await expect
      .poll(() => t.app.seatHub.stats(), { timeout: 5_000 })
      .toMatchObject({ subscribers: 0, terms: 0 });
  });

  it("sends heartbeat comments on an idle stream", async () => {
    const t = await testApp({ seatStreams: { heartbeat_ms: 50 } });
    const term = await createTerm(t);
    const stream = await followSeats(await listening(t.app), term.id, t.adminToken);

    await expect.poll(() => stream.heartbeats, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    expect(stream.events).toEqual([]);
  });

  it("ends the open streams when the app closes", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    const stream = await followSeats(await listening(t.app), term.id, t.adminToken);
    const ended = new Promise<void>((resolve) => {
      stream.onEnd(resolve);
    });
    await t.app.close();
    await ended;
    expect(t.app.seatHub.stats().subscribers).toBe(0);
  });

  it("answers 401 without a token, 404 for an unknown term and 400 for a bad or missing term_id", async () => {
    const t = await testApp();
    const term = await createTerm(t);

    const anonymous = await t.app.inject({ method: "GET", url: `/api/v1/courses/seats?term_id=${term.id}` });
    expectProblem(anonymous, 401, "unauthorized");
    expectProblem(await t.get(`/api/v1/courses/seats?term_id=${term.id + 1000}`), 404, "term-not-found");
    expectProblem(await t.get("/api/v1/courses/seats?term_id=abc"), 400, "validation");
    expectProblem(await t.get("/api/v1/courses/seats?term_id=0"), 400, "validation");
    expectProblem(await t.get("/api/v1/courses/seats"), 400, "validation");
    const viewer = await t.tokenFor("viewer");
    expectProblem(
      await t.request({ method: "GET", url: "/api/v1/courses/seats?term_id=x", headers: bearer(viewer) }),
      400,
      "validation",
    );
  });

  it("answers 503 too-many-streams beyond the limit of open streams", async () => {
    const t = await testApp({ seatStreams: { max_subscribers: 2 } });
    const term = await createTerm(t);
    const url = await listening(t.app);
    await followSeats(url, term.id, t.adminToken);
    await followSeats(url, term.id, t.adminToken);

    const refused = await t.get(`/api/v1/courses/seats?term_id=${term.id}`);
    expectProblem(refused, 503, "too-many-streams");
    expect(refused.headers["retry-after"]).toBe("5");
  });
});

import { describe, expect, it } from "vitest";
import { createToken, openSession } from "../../src/auth/auth.service.ts";
import { SESSION_COOKIE } from "../../src/auth/auth.hooks.ts";
import { bearer, testApp, type TestApp } from "../helpers/app.ts";
import { createCourse, createInstructor, createStudent, createTerm } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

interface Caller {
  headers: Record<string, string>;
}

const as = (t: TestApp, { headers }: Caller) => ({
  get: (url: string) => t.request({ method: "GET", url, headers }),
  post: (url: string, payload: object) => t.request({ method: "POST", url, headers, payload }),
  delete: (url: string) => t.request({ method: "DELETE", url, headers }),
});

/** Ada (with a student token named "ada") and Grace, and two courses. */
async function students() {
  const t = await testApp();
  const ada = await createStudent(t, { email: "ada@example.edu" });
  const grace = await createStudent(t, { email: "grace@example.edu" });
  const course = await createCourse(t);
  const other = await createCourse(t);
  const token = (await createToken(t.db, { name: "ada", role: "student", student_id: ada.id })).token;
  return { t, ada, grace, course, other, token, student: as(t, { headers: bearer(token) }) };
}

const actorsOf = async (t: TestApp, student_id: number, course_id: number) =>
  (await t.get(`/api/v1/students/${student_id}/courses/${course_id}/history`))
    .json<{ events: { event: string; actor: string }[] }>()
    .events.map(({ event, actor }) => `${event} by ${actor}`);

const statusOf = async (t: TestApp, student_id: number, course_id: number) =>
  (
    await t.db
      .selectFrom("student_courses")
      .select("status")
      .where("student_id", "=", student_id)
      .where("course_id", "=", course_id)
      .executeTakeFirst()
  )?.status;

describe("a student token", () => {
  it("enrolls its student and drops it again, both recorded with the token's name as the actor", async () => {
    const { t, ada, course, other, student } = await students();

    const enrolled = await student.post(`/api/v1/students/${ada.id}/courses`, { course_id: course.id });
    const viaEnroll = await student.post("/api/v1/enroll", { student_id: ada.id, course_id: other.id });
    const dropped = await student.delete(`/api/v1/students/${ada.id}/courses/${course.id}`);
    const mine = await student.get(`/api/v1/students/${ada.id}/courses?status=enrolled,dropped`);

    expect([enrolled.statusCode, viaEnroll.statusCode, dropped.statusCode]).toEqual([201, 201, 204]);
    expect(
      mine
        .json<{ courses: { id: number }[] }>()
        .courses.map((each) => each.id)
        .sort(),
    ).toEqual([course.id, other.id].sort());
    expect(await actorsOf(t, ada.id, course.id)).toEqual(["enrolled by ada", "dropped by ada"]);
  });

  it("asks for a registration with dry_run for itself: the answer, and nothing written", async () => {
    const { t, ada, course, student } = await students();

    const response = await student.post(`/api/v1/students/${ada.id}/registration`, {
      add: [course.id],
      dry_run: true,
    });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ would_succeed: true, violations: [] });
    expect(await statusOf(t, ada.id, course.id)).toBeUndefined();
    const done = await student.post(`/api/v1/students/${ada.id}/registration`, { add: [course.id] });
    expect(done.statusCode, done.body).toBe(200);
    expect(await statusOf(t, ada.id, course.id)).toBe("enrolled");
  });

  it("may not enroll, drop or register another student (403), and nothing changes", async () => {
    const { t, grace, course, other, student } = await students();
    expect((await t.post("/api/v1/enroll", { student_id: grace.id, course_id: other.id })).statusCode).toBe(
      201,
    );

    const attempts = [
      await student.post("/api/v1/enroll", { student_id: grace.id, course_id: course.id }),
      await student.post(`/api/v1/students/${grace.id}/courses`, { course_id: course.id }),
      await student.post(`/api/v1/students/${grace.id}/registration`, { add: [course.id] }),
      await student.delete(`/api/v1/students/${grace.id}/courses/${other.id}`),
    ];

    for (const attempt of attempts) expectProblem(attempt, 403, "forbidden");
    expect(await statusOf(t, grace.id, course.id)).toBeUndefined();
    expect(await statusOf(t, grace.id, other.id)).toBe("enrolled");
  });

  it("is held to the add/drop deadline, adding and dropping, which staff are not held to", async () => {
    const { t, ada, student } = await students();
    const term = await createTerm(t, { add_drop_ends_on: "2020-01-31" });
    const course = await createCourse(t, { term_id: term.id });

    const refused = await student.post(`/api/v1/students/${ada.id}/courses`, { course_id: course.id });
    const byStaff = await t.post(`/api/v1/students/${ada.id}/courses`, { course_id: course.id });

    expect(expectProblem(refused, 409, "registration-blocked").violations).toMatchObject([
      { rule: "registration-closed", course_id: course.id },
    ]);
    expect(byStaff.statusCode).toBe(201);
    const drop = `/api/v1/students/${ada.id}/courses/${course.id}`;
    expect(expectProblem(await student.delete(drop), 409, "registration-blocked").violations).toMatchObject([
      { rule: "registration-closed", course_id: course.id },
    ]);
    expect(await statusOf(t, ada.id, course.id)).toBe("enrolled");
    expect((await t.delete(drop)).statusCode).toBe(204);
  });

  it("stops working with the very next request once revoked, and so do its sessions", async () => {
    const { t, ada, token, student } = await students();
    const signIn = await t.request({
      method: "POST",
      url: "/api/v1/session",
      headers: { cookie: "" },
      payload: { token },
    });
    const cookie = {
      cookie: `${SESSION_COOKIE}=${/registrar_session=([^;]+)/.exec(String(signIn.headers["set-cookie"]))?.[1] ?? ""}`,
    };
    expect((await student.get(`/api/v1/students/${ada.id}`)).statusCode).toBe(200);
    expect(
      (await t.request({ method: "GET", url: `/api/v1/students/${ada.id}`, headers: cookie })).statusCode,
    ).toBe(200);

    expect((await t.delete("/api/v1/tokens/ada")).statusCode).toBe(204);

    expectProblem(await student.get(`/api/v1/students/${ada.id}`), 401, "unauthorized");
    expectProblem(
      await t.request({ method: "GET", url: `/api/v1/students/${ada.id}`, headers: cookie }),
      401,
    );
  });

  it("reads with HEAD what it may GET, and nothing else", async () => {
    const { t, ada, grace, token } = await students();
    const head = (url: string) => t.request({ method: "HEAD", url, headers: bearer(token) });

    expect((await head("/api/v1/terms")).statusCode).toBe(200);
    expect((await head(`/api/v1/students/${ada.id}/courses`)).statusCode).toBe(200);
    expect((await head(`/api/v1/students/${grace.id}/courses`)).statusCode).toBe(403);
    expect((await head("/api/v1/students")).statusCode).toBe(403);
  });

  it("goes with its student: deleting the student ends the token", async () => {
    const { t, ada, student } = await students();

    expect((await t.delete(`/api/v1/students/${ada.id}`)).statusCode).toBe(204);

    expectProblem(await student.get("/api/v1/terms"), 401, "unauthorized");
    const { data } = (await t.get("/api/v1/tokens")).json<{ data: { name: string }[] }>();
    expect(data.map((token) => token.name)).not.toContain("ada");
  });
});

describe("instructors, as a student sees them", () => {
  it("come without email for a student and with it for staff, in the list and one by one", async () => {
    const { t, student } = await students();
    const instructor = await createInstructor(t, { email: "hopper@example.edu" });

    const one = await student.get(`/api/v1/instructors/${instructor.id}`);
    const list = await student.get("/api/v1/instructors");
    const staff = await t.get(`/api/v1/instructors/${instructor.id}`);

    expect(one.statusCode).toBe(200);
    expect(one.headers["content-type"]).toMatch(/^application\/json/);
    expect(one.json()).toEqual({ ...instructor, email: undefined });
    expect(Object.keys(one.json())).not.toContain("email");
    expect(list.json<{ data: object[] }>().data).toEqual([{ ...instructor, email: undefined }]);
    expect(JSON.stringify(list.json())).not.toContain("hopper@");
    expect(staff.json()).toEqual(instructor);
  });

  it("cannot be found or ordered by email by a student (q searches names; sort=email is 400)", async () => {
    const { t, student } = await students();
    await createInstructor(t, { first_name: "Grace", email: "secret-hopper@example.edu" });

    const byEmail = await student.get("/api/v1/instructors?q=secret-hopper");
    const byName = await student.get("/api/v1/instructors?q=grace");
    const staffByEmail = await t.get("/api/v1/instructors?q=secret-hopper");

    expect(byEmail.json<{ data: object[] }>().data).toEqual([]);
    expect(byName.json<{ data: object[] }>().data).toHaveLength(1);
    expect(staffByEmail.json<{ data: object[] }>().data).toHaveLength(1);
    expectFieldError(await student.get("/api/v1/instructors?sort=-email"), "sort");
    expect((await t.get("/api/v1/instructors?sort=-email")).statusCode).toBe(200);
  });
});

describe("a session opened for a student without a token", () => {
  it("acts as the token would, named student:<email> in the history and in the session state", async () => {
    const { t, ada, grace, course } = await students();
    const { sessionId, principal } = await openSession(t.db, { role: "student", student_id: ada.id });
    const session = as(t, { headers: { cookie: `${SESSION_COOKIE}=${sessionId}` } });

    const state = await session.get("/api/v1/session/state");
    const enrolled = await session.post(`/api/v1/students/${ada.id}/courses`, { course_id: course.id });
    const others = await session.get(`/api/v1/students/${grace.id}/courses`);
    const roster = await session.get(`/api/v1/courses/${course.id}/students`);

    expect(principal).toEqual({ name: "student:ada@example.edu", role: "student", student_id: ada.id });
    expect(state.json()).toEqual({ signed_in: true, principal });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expectProblem(others, 403, "forbidden");
    expectProblem(roster, 403, "forbidden");
    expect(await actorsOf(t, ada.id, course.id)).toEqual(["enrolled by student:ada@example.edu"]);
  });

  it("opens for staff by name and role, ends when signed out, and is not for a student that does not exist", async () => {
    const { t } = await students();
    const staff = await openSession(t.db, { role: "registrar", name: "registrar@example.edu" });
    const cookie = { cookie: `${SESSION_COOKIE}=${staff.sessionId}` };

    const me = await t.request({ method: "GET", url: "/api/v1/session", headers: cookie });
    const roster = await t.request({ method: "GET", url: "/api/v1/students", headers: cookie });
    await t.request({ method: "DELETE", url: "/api/v1/session", headers: cookie });

    expect(me.json()).toEqual({ name: "registrar@example.edu", role: "registrar" });
    expect(roster.statusCode).toBe(200);
    expectProblem(await t.request({ method: "GET", url: "/api/v1/students", headers: cookie }), 401);
    await expect(openSession(t.db, { role: "student", student_id: 999 })).rejects.toMatchObject({
      kind: "student-not-found",
    });
  });
});

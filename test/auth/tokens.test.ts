import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bearer, testApp } from "../helpers/app.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

interface CreatedToken {
  name: string;
  role: string;
  created_at: string;
  revoked_at: string | null;
  token: string;
}

describe("the token API", () => {
  it("creates a token and shows its secret only in that response; the database keeps only its SHA-256", async () => {
    const t = await testApp();

    const response = await t.post("/api/v1/tokens", { name: "ci", role: "registrar" });

    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<CreatedToken>();
    expect(created).toMatchObject({ name: "ci", role: "registrar", revoked_at: null });
    expect(created.token).toMatch(/^reg_[A-Za-z0-9_-]{43}$/);
    const row = await t.db
      .selectFrom("api_tokens")
      .selectAll()
      .where("name", "=", "ci")
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash("sha256").update(created.token).digest("hex"));
    const listed = await t.get("/api/v1/tokens");
    expect(listed.body).not.toContain(created.token);
    expect(listed.body).not.toContain(row.token_hash);
    const works = await t.request({ method: "GET", url: "/api/v1/students", headers: bearer(created.token) });
    expect(works.statusCode).toBe(200);
  });

  it("never stores the secret for an Idempotency-Key replay", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { "idempotency-key": "token-1" },
      payload: { name: "ci", role: "viewer" },
    });

    expect(response.statusCode).toBe(201);
    expect(await t.db.selectFrom("idempotency_keys").selectAll().execute()).toEqual([]);
  });

  it("lists every token, revoked ones too, with name, role and dates (a student_id only on a student's)", async () => {
    const t = await testApp();
    await t.tokenFor("viewer", "auditor");
    await t.delete("/api/v1/tokens/auditor");

    const { data } = (await t.get("/api/v1/tokens")).json<{ data: Record<string, unknown>[] }>();

    expect(data.map((token) => Object.keys(token).sort())).toEqual([
      ["created_at", "name", "revoked_at", "role"],
      ["created_at", "name", "revoked_at", "role"],
    ]);
    expect(data).toMatchObject([
      { name: "auditor", role: "viewer", revoked_at: expect.any(String) as string },
      { name: "test-admin", role: "admin", revoked_at: null },
    ]);
  });

  it("refuses a name that is taken, also by a revoked token, with 409", async () => {
    const t = await testApp();
    await t.tokenFor("viewer", "auditor");
    expectProblem(
      await t.post("/api/v1/tokens", { name: "auditor", role: "admin" }),
      409,
      "token-name-taken",
    );
    await t.delete("/api/v1/tokens/auditor");
    expectProblem(
      await t.post("/api/v1/tokens", { name: "auditor", role: "admin" }),
      409,
      "token-name-taken",
    );
  });

  it("refuses an unknown role, a malformed or reserved name, and unknown fields with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/tokens", { name: "ci", role: "root" }), "role");
    for (const name of ["", "CI", "has space", "-dash-first", "x".repeat(65), "ADMIN_TOKEN"]) {
      expectFieldError(await t.post("/api/v1/tokens", { name, role: "viewer" }), "name");
    }
    for (const name of ["anonymous", "import"]) {
      expectFieldError(await t.post("/api/v1/tokens", { name, role: "viewer" }), "name");
    }
    expectProblem(await t.post("/api/v1/tokens", { name: "ci", role: "viewer", token: "mine" }), 400);
    expect((await t.db.selectFrom("api_tokens").select("name").execute()).map((row) => row.name)).toEqual([
      "test-admin",
    ]);
  });

  it("revokes with 204 (again 204); 404 for an unknown name; the ADMIN_TOKEN is not a token name (400)", async () => {
    const t = await testApp({ adminToken: "an-admin-token-from-the-environment-0123456789" });
    await t.tokenFor("viewer", "auditor");

    expect((await t.delete("/api/v1/tokens/auditor")).statusCode).toBe(204);
    expect((await t.delete("/api/v1/tokens/auditor")).statusCode).toBe(204);
    expectProblem(await t.delete("/api/v1/tokens/nobody"), 404, "token-not-found");
    const adminToken = expectProblem(await t.delete("/api/v1/tokens/ADMIN_TOKEN"), 400, "validation");
    expect(adminToken.detail).toContain("name");
  });
});

describe("the actor in the enrollment history", () => {
  it("is the name of the token that made the change", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const course = await createCourse(t);
    const frontDesk = bearer(await t.tokenFor("registrar", "front-desk"));
    const ids = { student_id: student.id, course_id: course.id };

    await t.request({ method: "POST", url: "/api/v1/enroll", payload: ids, headers: frontDesk });
    await t.delete(`/api/v1/students/${student.id}/courses/${course.id}`);

    const history = await t.get(`/api/v1/students/${student.id}/courses/${course.id}/history`);
    expect(history.json<{ events: { event: string; actor: string }[] }>().events).toMatchObject([
      { event: "enrolled", actor: "front-desk" },
      { event: "dropped", actor: "test-admin" },
    ]);
  });
});

describe("Idempotency-Key per token", () => {
  it("treats the same key from two tokens as two requests, and replays only to the token that sent it", async () => {
    const t = await testApp();
    const first = bearer(await t.tokenFor("registrar", "first"));
    const second = bearer(await t.tokenFor("registrar", "second"));
    const post = (headers: Record<string, string>, code: string) =>
      t.request({
        method: "POST",
        url: "/api/v1/courses",
        headers: { ...headers, "idempotency-key": "shared-key" },
        payload: { code, title: "Intro" },
      });

    const a = await post(first, "CS1");
    const b = await post(second, "CS2");
    const again = await post(first, "CS1");

    expect(a.statusCode, a.body).toBe(201);
    expect(b.statusCode, b.body).toBe(201);
    expect(b.headers["idempotent-replayed"]).toBeUndefined();
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(a.json());
    const courses = await t.db.selectFrom("courses").select("code").orderBy("code").execute();
    expect(courses).toEqual([{ code: "CS1" }, { code: "CS2" }]);
  });
});

describe("student tokens", () => {
  it("are bound to an existing student: 201 with its student_id, shown in the token list", async () => {
    const t = await testApp();
    const student = await createStudent(t);

    const created = await t.post("/api/v1/tokens", { name: "ada", role: "student", student_id: student.id });
    const { data } = (await t.get("/api/v1/tokens")).json<{ data: Record<string, unknown>[] }>();
    const me = await t.request({
      method: "GET",
      url: "/api/v1/session",
      headers: bearer(created.json<CreatedToken>().token),
    });

    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: "ada", role: "student", student_id: student.id });
    expect(data).toContainEqual(expect.objectContaining({ name: "ada", student_id: student.id }));
    // A staff token answers as before students had tokens: no student_id at all.
    expect(data.find((token) => token.name === "test-admin")).not.toHaveProperty("student_id");
    expect(me.json()).toEqual({ name: "ada", role: "student", student_id: student.id });
  });

  it("need a student that exists, and no other role takes one (400 naming student_id)", async () => {
    const t = await testApp();
    const student = await createStudent(t);

    const missing = await t.post("/api/v1/tokens", { name: "a", role: "student" });
    const unknown = await t.post("/api/v1/tokens", { name: "b", role: "student", student_id: 999 });
    const staff = await t.post("/api/v1/tokens", { name: "c", role: "viewer", student_id: student.id });
    const notAnId = await t.post("/api/v1/tokens", { name: "d", role: "student", student_id: "1" });

    for (const response of [missing, unknown, staff, notAnId]) expectFieldError(response, "student_id");
    expect(unknown.json<{ detail: string }>().detail).toMatch(/student 999 does not exist/);
    expect(await t.db.selectFrom("api_tokens").select("name").execute()).toEqual([{ name: "test-admin" }]);
  });

  it("are refused by the database too: a student token without a student, or a staff token with one", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const row = { token_hash: "x", created_at: new Date().toISOString() };

    await expect(
      t.db
        .insertInto("api_tokens")
        .values({ ...row, name: "a", role: "student", student_id: null })
        .execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      t.db
        .insertInto("api_tokens")
        .values({ ...row, name: "b", role: "admin", student_id: student.id })
        .execute(),
    ).rejects.toThrow(/check/i);
  });
});

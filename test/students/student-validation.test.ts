import { describe, expect, it } from "vitest";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp } from "../helpers/app.ts";
import { createStudent, studentInput } from "../helpers/factories.ts";
import { expectFieldError } from "../helpers/problem.ts";

const longEmail = () => `${"a".repeat(64)}@${Array.from({ length: 4 }, () => "b".repeat(60)).join(".")}.edu`;

describe("POST /api/v1/students validation", () => {
  it("rejects a number for first_name with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/students", studentInput({ first_name: 5 })), "first_name");
  });

  it("rejects a missing last_name with 400", async () => {
    const t = await testApp();
    const { first_name, email } = studentInput();
    expectFieldError(await t.post("/api/v1/students", { first_name, email }), "last_name");
  });

  it("rejects a missing email with 400", async () => {
    const t = await testApp();
    const { first_name, last_name } = studentInput();
    expectFieldError(await t.post("/api/v1/students", { first_name, last_name }), "email");
  });

  it("rejects an unknown body field with 400", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/students", studentInput({ nickname: "Ada" }));
    expectFieldError(response, "nickname");
  });

  it("rejects a client-chosen id with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/students", studentInput({ id: 7 })), "id");
  });

  // PostgreSQL text cannot hold NUL: it was a 500 there (and stored on SQLite), now a 400 on both.
  it.each(["first_name", "last_name"])("rejects a NUL character in %s with 400", async (field) => {
    const t = await testApp();
    const problem = expectFieldError(
      await t.post("/api/v1/students", studentInput({ [field]: "Ad\u0000a" })),
      field,
    );
    expect(problem.errors).toContainEqual({ field, message: "must not contain NUL characters" });
    expect((await t.get("/api/v1/students")).json<{ data: Student[] }>().data).toEqual([]);
  });

  it("rejects an empty first_name with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/students", studentInput({ first_name: "" })), "first_name");
  });

  it("rejects a whitespace-only last_name with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/students", studentInput({ last_name: " \t\n " })), "last_name");
  });

  it("rejects a first_name of 101 characters with 400", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/students", studentInput({ first_name: "a".repeat(101) }));
    expectFieldError(response, "first_name");
  });

  it("rejects a last_name of 101 characters even with padding around it with 400", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/students", studentInput({ last_name: ` ${"a".repeat(101)} ` }));
    expectFieldError(response, "last_name");
  });

  it("accepts a name of 100 characters padded with spaces and stores it trimmed", async () => {
    const t = await testApp();
    const name = `${"x".repeat(49)} ${"y".repeat(50)}`;
    const response = await t.post("/api/v1/students", studentInput({ first_name: `   ${name}   ` }));
    expect(response.statusCode).toBe(201);
    const student = response.json<Student>();
    expect(student.first_name).toBe(name);
    expect((await t.get(`/api/v1/students/${student.id}`)).json<Student>().first_name).toBe(name);
  });

  it("rejects an invalid email with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/students", studentInput({ email: "not-an-email" })), "email");
  });

  it("rejects an email over 254 characters with 400", async () => {
    const t = await testApp();
    const email = longEmail();
    expect(email.length).toBeGreaterThan(254);
    expectFieldError(await t.post("/api/v1/students", studentInput({ email })), "email");
  });

  it("rejects a null email with 400", async () => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/students", studentInput({ email: null })), "email");
  });

  it("rejects a JSON array body with 400", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/students", [studentInput()]);
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});

describe("PATCH /api/v1/students/{id} validation", () => {
  it("rejects an empty body {} with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectFieldError(await t.patch(`/api/v1/students/${student.id}`, {}), "body");
  });

  it("rejects setting first_name to null with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectFieldError(await t.patch(`/api/v1/students/${student.id}`, { first_name: null }), "first_name");
  });

  it("rejects an unknown field with 400 and changes nothing", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const response = await t.patch(`/api/v1/students/${student.id}`, {
      first_name: "Changed",
      frist_name: "typo",
    });
    expectFieldError(response, "frist_name");
    expect((await t.get(`/api/v1/students/${student.id}`)).json<Student>().first_name).toBe(
      student.first_name,
    );
  });

  it("rejects changing created_at with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const response = await t.patch(`/api/v1/students/${student.id}`, {
      created_at: "2020-01-01T00:00:00.000Z",
    });
    expectFieldError(response, "created_at");
  });

  it("rejects changing the id with 400 and keeps the student at its id", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectFieldError(await t.patch(`/api/v1/students/${student.id}`, { id: 999 }), "id");
    expect((await t.get(`/api/v1/students/${student.id}`)).statusCode).toBe(200);
  });

  it("rejects a whitespace-only last_name with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectFieldError(await t.patch(`/api/v1/students/${student.id}`, { last_name: "   " }), "last_name");
  });

  it("rejects an invalid email with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectFieldError(await t.patch(`/api/v1/students/${student.id}`, { email: "ada@" }), "email");
  });

  it("rejects an email over 254 characters with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    expectFieldError(await t.patch(`/api/v1/students/${student.id}`, { email: longEmail() }), "email");
  });

  it("rejects a first_name of 101 characters with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const response = await t.patch(`/api/v1/students/${student.id}`, { first_name: "a".repeat(101) });
    expectFieldError(response, "first_name");
  });
});

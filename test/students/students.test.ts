import { describe, expect, it } from "vitest";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp } from "../helpers/app.ts";
import { createStudent, studentInput } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

const RFC3339_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("POST /api/v1/students", () => {
  it("creates a student and answers 201 with its location and trimmed names", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/students", {
      first_name: "  Ada ",
      last_name: "\tLovelace  ",
      email: "ada@example.edu",
    });
    expect(response.statusCode).toBe(201);
    const student = response.json<Student>();
    expect(response.headers.location).toBe(`/api/v1/students/${student.id}`);
    expect(student).toEqual({
      id: student.id,
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.edu",
      sourced_id: null,
      // An addition of v1.1: the student's own credit limit (none: the term's).
      max_credits: null,
      created_at: student.created_at,
      updated_at: student.created_at,
    });
    expect(student.id).toBeGreaterThan(0);
    expect(student.created_at).toMatch(RFC3339_UTC);
  });

  it("serves the created student at its location", async () => {
    const t = await testApp();
    const created = await t.post("/api/v1/students", studentInput());
    const fetched = await t.get(String(created.headers.location));
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(created.json());
  });

  it("rejects a duplicate email in any letter case with 409", async () => {
    const t = await testApp();
    await createStudent(t, { email: "grace@example.edu" });
    const response = await t.post("/api/v1/students", studentInput({ email: "GRACE@Example.EDU" }));
    const problem = expectProblem(response, 409, "email-taken");
    expect(problem.errors?.map((error) => error.field)).toEqual(["email"]);
  });

  it("rejects an exact duplicate email with 409 and creates no second student", async () => {
    const t = await testApp();
    await createStudent(t, { email: "grace@example.edu" });
    expectProblem(await t.post("/api/v1/students", studentInput({ email: "grace@example.edu" })), 409);
    const list = await t.get("/api/v1/students?q=grace@example.edu");
    expect(list.json<{ data: Student[] }>().data).toHaveLength(1);
  });
});

describe("GET /api/v1/students/{id}", () => {
  it("answers 200 with the student", async () => {
    const t = await testApp();
    const student = await createStudent(t, { first_name: "Grace", last_name: "Hopper" });
    const response = await t.get(`/api/v1/students/${student.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.json()).toMatchObject({ id: student.id, first_name: "Grace", last_name: "Hopper" });
  });

  it("answers 404 for an unknown student, naming it in the detail", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.get("/api/v1/students/42"), 404, "student-not-found");
    expect(problem.detail).toBe("Student 42 does not exist");
    expect(problem.instance).toBe("/api/v1/students/42");
  });
});

describe("DELETE /api/v1/students/{id}", () => {
  it("answers 204 with no body, after which the student is 404", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const response = await t.delete(`/api/v1/students/${student.id}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
    expectProblem(await t.get(`/api/v1/students/${student.id}`), 404, "student-not-found");
  });

  it("deletes only the given student", async () => {
    const t = await testApp();
    const [kept, deleted] = [await createStudent(t), await createStudent(t)];
    await t.delete(`/api/v1/students/${deleted.id}`);
    expect((await t.get(`/api/v1/students/${kept.id}`)).statusCode).toBe(200);
  });

  it("answers 404 for an unknown student", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.delete("/api/v1/students/42"), 404, "student-not-found");
    expect(problem.detail).toBe("Student 42 does not exist");
  });

  it("answers 404 when the same student is deleted twice", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    await t.delete(`/api/v1/students/${student.id}`);
    expectProblem(await t.delete(`/api/v1/students/${student.id}`), 404, "student-not-found");
  });

  it("frees a deleted student's email for a new student", async () => {
    const t = await testApp();
    const student = await createStudent(t, { email: "reuse@example.edu" });
    await t.delete(`/api/v1/students/${student.id}`);
    const again = await t.post("/api/v1/students", studentInput({ email: "REUSE@example.edu" }));
    expect(again.statusCode).toBe(201);
    expect(again.json<Student>().id).not.toBe(student.id);
  });
});

import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { createStudent, studentInput } from "../helpers/factories.ts";

describe("students", () => {
  it("creates a student and answers 201 with its location", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/students", {
      first_name: " Ada ",
      last_name: "Lovelace",
      email: "ada@example.edu",
    });
    expect(response.statusCode).toBe(201);
    const student = response.json();
    expect(response.headers.location).toBe(`/api/v1/students/${student.id}`);
    expect(student).toMatchObject({ first_name: "Ada", last_name: "Lovelace", email: "ada@example.edu" });
    expect(student.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("rejects a duplicate email in any letter case with 409", async () => {
    const t = await testApp();
    await createStudent(t, { email: "grace@example.edu" });
    const response = await t.post("/api/v1/students", studentInput({ email: "GRACE@Example.EDU" }));
    expect(response.statusCode).toBe(409);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ type: "/problems/email-taken", status: 409 });
  });

  it("rejects a 5 given as a string id with 400", async () => {
    const t = await testApp();
    const response = await t.get("/api/v1/students/abc");
    expect(response.statusCode).toBe(400);
    void expect;
  });
});

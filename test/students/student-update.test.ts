import { describe, expect, it } from "vitest";
import type { Student } from "../../src/students/student.schema.ts";
import { testApp } from "../helpers/app.ts";
import { createStudent } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

async function fetchStudent(t: Awaited<ReturnType<typeof testApp>>, id: number): Promise<Student> {
  return (await t.get(`/api/v1/students/${id}`)).json<Student>();
}

describe("PATCH /api/v1/students/{id}", () => {
  it("changes only the given field and answers 200 with a newer-or-equal updated_at", async () => {
    const t = await testApp();
    const student = await createStudent(t, { first_name: "Ada", last_name: "Lovelace" });
    const before = await fetchStudent(t, student.id);
    const response = await t.patch(`/api/v1/students/${student.id}`, { last_name: "  Byron " });
    expect(response.statusCode).toBe(200);
    const after = response.json<Student>();
    expect(after).toMatchObject({
      id: student.id,
      first_name: "Ada",
      last_name: "Byron",
      email: before.email,
      created_at: before.created_at,
    });
    expect(Date.parse(after.updated_at)).toBeGreaterThanOrEqual(Date.parse(before.updated_at));
    expect(await fetchStudent(t, student.id)).toEqual(after);
  });

  it("changes several fields at once", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const response = await t.patch(`/api/v1/students/${student.id}`, {
      first_name: "Grace",
      email: "grace@example.edu",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ first_name: "Grace", email: "grace@example.edu" });
  });

  it("answers 404 for an unknown student", async () => {
    const t = await testApp();
    const problem = expectProblem(
      await t.patch("/api/v1/students/42", { first_name: "Ada" }),
      404,
      "student-not-found",
    );
    expect(problem.detail).toBe("Student 42 does not exist");
  });

  it("rejects another student's email with 409", async () => {
    const t = await testApp();
    const taken = await createStudent(t);
    const student = await createStudent(t);
    const response = await t.patch(`/api/v1/students/${student.id}`, { email: taken.email });
    expectProblem(response, 409, "email-taken");
    expect((await fetchStudent(t, student.id)).email).toBe(student.email);
  });

  it("rejects another student's email written in a different letter case with 409", async () => {
    const t = await testApp();
    await createStudent(t, { email: "grace@example.edu" });
    const student = await createStudent(t);
    const response = await t.patch(`/api/v1/students/${student.id}`, { email: "Grace@EXAMPLE.edu" });
    expectProblem(response, 409, "email-taken");
  });

  it("accepts the student's own email in another letter case", async () => {
    const t = await testApp();
    const student = await createStudent(t, { email: "ada@example.edu" });
    const response = await t.patch(`/api/v1/students/${student.id}`, { email: "ADA@Example.edu" });
    expect(response.statusCode).toBe(200);
    expect(response.json<Student>().email).toBe("ADA@Example.edu");
  });
});

import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

const notPlainPositiveIntegers = [
  "abc",
  "0",
  "-1",
  "1e3",
  "05",
  "+5",
  "0x10",
  "1.5",
  "2147483648",
  "99999999999999999999",
];

describe.each([
  { resource: "students", param: "student_id", kind: "student-not-found" },
  { resource: "courses", param: "course_id", kind: "course-not-found" },
])("ids in /api/v1/$resource/{id}", ({ resource, param, kind }) => {
  it.each(notPlainPositiveIntegers)("rejects GET of id %s with 400", async (id) => {
    const t = await testApp();
    expectFieldError(await t.get(`/api/v1/${resource}/${id}`), param);
  });

  it.each(["1e3", "05", "0"])("rejects PATCH of id %s with 400", async (id) => {
    const t = await testApp();
    expectFieldError(await t.patch(`/api/v1/${resource}/${id}`, { title: "x" }), param);
  });

  it.each(["1e3", "05", "-1"])("rejects DELETE of id %s with 400", async (id) => {
    const t = await testApp();
    expectFieldError(await t.delete(`/api/v1/${resource}/${id}`), param);
  });

  // The router refuses these before routing, so they skipped the problem handler and came back as plain JSON.
  it.each(["%zz", "%C0%AE", "%ED%A0%80"])(
    "rejects an id %s that is not valid percent-encoding with a 400 problem",
    async (id) => {
      const t = await testApp();
      const problem = expectProblem(await t.get(`/api/v1/${resource}/${id}`), 400, "malformed-request");
      expect(problem.instance).toBe(`/api/v1/${resource}/${id}`);
    },
  );

  it("rejects an id longer than the router's limit with a 400 problem, not a 414", async () => {
    const t = await testApp();
    expectProblem(await t.delete(`/api/v1/${resource}/${"9".repeat(120)}`), 400, "malformed-request");
  });

  it("answers 404, not 400, for the largest id 2147483647", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.get(`/api/v1/${resource}/2147483647`), 404, kind);
    expect(problem.detail).toMatch(/2147483647 does not exist$/);
  });
});

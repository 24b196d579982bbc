import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { createStudent, studentInput } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";

const json = { "content-type": "application/json" };

describe("request bodies", () => {
  it("rejects malformed JSON with 400", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/students",
      headers: json,
      payload: '{"first_name": "Ada",',
    });
    expectProblem(response, 400);
  });

  it("rejects malformed JSON in a PATCH with 400", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const response = await t.request({
      method: "PATCH",
      url: `/api/v1/students/${student.id}`,
      headers: json,
      payload: "{'code': 'x'}",
    });
    expectProblem(response, 400);
  });

  it("rejects an empty JSON body on POST with 400", async () => {
    const t = await testApp();
    const response = await t.request({ method: "POST", url: "/api/v1/courses", headers: json, payload: "" });
    expectProblem(response, 400);
  });

  it("rejects a body over 1 MiB with 413", async () => {
    const t = await testApp();
    const payload = JSON.stringify(studentInput({ last_name: "x".repeat(1024 * 1024) }));
    const response = await t.request({ method: "POST", url: "/api/v1/students", headers: json, payload });
    expectProblem(response, 413, "payload-too-large");
  });

  it("accepts a JSON body with a charset parameter", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/students",
      headers: { "content-type": "application/json; charset=utf-8" },
      payload: JSON.stringify(studentInput()),
    });
    expect(response.statusCode).toBe(201);
  });

  it("rejects a text/plain body with 415", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/students",
      headers: { "content-type": "text/plain" },
      payload: JSON.stringify(studentInput()),
    });
    expectProblem(response, 415);
  });

  it("rejects a form-urlencoded body with 415", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/courses",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "code=CS101&title=Intro",
    });
    expectProblem(response, 415);
  });

  it("rejects a text/plain PATCH body with 415", async () => {
    const t = await testApp();
    const student = await createStudent(t);
    const response = await t.request({
      method: "PATCH",
      url: `/api/v1/students/${student.id}`,
      headers: { "content-type": "text/plain" },
      payload: '{"first_name":"Grace"}',
    });
    expectProblem(response, 415);
  });
});

import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ImportJob } from "../../src/imports/import.schema.ts";
import { bearer, testApp, type TestApp } from "../helpers/app.ts";
import { enroll } from "../helpers/enrollments.ts";
import { createCourse, createStudent } from "../helpers/factories.ts";
import { expectProblem } from "../helpers/problem.ts";
import { rosterData } from "./helpers.ts";

/** A 1-seat course with a student in it and one waiting, and a student with no course. */
async function smallSchool(t: TestApp) {
  const course = await createCourse(t, { code: "CS101", capacity: 1 });
  const ada = await createStudent(t, { first_name: "Ada", last_name: "Lovelace", email: "ada@example.edu" });
  const alan = await createStudent(t, { first_name: "Alan", last_name: "Turing", email: "alan@example.edu" });
  await createStudent(t, { first_name: "Grace", last_name: "Hopper", email: "grace@example.edu" });
  await enroll(t, ada.id, course.id);
  await enroll(t, alan.id, course.id, true);
}

async function finished(t: TestApp, location: string): Promise<ImportJob> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const job = (await t.get(location)).json<ImportJob>();
    if (job.status === "succeeded" || job.status === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the import did not finish");
}

describe("GET /api/v1/exports/oneroster", { timeout: 60_000 }, () => {
  it("downloads a OneRoster zip that imports into an empty database as the same roster", async () => {
    const source = await testApp();
    await smallSchool(source);

    const response = await source.get("/api/v1/exports/oneroster");

    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="registrar-oneroster-\d{4}-\d\d-\d\d\.zip"$/,
    );
    const zip = response.rawPayload;
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(
      expect.arrayContaining(["classes.csv", "enrollments.csv", "manifest.csv", "users.csv"]),
    );

    const target = await testApp();
    const upload = await target.request({
      method: "POST",
      url: "/api/v1/imports",
      payload: zip,
      headers: { "content-type": "application/zip" },
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const job = await finished(target, String(upload.headers.location));
    expect(job.status, job.error ?? "").toBe("succeeded");
    expect(job.report?.rejects).toEqual([]);
    expect(await rosterData(target.db)).toEqual(await rosterData(source.db));
  });

  it("exports an empty database as files with their headers only", async () => {
    const t = await testApp();
    const response = await t.get("/api/v1/exports/oneroster");
    expect(response.statusCode).toBe(200);
    expect(new TextDecoder().decode(unzipSync(response.rawPayload)["users.csv"])).toMatch(/^[^\n]*\r?\n?$/);
  });

  it.each(["viewer", "registrar"] as const)("refuses a %s with 403", async (role) => {
    const t = await testApp();
    const token = await t.tokenFor(role);
    const response = await t.request({
      method: "GET",
      url: "/api/v1/exports/oneroster",
      headers: bearer(token),
    });
    expectProblem(response, 403, "forbidden");
  });

  it("answers 401 without a token", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "GET",
      url: "/api/v1/exports/oneroster",
      headers: { authorization: "" },
    });
    expect(response.statusCode).toBe(401);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportJob } from "../../src/imports/import.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { expectProblem } from "../helpers/problem.ts";
import { fixture, tables, zipOf } from "./helpers.ts";

async function fixtureZip(): Promise<Buffer> {
  const directory = await fixture();
  return zipOf(
    Object.fromEntries(readdirSync(directory).map((name) => [name, readFileSync(join(directory, name))])),
  );
}

const upload = (t: TestApp, body: Buffer | string, query = "", type = "application/zip") =>
  t.request({
    method: "POST",
    url: `/api/v1/imports${query}`,
    payload: body,
    headers: { "content-type": type },
  });

/** Polls the job until it has finished. */
async function finished(t: TestApp, location: string): Promise<ImportJob> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const response = await t.get(location);
    expect(response.statusCode, response.body).toBe(200);
    const job = response.json<ImportJob>();
    if (job.status === "succeeded" || job.status === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the import did not finish");
}

describe("POST /api/v1/imports", () => {
  it("accepts a OneRoster zip with 202 and a location that reports progress and the summary", async () => {
    const t = await testApp();

    const response = await upload(t, await fixtureZip());

    expect(response.statusCode, response.body).toBe(202);
    const accepted = response.json<ImportJob>();
    expect(response.headers.location).toBe(`/api/v1/imports/${accepted.id}`);
    expect(accepted).toMatchObject({ status: "queued", dry_run: false, skip_invalid: false, report: null });
    const job = await finished(t, String(response.headers.location));
    expect(job).toMatchObject({ status: "succeeded", error: null });
    expect(job.started_at).not.toBeNull();
    expect(job.finished_at).not.toBeNull();
    expect(job.report?.files.find((file) => file.file === "users.csv")).toMatchObject({ created: 32 });
    expect(job.report?.rejects).toEqual([]);
    expect((await tables(t.db)).students).toHaveLength(30);
  });

  it("runs a dry run that reports and writes nothing", async () => {
    const t = await testApp();
    const response = await upload(t, await fixtureZip(), "?dry_run=true");
    expect(response.statusCode).toBe(202);
    const job = await finished(t, String(response.headers.location));
    expect(job).toMatchObject({ status: "succeeded", dry_run: true });
    expect(job.report?.files.find((file) => file.file === "enrollments.csv")).toMatchObject({ created: 96 });
    expect((await tables(t.db)).students).toEqual([]);
  });

  it("fails a job with rejected rows, lists them, and writes nothing", async () => {
    const t = await testApp();
    const zip = zipOf({
      "users.csv": "sourcedId,role,givenName,familyName,email\nu1,student,Ada,Lovelace,not-an-email\n",
    });
    const response = await upload(t, zip);
    const job = await finished(t, String(response.headers.location));
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/nothing was written/);
    expect(job.report?.rejects).toEqual([
      {
        file: "users.csv",
        line: 2,
        column: "email",
        reason: 'email must be a valid email (got "not-an-email")',
      },
    ]);
    expect((await tables(t.db)).students).toEqual([]);
  });

  it("refuses a zip with path traversal or a zip bomb with 422, before starting a job", async () => {
    const t = await testApp();
    expectProblem(await upload(t, zipOf({ "../users.csv": "a\n" })), 422, "unsafe-zip");
    expectProblem(
      await upload(t, zipOf({ "users.csv": new Uint8Array(8 * 1024 * 1024) })),
      422,
      "unsafe-zip",
    );
    expectProblem(await upload(t, zipOf({ "notes.txt": "hello" })), 422, "not-oneroster");
    expect(await t.db.selectFrom("import_jobs").selectAll().execute()).toEqual([]);
  });

  it("answers 400 for a body that is not a zip, 415 for JSON and 413 beyond 50 MiB", async () => {
    const t = await testApp();
    expectProblem(await upload(t, "not a zip at all"), 400, "invalid-zip");
    expectProblem(await upload(t, Buffer.alloc(0)), 400);
    expectProblem(await upload(t, JSON.stringify({ users: [] }), "", "application/json"), 415);
    expectProblem(await upload(t, Buffer.alloc(50 * 1024 * 1024 + 1)), 413);
  });

  it("keeps every other route JSON-only", async () => {
    const t = await testApp();
    const response = await t.request({
      method: "POST",
      url: "/api/v1/students",
      payload: zipOf({ "users.csv": "a\n" }),
      headers: { "content-type": "application/zip" },
    });
    expectProblem(response, 415);
  });
});

describe("GET /api/v1/imports/{id}", () => {
  it("answers 404 for an import that does not exist and 400 for a malformed id", async () => {
    const t = await testApp();
    expectProblem(await t.get("/api/v1/imports/999"), 404, "import-not-found");
    expectProblem(await t.get("/api/v1/imports/abc"), 400, "validation");
  });

  it("reports a job left running by a server that stopped as failed", async () => {
    const t = await testApp();
    const long_ago = "2026-01-01T00:00:00.000Z";
    const { id } = await t.db
      .insertInto("import_jobs")
      .values({
        status: "running",
        dry_run: 0,
        skip_invalid: 0,
        size_bytes: 10,
        created_at: long_ago,
        started_at: long_ago,
        updated_at: long_ago,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const job = (await t.get(`/api/v1/imports/${id}`)).json<ImportJob>();
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/stopped/);
  });
});

describe("an import upload with an Idempotency-Key", () => {
  it("starts one job: a retry of the same zip gets the first answer again, another zip is 422", async () => {
    const t = await testApp();
    const zip = await fixtureZip();
    const send = (body: Buffer) =>
      t.request({
        method: "POST",
        url: "/api/v1/imports?dry_run=true",
        payload: body,
        headers: { "content-type": "application/zip", "idempotency-key": "upload-1" },
      });

    const first = await send(zip);
    const retry = await send(zip);
    const other = await send(zipOf({ "users.csv": "sourcedId\n" }));

    expect(first.statusCode).toBe(202);
    expect(retry.statusCode).toBe(202);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json<ImportJob>().id).toBe(first.json<ImportJob>().id);
    expectProblem(other, 422, "idempotency-key-reused");
    expect(await t.db.selectFrom("import_jobs").select("id").execute()).toHaveLength(1);
    await finished(t, String(first.headers.location));
  });
});

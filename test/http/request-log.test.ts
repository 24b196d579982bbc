import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { freshDb } from "../helpers/database.ts";

describe("request logging", () => {
  it("writes one line per request with method, URL, status and time", async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const adminToken = "an-admin-token-for-the-request-log-test-0123456789";
    const app = await buildApp({ db: await freshDb(), logger: { level: "info", stream }, adminToken });
    await app.inject({
      method: "GET",
      url: "/api/v1/students/42",
      headers: { authorization: `Bearer ${adminToken}` },
    });
    await app.close();

    const requests = lines.filter((line) => line.msg === "request");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "GET", url: "/api/v1/students/42", status: 404 });
    expect(typeof requests[0]?.ms).toBe("number");
    expect(lines.filter((line) => line.msg === "incoming request")).toHaveLength(0);
  });
});

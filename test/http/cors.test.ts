import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import { freshDb } from "../helpers/database.ts";

const adminToken = "an-admin-token-for-the-cors-tests-0123456789";

async function appWithCors(corsOrigins?: string[]) {
  const app = await buildApp({
    db: await freshDb(),
    webRoot: null,
    adminToken,
    ...(corsOrigins && { corsOrigins }),
  });
  onTestFinished(() => app.close());
  return app;
}

const preflight = (origin: string) => ({
  method: "OPTIONS" as const,
  url: "/api/v1/students",
  headers: {
    origin,
    "access-control-request-method": "POST",
    "access-control-request-headers": "content-type",
  },
});

describe("CORS", () => {
  it("is off by default: no Access-Control-* header, and a preflight finds no route", async () => {
    const app = await appWithCors();
    const response = await app.inject({
      method: "GET",
      url: "/api/v1/students",
      headers: { origin: "https://school.example", authorization: `Bearer ${adminToken}` },
    });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.headers).filter((name) => name.startsWith("access-control-"))).toEqual([]);

    const options = await app.inject(preflight("https://school.example"));
    expect(options.statusCode).toBe(404);
    expect(options.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("allows exactly the configured origins, for requests and preflights", async () => {
    const app = await appWithCors(["https://school.example", "http://localhost:5173"]);
    for (const origin of ["https://school.example", "http://localhost:5173"]) {
      const response = await app.inject({ method: "GET", url: "/api/v1/students", headers: { origin } });
      expect(response.headers["access-control-allow-origin"]).toBe(origin);
      expect(response.headers.vary).toMatch(/Origin/);

      const options = await app.inject(preflight(origin));
      expect(options.statusCode).toBe(204);
      expect(options.headers["access-control-allow-origin"]).toBe(origin);
      expect(options.headers["access-control-allow-methods"]).toMatch(/POST/);
    }
  });

  it("gives any other origin no Access-Control-Allow-Origin", async () => {
    const app = await appWithCors(["https://school.example"]);
    for (const origin of ["https://evil.example", "https://school.example.evil.example", "null"]) {
      const response = await app.inject({ method: "GET", url: "/api/v1/students", headers: { origin } });
      expect(response.headers["access-control-allow-origin"], origin).toBeUndefined();
      const options = await app.inject(preflight(origin));
      expect(options.headers["access-control-allow-origin"], origin).toBeUndefined();
    }
  });
});

import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";

interface Operation {
  security?: unknown[];
  parameters?: { name: string; schema: Record<string, unknown> }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
}
interface Document {
  security: unknown[];
  components: { securitySchemes: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
}

async function openApi(): Promise<Document> {
  const t = await testApp();
  return (await t.get("/openapi.json")).json<Document>();
}

describe("the OpenAPI document's security description", () => {
  it("names the bearer token and the UI's session cookie, required everywhere but the health checks", async () => {
    const document = await openApi();
    expect(Object.keys(document.components.securitySchemes)).toEqual(["bearerAuth", "sessionCookie"]);
    expect(document.components.securitySchemes).toMatchObject({
      bearerAuth: { type: "http", scheme: "bearer" },
      sessionCookie: { type: "apiKey", in: "cookie", name: "registrar_session" },
    });
    expect(document.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(document.paths["/healthz"]?.get?.security).toEqual([]);
    expect(document.paths["/readyz"]?.get?.security).toEqual([]);
    expect(document.paths["/api/v1/students"]?.post?.security).toBeUndefined();
  });

  it("documents 401, 403, 429 and 500 and the rate-limit headers on every API operation", async () => {
    const document = await openApi();
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith("/api/v1/"))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
      );
    expect(operations.length).toBeGreaterThan(15);
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(Object.keys(operation.responses), where).toEqual(
        expect.arrayContaining(["401", "403", "429", "500"]),
      );
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith("5")) continue;
        expect(Object.keys(response.headers ?? {}), `${where} ${status}`).toContain("X-RateLimit-Limit");
      }
      expect(Object.keys(operation.responses["429"]?.headers ?? {}), where).toContain("Retry-After");
    }
  });

  it("gives every integer parameter a 32-bit format and bounds", async () => {
    const document = await openApi();
    const integers = Object.values(document.paths)
      .flatMap((methods) => Object.values(methods))
      .flatMap((operation) => operation.parameters ?? [])
      .filter((parameter) => parameter.schema.type === "integer");
    expect(integers.length).toBeGreaterThan(5);
    for (const { name, schema } of integers) {
      expect(schema.format, name).toBe("int32");
      expect(typeof schema.minimum, name).toBe("number");
      expect(typeof schema.maximum, name).toBe("number");
    }
  });
});

import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";

const directivesOf = (policy: string | number | string[] | undefined): Map<string, string> =>
  new Map(
    String(policy)
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values.join(" ")]),
  );

describe("security headers", () => {
  it("sends a strict Content-Security-Policy and helmet's headers with API answers and problems alike", async () => {
    const t = await testApp();
    for (const response of [await t.get("/api/v1/students"), await t.get("/api/v1/students/42")]) {
      const policy = directivesOf(response.headers["content-security-policy"]);
      expect(policy.get("default-src")).toBe("'self'");
      expect(policy.get("script-src")).toBe("'self'");
      expect(policy.get("style-src")).toBe("'self'");
      expect(policy.get("object-src")).toBe("'none'");
      expect(policy.get("frame-ancestors")).toBe("'none'");
      expect(policy.has("upgrade-insecure-requests")).toBe(false);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      expect(response.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    }
  });

  it("allows inline scripts and styles for the API reference under /docs and nowhere else", async () => {
    const t = await testApp();
    const docs = await t.get("/docs/");
    expect(docs.statusCode).toBe(200);
    const docsPolicy = directivesOf(docs.headers["content-security-policy"]);
    expect(docsPolicy.get("script-src")).toBe("'self' 'unsafe-inline'");
    expect(docsPolicy.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(docsPolicy.get("connect-src")).toBe("'self'");
    expect(docsPolicy.get("frame-ancestors")).toBe("'none'");
    expect(directivesOf((await t.get("/docs/js/scalar.js")).headers["content-security-policy"])).toEqual(
      docsPolicy,
    );

    for (const url of ["/openapi.json", "/healthz", "/api/v1/courses", "/docsx"]) {
      const policy = directivesOf((await t.get(url)).headers["content-security-policy"]);
      expect(policy.get("script-src"), url).toBe("'self'");
      expect(policy.get("style-src"), url).toBe("'self'");
    }
  });
});

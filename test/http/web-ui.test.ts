import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import { freshDb } from "../helpers/database.ts";
import { expectProblem } from "../helpers/problem.ts";

const ADMIN_TOKEN = "an-admin-token-for-the-web-ui-tests-0123456789";
/** The API needs a token; the static files do not care whether one is sent (test/auth checks they are public). */
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

const INDEX = '<!doctype html><title>Registrar</title><div id="root"></div>';

/** A stand-in for `npm run build:web`'s output, so these tests need no build. */
function builtUi(): string {
  const root = mkdtempSync(join(tmpdir(), "registrar-web-"));
  onTestFinished(() => {
    rmSync(root, { recursive: true, force: true });
  });
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), INDEX);
  writeFileSync(join(root, "assets/index-abc123.js"), "console.log('app')");
  writeFileSync(join(root, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  return root;
}

async function appServing(webRoot: string | null) {
  const app = await buildApp({ db: await freshDb(), webRoot, adminToken: ADMIN_TOKEN });
  onTestFinished(() => app.close());
  return app;
}

describe("the web UI's static files", () => {
  it("serves the app at / and at every client-side route, never cached", async () => {
    const app = await appServing(builtUi());
    for (const url of ["/", "/students", "/students/12", "/courses/7?tab=roster", "/no/such/page"]) {
      const response = await app.inject({ headers: admin, method: "GET", url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.body).toBe(INDEX);
    }
  });

  it("serves built assets with a long cache life, as their names change with their content", async () => {
    const app = await appServing(builtUi());
    const script = await app.inject({ headers: admin, method: "GET", url: "/assets/index-abc123.js" });
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toMatch(/javascript/);
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const icon = await app.inject({ headers: admin, method: "GET", url: "/favicon.svg" });
    expect(icon.headers["content-type"]).toMatch(/^image\/svg\+xml/);
  });

  it("keeps unknown API paths and missing files as problem+json 404s", async () => {
    const app = await appServing(builtUi());
    for (const url of ["/api/v1/nope", "/api", "/api/v2/students", "/assets/missing.js", "/favicon.ico"]) {
      expectProblem(await app.inject({ headers: admin, method: "GET", url }), 404, "not-found");
    }
    expectProblem(
      await app.inject({ headers: admin, method: "POST", url: "/students", payload: {} }),
      404,
      "not-found",
    );
  });

  it("leaves the API, its documentation and the health checks as they were", async () => {
    const app = await appServing(builtUi());
    expect((await app.inject({ headers: admin, method: "GET", url: "/api/v1/students" })).json()).toEqual({
      data: [],
      next_cursor: null,
    });
    expectProblem(
      await app.inject({ headers: admin, method: "GET", url: "/api/v1/students/99" }),
      404,
      "student-not-found",
    );
    expect((await app.inject({ headers: admin, method: "GET", url: "/healthz" })).statusCode).toBe(200);
    expect((await app.inject({ headers: admin, method: "GET", url: "/readyz" })).statusCode).toBe(200);
    const document = (await app.inject({ headers: admin, method: "GET", url: "/openapi.json" })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(document.paths).every((path) => path.startsWith("/api/") || path.endsWith("z"))).toBe(
      true,
    );
    expect((await app.inject({ headers: admin, method: "GET", url: "/docs/" })).statusCode).toBe(200);
  });

  it("serves the API alone when the UI has not been built", async () => {
    const app = await appServing(join(tmpdir(), "registrar-no-such-build"));
    expectProblem(await app.inject({ headers: admin, method: "GET", url: "/" }), 404, "not-found");
    expectProblem(await app.inject({ headers: admin, method: "GET", url: "/students/1" }), 404, "not-found");
    expect((await app.inject({ headers: admin, method: "GET", url: "/api/v1/courses" })).statusCode).toBe(
      200,
    );
  });

  it("serves the API alone when told to", async () => {
    const app = await appServing(null);
    expectProblem(await app.inject({ headers: admin, method: "GET", url: "/" }), 404, "not-found");
  });
});

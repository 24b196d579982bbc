import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { onTestFinished } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { Db } from "../../src/db/database.ts";
import { freshDb } from "./database.ts";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  post: (url: string, body: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body: unknown) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
}

/**
 * Builds the app as the server does, on a fresh database that is closed when the test ends. The rate limit is
 * on, as in production, with a ceiling no test reaches (test/http/rate-limit.test.ts tests the 429 itself).
 */
export async function testApp(): Promise<TestApp> {
  const db = await freshDb();
  const app = await buildApp({ db, rateLimit: { max: 1_000_000, window_ms: 60_000 } });
  onTestFinished(() => app.close());
  const request = (options: InjectOptions) => app.inject(options);
  return {
    app,
    db,
    request,
    post: (url, body) => request({ method: "POST", url, payload: body as object }),
    patch: (url, body) => request({ method: "PATCH", url, payload: body as object }),
    get: (url) => request({ method: "GET", url }),
    delete: (url) => request({ method: "DELETE", url }),
  };
}

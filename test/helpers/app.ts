import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { onTestFinished } from "vitest";
import { buildApp, type AppOptions } from "../../src/app.ts";
import { createToken } from "../../src/auth/auth.service.ts";
import type { Db, StaffRole } from "../../src/db/database.ts";
import type { SeatHubOptions } from "../../src/seats/seats.service.ts";
import { freshDb } from "./database.ts";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  /** Sends as the admin token unless the options carry their own authorization or cookie header. */
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  post: (url: string, body: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body: unknown) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
  /** The secret of the admin token (named "test-admin") that requests use by default. */
  adminToken: string;
  /** Creates another token with the role (named after it unless a name is given) and returns its secret. */
  tokenFor: (role: StaffRole, name?: string) => Promise<string>;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let tokenCount = 0;

/**
 * Builds the app as the server does, on a fresh database that is closed when the test ends. The rate limit is
 * on, as in production, with a ceiling no test reaches (test/http/rate-limit.test.ts tests the 429 itself).
 */
export async function testApp({
  adminToken,
  seatStreams,
  oneRosterOrg,
}: Pick<AppOptions, "oneRosterOrg"> & {
  adminToken?: string;
  seatStreams?: Partial<SeatHubOptions>;
} = {}): Promise<TestApp> {
  const db = await freshDb();
  const app = await buildApp({
    db,
    ...(oneRosterOrg !== undefined && { oneRosterOrg }),
    adminToken: adminToken ?? null,
    ...(seatStreams !== undefined && { seatStreams }),
    rateLimit: { max: 1_000_000, window_ms: 60_000 },
  });
  onTestFinished(() => app.close());
  const tokenFor = async (role: StaffRole, name = `test-${role}-${++tokenCount}`) =>
    (await createToken(db, { name, role })).token;
  const admin = await tokenFor("admin", "test-admin");
  const request = (options: InjectOptions) => {
    const headers = options.headers ?? {};
    const ownCredentials = headers.authorization !== undefined || headers.cookie !== undefined;
    return app.inject(ownCredentials ? options : { ...options, headers: { ...bearer(admin), ...headers } });
  };
  return {
    app,
    db,
    request,
    post: (url, body) => request({ method: "POST", url, payload: body as object }),
    patch: (url, body) => request({ method: "PATCH", url, payload: body as object }),
    get: (url) => request({ method: "GET", url }),
    delete: (url) => request({ method: "DELETE", url }),
    adminToken: admin,
    tokenFor,
  };
}

import cors from "@fastify/cors";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { sql } from "kysely";
import { Type } from "typebox";
import { registerAccessEnforcer, registerPrincipalResolver } from "./auth/auth.hooks.ts";
import { sessionRoutes, tokenRoutes } from "./auth/auth.routes.ts";
import { createAuthenticator } from "./auth/auth.service.ts";
import { catalogRoutes } from "./catalog/catalog.routes.ts";
import { courseRoutes } from "./courses/course.routes.ts";
import type { Db } from "./db/database.ts";
import { enrollmentRoutes } from "./enrollments/enrollment.routes.ts";
import { registerActor } from "./http/actor.ts";
import { registerApiReference } from "./http/api-reference.ts";
import { withRedaction } from "./http/log-redaction.ts";
import { OneLinePerRequest } from "./http/request-log.ts";
import { registerIdempotency } from "./idempotency/idempotency.plugin.ts";
import { acceptOnlyJson } from "./http/json-body.ts";
import { registerProblemHandlers, sendFrameworkProblem, sendUnavailable } from "./http/problem.ts";
import { publicProblemResponses } from "./http/schemas.ts";
import { ajvOptions } from "./http/validation.ts";
import { registerPathAndQueryScalars } from "./http/path-and-query-scalars.ts";
import { registerOpenApi } from "./http/openapi.ts";
import { rememberingSerializerCompiler } from "./http/serializer.ts";
import { namedSchemas } from "./named-schemas.ts";
import { byCallerOrAddress, registerRateLimit, type RateLimitSettings } from "./http/rate-limit.ts";
import { registerSecurityHeaders, useDocsSecurityHeaders } from "./http/security-headers.ts";
import { createImportJobs } from "./imports/import-job.service.ts";
import { exportRoutes } from "./imports/export.routes.ts";
import { importRoutes } from "./imports/import.routes.ts";
import { instructorRoutes } from "./instructors/instructor.routes.ts";
import type { ZipLimits } from "./imports/zip.ts";
import { oneRosterRoutes, ROSTERING_PREFIX } from "./oneroster-rest/oneroster.routes.ts";
import type { OneRosterOrg } from "./oneroster-rest/sources.ts";
import { SCHOOL, SCHOOL_NAME } from "./imports/sourced-ids.ts";
import { registerOAuthResolver } from "./oneroster-rest/oauth.hooks.ts";
import { oauthClientRoutes, tokenEndpoint } from "./oneroster-rest/oauth.routes.ts";
import { registrationRoutes } from "./registration/registration.routes.ts";
import { seatRoutes } from "./seats/seats.routes.ts";
import {
  createSeatHub,
  defaultSeatHubOptions,
  type SeatHub,
  type SeatHubOptions,
} from "./seats/seats.service.ts";
import { studentRoutes } from "./students/student.routes.ts";
import { termRoutes } from "./terms/term.routes.ts";
import { defaultWebRoot, registerWebUi } from "./http/web-ui.ts";

export interface AppOptions {
  db: Db;
  /** The one org the OneRoster provider serves; unset: Registrar's own (the CSV export's names). */
  oneRosterOrg?: OneRosterOrg;
  logger?: FastifyServerOptions["logger"];
  /** The built web UI to serve at /, when that directory exists; null for the API alone. */
  webRoot?: string | null;
  /** Limits for uploaded zips (tests lower them); the defaults are in src/imports/zip.ts. */
  zipLimits?: ZipLimits;
  /** Requests per client and window; null (the default, for tests and scripts) means no limit. */
  rateLimit?: RateLimitSettings | null;
  /** Exact origins whose pages may call the API from a browser; none (the default) turns CORS off. */
  corsOrigins?: readonly string[];
  /** ADMIN_TOKEN from the environment: accepted as an admin token named ADMIN_TOKEN; null for none. */
  adminToken?: string | null;
  /** Limits and intervals of the live seat streams (tests shorten them); defaults in src/seats/seats.service.ts. */
  seatStreams?: Partial<SeatHubOptions>;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The live seat streams of this app (tests read their bounded state through stats()). */
    seatHub: SeatHub;
  }
}

const ONE_MIB = 1024 * 1024;

export async function buildApp({
  db,
  oneRosterOrg,
  logger = false,
  webRoot = defaultWebRoot,
  zipLimits,
  rateLimit = null,
  corsOrigins = [],
  adminToken = null,
  seatStreams = {},
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withRedaction(logger),
    logController: new OneLinePerRequest(),
    bodyLimit: ONE_MIB,
    frameworkErrors: sendFrameworkProblem,
    ajv: { customOptions: { ...ajvOptions.customOptions }, plugins: [...ajvOptions.plugins] },
    schemaController: { compilersFactory: { buildSerializer: rememberingSerializerCompiler() } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  acceptOnlyJson(app);
  registerProblemHandlers(app);
  // onRequest hooks run in the order they are added, and the order matters: security headers and CORS first,
  // so that every answer (a 429 too) carries them; then the hook that names the caller; then the rate limit,
  // keyed by that name (or the address of a caller without a valid token, so guessing tokens spends a budget);
  // then the hook that turns away callers who may not do what they ask.
  registerSecurityHeaders(app);
  if (corsOrigins.length > 0) await app.register(cors, { origin: [...corsOrigins] });
  const authenticator = createAuthenticator(db, adminToken);
  registerPrincipalResolver(app, authenticator);
  registerOAuthResolver(app, db, ROSTERING_PREFIX);
  if (rateLimit !== null) await registerRateLimit(app, rateLimit, byCallerOrAddress);
  registerAccessEnforcer(app);
  registerActor(app);
  registerIdempotency(app, db);
  registerPathAndQueryScalars(app);

  await registerOpenApi(app, namedSchemas);
  await app.register((docs) => {
    useDocsSecurityHeaders(docs);
    registerApiReference(docs);
  });

  app.get("/openapi.json", { schema: { hide: true } }, () => app.swagger());

  app.get(
    "/healthz",
    {
      schema: {
        tags: ["health"],
        summary: "The process is up",
        security: [],
        response: { 200: Type.Object({ status: Type.Literal("ok") }), ...publicProblemResponses() },
      },
    },
    () => ({ status: "ok" as const }),
  );
  app.get(
    "/readyz",
    {
      schema: {
        tags: ["health"],
        summary: "The database answers",
        security: [],
        response: { 200: Type.Object({ status: Type.Literal("ready") }), ...publicProblemResponses(503) },
      },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        request.log.warn({ err: error }, "readiness check failed");
        return sendUnavailable(request, reply);
      }
      return { status: "ready" as const };
    },
  );

  await app.register(studentRoutes, { prefix: "/api/v1", db });
  await app.register(courseRoutes, { prefix: "/api/v1", db });
  await app.register(termRoutes, { prefix: "/api/v1", db });
  await app.register(catalogRoutes, { prefix: "/api/v1", db });
  await app.register(instructorRoutes, { prefix: "/api/v1", db });
  await app.register(enrollmentRoutes, { prefix: "/api/v1", db });
  await app.register(registrationRoutes, { prefix: "/api/v1", db });
  const seatHub = createSeatHub(db, app.log, { ...defaultSeatHubOptions, ...seatStreams });
  app.decorate("seatHub", seatHub);
  // Before the server stops accepting: open streams would otherwise keep app.close() waiting for ever.
  app.addHook("preClose", () => seatHub.close());
  await app.register(seatRoutes, { prefix: "/api/v1", hub: seatHub });
  const jobs = createImportJobs(db, app.log, zipLimits);
  // Closing waits for running imports, so that none is cut off between its reads and its commit.
  app.addHook("onClose", () => jobs.drain());
  await app.register(importRoutes, { prefix: "/api/v1", jobs });
  await app.register(exportRoutes, { prefix: "/api/v1", db });
  await app.register(tokenRoutes, { prefix: "/api/v1", db });
  await app.register(sessionRoutes, { prefix: "/api/v1", authenticator });
  await app.register(oauthClientRoutes, { prefix: "/api/v1", db });
  await app.register(tokenEndpoint, { db });
  await app.register(oneRosterRoutes, {
    prefix: ROSTERING_PREFIX,
    db,
    org: oneRosterOrg ?? { sourcedId: SCHOOL, name: SCHOOL_NAME },
  });
  if (webRoot !== null) await registerWebUi(app, webRoot);
  return app;
}

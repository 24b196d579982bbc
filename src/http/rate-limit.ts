import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";

export interface RateLimitSettings {
  /** Requests one key may make per window. */
  max: number;
  window_ms: number;
}

/** Whose budget a request spends: a string per client. */
export type RateLimitKey = (request: FastifyRequest) => string;

/**
 * Each token (and each OneRoster OAuth client) has its own budget; callers without a valid one share their
 * address's. A student has one budget however many tokens and sessions it holds, so that opening more of them
 * buys no more requests on registration day.
 */
export const byCallerOrAddress: RateLimitKey = (request) => {
  if (request.oauthCaller) return `oauth:${request.oauthCaller.client_id}`;
  const principal = request.principal;
  if (principal === null) return `address:${request.ip}`;
  return principal.role === "student" ? `student:${String(principal.student_id)}` : `token:${principal.name}`;
};

/** Health checks come from load balancers and orchestrators: they must see the truth however busy a client is. */
export const healthChecks = new Set(["/healthz", "/readyz"]);

/**
 * Counts every request but health checks (the API, UI files, 404s) against its key, in memory and per process,
 * and answers 429 problem+json with Retry-After once the window's budget is spent; every answer carries the
 * x-ratelimit-* headers. It is one onRequest hook at the app level, added here, so that it runs after the
 * onRequest hooks added before this call (the key may depend on what they found) and before those added after.
 */
export async function registerRateLimit(
  app: FastifyInstance,
  settings: RateLimitSettings,
  keyGenerator: RateLimitKey,
): Promise<void> {
  // global: false, so that the plugin adds no per-route hooks of its own: its one hook is the one added below.
  await app.register(rateLimit, {
    global: false,
    max: settings.max,
    timeWindow: settings.window_ms,
    keyGenerator,
    allowList: (request) => healthChecks.has(request.routeOptions.url ?? ""),
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(
          `Too many requests: at most ${context.max} per ${settings.window_ms / 1000} s; retry in ${context.after}.`,
        ),
        { statusCode: context.statusCode },
      ),
  });
  app.addHook("onRequest", app.rateLimit());
}

import type { FastifySchema } from "fastify";
import { Type } from "typebox";
import { healthChecks } from "./rate-limit.ts";
import { Int32 } from "./schemas.ts";

/** Sent by @fastify/rate-limit on every answer of a limited route (when the limit is on, as by default). */
const budgetHeaders = {
  "X-RateLimit-Limit": Int32({ description: "Requests this client may make per window" }),
  "X-RateLimit-Remaining": Int32({ description: "Requests left in the current window" }),
  "X-RateLimit-Reset": Int32({ description: "Seconds until the window starts again" }),
};
const retryAfter = { "Retry-After": Int32({ description: "Seconds to wait before trying again" }) };
/** Sent by @fastify/cors, only when CORS_ORIGINS lists the request's Origin. */
const corsHeaders = {
  "Access-Control-Allow-Origin": Type.String({
    maxLength: 2048,
    description:
      "The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default)",
  }),
};

/**
 * The route's schema as the OpenAPI document shows it: every 2xx and 4xx answer of a rate-limited route carries
 * the budget and CORS headers, and a 429 also Retry-After. Plugins send these, so the route schemas do not name
 * them; the schemas that validate and serialize are left as they are.
 */
export function documentResponseHeaders(schema: FastifySchema, url: string): FastifySchema {
  // A route without a schema reaches here with none, whatever the types say.
  const responses = (schema as FastifySchema | undefined)?.response as Record<string, object> | undefined;
  if (responses === undefined || healthChecks.has(url)) return schema;
  const documented = Object.entries(responses).map(([status, response]) => {
    if (!/^[24]/.test(status)) return [status, response];
    const headers = { ...budgetHeaders, ...(status === "429" && retryAfter), ...corsHeaders };
    return [status, { ...response, headers }];
  });
  return { ...schema, response: Object.fromEntries(documented) };
}

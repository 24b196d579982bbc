import type { FastifyRequest, FastifyServerOptions } from "fastify";

/** Headers that carry credentials: a log line must never hold them. */
const secretHeaders = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"];

/** Where a header object may sit in something logged: a request, a reply, or logged as it is. */
const redactPaths = secretHeaders.flatMap((name) => [
  `req.headers["${name}"]`,
  `res.headers["${name}"]`,
  `headers["${name}"]`,
  `*.headers["${name}"]`,
]);

/** Query parameters whose value may be a credential (?token=…, ?access_token=…, ?api_key=…). */
const secretParameter = /token|secret|passw|api[-_]?key|session|auth|signature|credential/i;

export const REDACTED = "[redacted]";

/** The URL as it may be logged: credentials in its query string replaced. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1) return url;
  const query = new URLSearchParams(url.slice(queryStart + 1));
  let redacted = false;
  for (const name of new Set(query.keys())) {
    if (secretParameter.test(name)) {
      query.set(name, REDACTED);
      redacted = true;
    }
  }
  return redacted ? `${url.slice(0, queryStart)}?${query.toString()}` : url;
}

/**
 * Pino options with credentials censored: secret headers wherever an object logs them, and secret query
 * parameters in the request serializer's URL (the one-line request log redacts its URL itself).
 */
export function withRedaction(logger: FastifyServerOptions["logger"]): FastifyServerOptions["logger"] {
  if (logger === false || logger === undefined) return false;
  const options = logger === true ? {} : logger;
  return {
    ...options,
    redact: { paths: redactPaths, censor: REDACTED },
    serializers: {
      // Fastify's own request serializer, with the URL redacted; what is logged as `req` may not be a request.
      req: (request: Partial<FastifyRequest>) => ({
        method: request.method,
        url: typeof request.url === "string" ? redactUrl(request.url) : undefined,
        host: request.host,
        remoteAddress: request.ip,
      }),
      ...options.serializers,
    },
  };
}

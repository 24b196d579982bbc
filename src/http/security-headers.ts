import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

type Directives = Record<string, string[]>;

/**
 * The web UI is one script and one stylesheet from /assets, with no inline code, no third-party origin and no
 * data: URLs, so everything is 'self'. React's style props go through the CSSOM, which style-src does not
 * govern. upgrade-insecure-requests is left out: a school may serve Registrar over plain HTTP on its own
 * network, where upgraded requests would fail.
 */
export const appDirectives: Directives = {
  "default-src": ["'self'"],
  "base-uri": ["'self'"],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
  "img-src": ["'self'"],
  "object-src": ["'none'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'"],
};

/**
 * The API reference (@scalar/fastify-api-reference, pinned) starts itself from an inline <script> and its
 * components set inline styles, so /docs alone also allows inline scripts and styles. The page is static and
 * renders only our own OpenAPI document, and nothing else is served under /docs.
 */
export const docsDirectives: Directives = {
  ...appDirectives,
  "script-src": ["'self'", "'unsafe-inline'"],
  "style-src": ["'self'", "'unsafe-inline'"],
};

const options = (directives: Directives): HelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  // In step with frame-ancestors 'none', for browsers that only know X-Frame-Options.
  frameguard: { action: "deny" },
});

/**
 * The headers helmet sets for these options, computed once. @fastify/helmet builds helmet's middleware anew on
 * every request, which measured about a third of the throughput of a cheap endpoint; the headers never depend
 * on the request, so helmet runs once here against a recorder and each answer gets the result.
 */
function helmetHeaders(directives: Directives): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      Reflect.deleteProperty(headers, name.toLowerCase());
    },
  };
  // helmet reads nothing from the request for these options, and throws rather than calling back with errors.
  helmet(options(directives))(
    Object.create(null) as IncomingMessage,
    recorder as unknown as ServerResponse,
    () => undefined,
  );
  return headers;
}

/** Security headers (CSP, HSTS, nosniff, frame and referrer policies…) on every answer, from helmet. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = helmetHeaders(appDirectives);
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/**
 * Gives the routes registered in `scope` (and only those) the /docs policy: an onRequest hook of an
 * encapsulated scope runs for that scope's routes alone, after the app's, and replaces its policy.
 */
export function useDocsSecurityHeaders(scope: FastifyInstance): void {
  const policy = helmetHeaders(docsDirectives)["content-security-policy"] ?? "";
  scope.addHook("onRequest", (_request, reply, done) => {
    reply.header("content-security-policy", policy);
    done();
  });
}

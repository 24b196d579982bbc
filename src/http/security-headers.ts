import helmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import type { FastifyInstance, RouteOptions } from "fastify";

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

const headers = (directives: Directives): FastifyHelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  // In step with frame-ancestors 'none', for browsers that only know X-Frame-Options.
  frameguard: { action: "deny" },
});

/** Security headers (CSP, HSTS, nosniff, frame and referrer policies…) on every answer, from helmet. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, headers(appDirectives));
}

/**
 * Gives the routes registered in `scope` (and only those) the /docs policy: helmet reads a route's own settings
 * from its config, which an onRoute hook in an encapsulated scope sets for that scope's routes alone.
 */
export function useDocsSecurityHeaders(scope: FastifyInstance): void {
  scope.addHook("onRoute", (route: RouteOptions) => {
    route.config = { ...route.config, helmet: headers(docsDirectives) } as RouteOptions["config"];
  });
}

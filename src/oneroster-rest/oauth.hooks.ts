/**
 * Who is calling the OneRoster provider, and whether its token's scopes cover the endpoint. Resolving is an
 * app-level hook added before the rate limiter, so that each OAuth client spends its own budget (as each API
 * token does); enforcing runs on the rostering routes, which answer in imsx_StatusInfoDType.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/database.ts";
import type { Scope } from "./endpoints.ts";
import { authenticate, type OAuthCaller } from "./oauth.service.ts";
import { OneRosterError } from "./status-info.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The OAuth client behind the bearer token of a rostering request; null when none valid is. */
    oauthCaller: OAuthCaller | null;
  }
  interface FastifyContextConfig {
    /** The scopes of which a OneRoster route accepts any one (the document's security requirement). */
    oneRosterScopes?: readonly Scope[];
  }
}

const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

export function registerOAuthResolver(app: FastifyInstance, db: Db, prefix: string): void {
  app.decorateRequest("oauthCaller", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith(`${prefix}/`)) return;
    const token = BEARER.exec(request.headers.authorization ?? "")?.[1];
    if (token !== undefined) request.oauthCaller = await authenticate(db, token);
  });
}

/** 401 with WWW-Authenticate (RFC 6750 §3) without a live token; 403 insufficient_scope without the scope. */
export function enforceScopes(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const accepted = request.routeOptions.config.oneRosterScopes ?? [];
  const caller = request.oauthCaller;
  if (caller === null) {
    const gaveToken = request.headers.authorization !== undefined;
    reply.header(
      "www-authenticate",
      gaveToken ? 'Bearer realm="oneroster", error="invalid_token"' : 'Bearer realm="oneroster"',
    );
    throw new OneRosterError(
      401,
      "unauthorisedrequest",
      gaveToken
        ? "The access token is not valid (unknown, expired, or its client was revoked)"
        : "Send an access token from the token endpoint as Authorization: Bearer <token>",
    );
  }
  if (!accepted.some((scope) => caller.scopes.includes(scope))) {
    reply.header(
      "www-authenticate",
      `Bearer realm="oneroster", error="insufficient_scope", scope="${accepted.join(" ")}"`,
    );
    throw new OneRosterError(
      403,
      "forbidden",
      `This endpoint needs one of the scopes ${accepted.join(", ")}`,
    );
  }
  done();
}

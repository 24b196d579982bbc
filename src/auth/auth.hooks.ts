import { parseCookie } from "cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../errors.ts";
import type { Principal } from "./auth.schema.ts";
import {
  accessFor,
  isOwnStudent,
  mayAccess,
  type Access,
  type Authenticator,
  type StudentAccess,
} from "./auth.service.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is calling, from the Authorization header or the session cookie; null when nobody valid is. */
    principal: Principal | null;
    /** What the request needs (accessFor), worked out once by the resolving hook for the enforcing one. */
    access: Access;
  }
  interface FastifyContextConfig {
    /** The access this route needs, when the path alone does not say it (see accessFor). */
    access?: Access;
    /** What a student may do with this route (see StudentAccess); nothing when it does not say. */
    student?: StudentAccess;
  }
}

export const SESSION_COOKIE = "registrar_session";

const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The session cookie's value. Read here rather than by @fastify/cookie's hook, which would parse the Cookie
 * header of every request (and hook every reply) when only requests without an Authorization header need it.
 */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  return header === undefined ? undefined : parseCookie(header)[SESSION_COOKIE];
}

/** A request authenticated by the session cookie rather than by an Authorization header. */
const usesSessionCookie = (request: FastifyRequest): boolean =>
  request.headers.authorization === undefined && sessionCookieOf(request) !== undefined;

async function resolve(request: FastifyRequest, authenticator: Authenticator): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    return token === undefined ? null : authenticator.byToken(token);
  }
  const sessionId = sessionCookieOf(request);
  return sessionId === undefined || sessionId === "" ? null : authenticator.bySession(sessionId);
}

/**
 * Names the caller (request.principal; null on public routes) and rejects nothing, so that hooks between this one and the enforcing
 * one (a rate limiter keyed by caller) can see who it is.
 */
export function registerPrincipalResolver(app: FastifyInstance, authenticator: Authenticator): void {
  app.decorateRequest("principal", null);
  app.decorateRequest("access", "public");
  app.addHook("onRequest", async (request) => {
    request.access = accessFor(request.method, request.url, request.routeOptions.config.access);
    // A public route needs nobody, and must keep answering while the database does not (health checks);
    // it also spares the lookup on every static file the browser fetches with the cookie.
    if (request.access === "public") return;
    request.principal = await resolve(request, authenticator);
  });
}

/**
 * A browser sends the session cookie with whatever a page on another site makes it send; SameSite=Strict stops
 * that in current browsers, and these headers stop it in any that ignore SameSite.
 */
function isCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers["sec-fetch-site"];
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = request.headers.origin;
  return origin !== undefined && origin !== ownOrigin(request);
}

/** The request's own origin as a browser writes it (URL drops a default port: http://host, not host:80). */
function ownOrigin(request: FastifyRequest): string | undefined {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * Answers 401 (no valid caller), or 403 (a role that may not, or a cross-site cookie request); see accessFor.
 * Registered after registerPrincipalResolver, whose hook has set request.access and request.principal.
 */
export function registerAccessEnforcer(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if (UNSAFE_METHODS.has(request.method) && usesSessionCookie(request) && isCrossSite(request)) {
      throw new DomainError(
        "cross-site-request",
        "A request from another site may not use the session cookie; send an Authorization header instead",
      );
    }
    const access = request.access;
    if (access === "public") return;
    const principal = request.principal;
    if (principal === null) {
      const gaveCredentials = request.headers.authorization !== undefined || usesSessionCookie(request);
      reply.header(
        "www-authenticate",
        gaveCredentials ? 'Bearer realm="registrar", error="invalid_token"' : 'Bearer realm="registrar"',
      );
      throw new DomainError(
        "unauthorized",
        gaveCredentials
          ? "The token or session is not valid (unknown, revoked or expired)"
          : "Send an API token as Authorization: Bearer <token>, or sign in",
      );
    }
    if (!mayAccess(principal.role, access, request.method, request.routeOptions.config.student)) {
      throw new DomainError(
        "forbidden",
        `Token ${principal.name} has the role ${principal.role}, which may not ${request.method} ${request.url}`,
      );
    }
  });
  // A student's own records are told apart by the student_id of the path or body, so this check waits for
  // both to be validated (an id in them is then a number). It runs before every route-level preHandler (the
  // idempotency key is claimed by one), so a refused request leaves nothing behind.
  app.addHook("preHandler", (request, _reply, done) => {
    const rule = request.routeOptions.config.student;
    const principal = request.principal;
    if (principal === null || typeof rule !== "object") {
      done();
      return;
    }
    const source = rule.self === "params" ? request.params : request.body;
    const about = (source as { student_id?: unknown } | null | undefined)?.student_id;
    if (isOwnStudent(principal, about)) {
      done();
      return;
    }
    done(
      new DomainError(
        "forbidden",
        `${principal.name} is student ${String(principal.student_id)}, and may not ${request.method} ` +
          `${request.url}, which is about another student`,
      ),
    );
  });
}

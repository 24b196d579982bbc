import cookie from "@fastify/cookie";
import type { FastifyPluginAsyncTypebox, FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { DomainError } from "../errors.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import { SESSION_COOKIE, sessionCookieOf } from "./auth.hooks.ts";
import {
  CreatedToken,
  Principal,
  SessionCreate,
  SessionState,
  TokenCreate,
  TokenList,
  TokenNameParams,
} from "./auth.schema.ts";
import {
  createToken,
  listTokens,
  revokeToken,
  SESSION_LIFETIME_MS,
  type Authenticator,
} from "./auth.service.ts";

const cookieOptions = {
  path: "/",
  httpOnly: true,
  sameSite: "strict",
  // Secure whenever the request came over https (directly, or through a trusted proxy).
  secure: "auto",
} as const;

/** API tokens (admins only, as everything under /api that is not records; see accessFor). */
/**
 * A token or caller as the API shows it: student_id only on a student's, so that a staff token or session
 * answers exactly as it did before students had tokens.
 */
function shown<T extends { student_id: number | null }>({ student_id, ...rest }: T) {
  return student_id === null ? rest : { ...rest, student_id };
}

export const tokenRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  const tags = ["tokens"];
  app.get(
    "/tokens",
    {
      schema: {
        tags,
        summary: "List API tokens",
        description: "Every token ever created, revoked ones included; never their secrets.",
        response: { 200: ref(TokenList), ...problemResponses(401, 403) },
      },
    },
    async () => ({ data: (await listTokens(db)).map(shown) }),
  );

  app.post(
    "/tokens",
    {
      // The response holds the secret, which must not be kept anywhere, so no Idempotency-Key replay.
      config: { idempotency: false },
      schema: {
        tags,
        summary: "Create an API token",
        description:
          "The token (the secret) is in this response only; the server keeps just its SHA-256 hash. " +
          "Names are unique, also among revoked tokens. A student token (role student) names the student it " +
          "acts as in student_id (an unknown student is 400); no other role takes a student_id (400).",
        body: TokenCreate,
        response: { 201: ref(CreatedToken), ...problemResponses(400, 401, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.code(201).send(shown(await createToken(db, request.body))),
  );

  app.delete(
    "/tokens/:name",
    {
      schema: {
        tags,
        summary: "Revoke an API token",
        description:
          "The token stops working at once, and its web UI sessions end. It stays in the list (with " +
          "revoked_at), since the history names it. Revoking a revoked token is a 204 as well.",
        params: TokenNameParams,
        response: { 204: Type.Null({ description: "Revoked" }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeToken(db, request.params.name);
      return reply.code(204).send(null);
    },
  );
  done();
};

/**
 * Signing in to the web UI: a token is exchanged for an HttpOnly session cookie. These routes alone set
 * cookies, so @fastify/cookie (its writer; the cookie is read by sessionCookieOf) is registered for them only.
 */
export const sessionRoutes: FastifyPluginAsyncTypebox<{ authenticator: Authenticator }> = async (
  app,
  { authenticator },
) => {
  await app.register(cookie, { hook: false });
  const tags = ["session"];
  app.post(
    "/session",
    {
      config: { access: "public", idempotency: false },
      schema: {
        tags,
        summary: "Sign in with an API token",
        description:
          `Sets the ${SESSION_COOKIE} cookie (HttpOnly, SameSite=Strict, Secure over https), valid for ` +
          `${SESSION_LIFETIME_MS / 3_600_000} hours or until the token is revoked. Requests with the cookie ` +
          "and no Authorization header act as the token; unsafe ones from another site are refused with 403.",
        body: SessionCreate,
        response: { 200: ref(Principal), ...problemResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const previous = sessionCookieOf(request);
      if (previous !== undefined && previous !== "") await authenticator.signOut(previous);
      const session = await authenticator.signIn(request.body.token);
      if (session === null) {
        reply.header("www-authenticate", 'Bearer realm="registrar", error="invalid_token"');
        throw new DomainError("unauthorized", "The token is not valid (unknown or revoked)");
      }
      reply.setCookie(SESSION_COOKIE, session.sessionId, {
        ...cookieOptions,
        maxAge: SESSION_LIFETIME_MS / 1000,
      });
      return shown(session.principal);
    },
  );

  app.get(
    "/session",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Who is signed in",
        description:
          "The caller's token name and role (by session cookie or Authorization header); 401 if none.",
        response: { 200: ref(Principal), ...problemResponses(401) },
      },
    },
    (request) => {
      // The enforcing hook has answered 401 already when there is nobody; this keeps the type honest.
      if (request.principal === null) throw new DomainError("unauthorized", "Nobody is signed in");
      return shown(request.principal);
    },
  );

  app.get(
    "/session/state",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Whether anyone is signed in (the web UI's probe)",
        description:
          `200 either way: {signed_in: true, principal} for a valid ${SESSION_COOKIE} cookie, else ` +
          "{signed_in: false, principal: null}, so that a browser opening the UI signed out logs no failed " +
          "request. Only the session cookie counts here. GET /session keeps answering 401 when nobody is signed in.",
        response: { 200: ref(SessionState), ...problemResponses() },
      },
    },
    async (request) => {
      const sessionId = sessionCookieOf(request);
      const principal =
        sessionId === undefined || sessionId === "" ? null : await authenticator.bySession(sessionId);
      return { signed_in: principal !== null, principal: principal && shown(principal) };
    },
  );

  app.delete(
    "/session",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Sign out",
        description:
          "Ends the session on the server and clears the cookie (also when it had already expired).",
        response: { 204: Type.Null({ description: "Signed out" }), ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      const sessionId = sessionCookieOf(request);
      if (sessionId !== undefined && sessionId !== "") await authenticator.signOut(sessionId);
      return reply.clearCookie(SESSION_COOKIE, cookieOptions).code(204).send(null);
    },
  );
};

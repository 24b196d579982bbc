/**
 * Managing OAuth clients (admins, under /api/v1 like API tokens) and the token endpoint the LMS calls,
 * POST /ims/oneroster/oauth2/token (RFC 6749 §4.4: grant_type=client_credentials, the client authenticated by
 * HTTP Basic or by client_id and client_secret in the form; answers and errors as §5.1 and §5.2 say).
 */
import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/database.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import {
  CreatedOAuthClient,
  OAuthClient,
  OAuthClientCreate,
  OAuthClientList,
  OAuthClientParams,
} from "./oauth.schema.ts";
import { createClient, issueToken, listClients, revokeClient, TokenError } from "./oauth.service.ts";

export const TOKEN_PATH = "/ims/oneroster/oauth2/token";

export const oauthClientRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  const tags = ["oauth-clients"];
  app.get(
    "/oauth-clients",
    {
      schema: {
        tags,
        summary: "List OneRoster OAuth clients",
        description: "Every client ever created, revoked ones included; never their secrets.",
        response: { 200: ref(OAuthClientList), ...problemResponses(401, 403) },
      },
    },
    async () => ({ data: await listClients(db) }),
  );
  app.post(
    "/oauth-clients",
    {
      // The response holds the secret, which must not be kept anywhere, so no Idempotency-Key replay.
      config: { idempotency: false },
      schema: {
        tags,
        summary: "Create a OneRoster OAuth client",
        description:
          "For an LMS that pulls rosters from /ims/oneroster/rostering/v1p2 with OAuth 2.0 client credentials. " +
          "The client_secret is in this response only.",
        body: OAuthClientCreate,
        response: { 201: ref(CreatedOAuthClient), ...problemResponses(400, 401, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.code(201).send(await createClient(db, request.body)),
  );
  app.delete(
    "/oauth-clients/:client_id",
    {
      schema: {
        tags,
        summary: "Revoke a OneRoster OAuth client",
        description: "Its tokens stop working at once; it stays in the list with revoked_at.",
        params: OAuthClientParams,
        response: { 200: ref(OAuthClient), ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => revokeClient(db, request.params.client_id),
  );
  done();
};

/** client_id and client_secret from an HTTP Basic header (form-urlencoded each, RFC 6749 §2.3.1) or the form. */
function clientCredentials(request: FastifyRequest, form: URLSearchParams) {
  const basic = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(request.headers.authorization ?? "")?.[1];
  if (basic !== undefined) {
    const decoded = Buffer.from(basic, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon === -1) return null;
    const unescape = (text: string) => decodeURIComponent(text.replace(/\+/g, " "));
    try {
      return {
        client_id: unescape(decoded.slice(0, colon)),
        client_secret: unescape(decoded.slice(colon + 1)),
        basic,
      };
    } catch {
      return null;
    }
  }
  const client_id = form.get("client_id");
  const client_secret = form.get("client_secret");
  return client_id === null || client_secret === null ? null : { client_id, client_secret, basic };
}

function sendTokenError(reply: FastifyReply, error: TokenError, viaBasic: boolean) {
  const status = error.code === "invalid_client" ? 401 : 400;
  if (status === 401)
    reply.header("www-authenticate", viaBasic ? 'Basic realm="oneroster"' : 'Bearer realm="oneroster"');
  return reply.code(status).send({ error: error.code, error_description: error.message });
}

export function tokenEndpoint(app: FastifyInstance, { db }: { db: Db }, done: () => void): void {
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string" },
    (_request, body, parsed) => {
      parsed(null, new URLSearchParams(body.toString()));
    },
  );
  app.post(
    TOKEN_PATH,
    { schema: { hide: true }, config: { access: "public", idempotency: false } },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
      const credentials = clientCredentials(request, form);
      try {
        if (form.get("grant_type") !== "client_credentials") {
          throw new TokenError("unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (credentials === null) throw new TokenError("invalid_client", "Send client_id and client_secret");
        const issued = await issueToken(db, { ...credentials, scope: form.get("scope") ?? undefined });
        return await reply.send(issued);
      } catch (error) {
        if (error instanceof TokenError)
          return sendTokenError(reply, error, credentials?.basic !== undefined);
        throw error;
      }
    },
  );
  done();
}

import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { DomainError } from "../errors.ts";
import * as keys from "./idempotency.repository.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The Idempotency-Key this request claimed (and whose it is); its response is stored when it is sent. */
    claimedIdempotencyKey: keys.KeyOf | undefined;
  }
  interface FastifyContextConfig {
    /** False for a POST whose response must not be stored (it holds a secret) or replayed (it sets a cookie). */
    idempotency?: boolean;
  }
}

const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** A key still "in progress" after this long belongs to a request whose process died; a retry may take it. */
const ABANDONED_AFTER_MS = 60 * 1000;
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/** JSON with sorted keys, so that the same body in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonical(item)}`).join(",")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}

/** A JSON body by its canonical form; a binary one (an uploaded zip) by its bytes. */
const fingerprintOf = (request: FastifyRequest) =>
  createHash("sha256")
    .update(Buffer.isBuffer(request.body) ? request.body : canonical(request.body ?? null))
    .digest("base64url");

function replay(reply: FastifyReply, stored: keys.StoredKey): FastifyReply {
  const type = (stored.status ?? 200) >= 400 ? "application/problem+json" : "application/json";
  return reply
    .code(stored.status ?? 200)
    .header("idempotent-replayed", "true")
    .type(`${type}; charset=utf-8`)
    .send(stored.body ?? "");
}

async function claimOrReplay(db: Db, request: FastifyRequest, reply: FastifyReply, id: keys.KeyOf) {
  const { key } = id;
  const now = new Date();
  const claim = {
    ...id,
    method: request.method,
    path: request.url,
    fingerprint: fingerprintOf(request),
    created_at: now.toISOString(),
  };
  await keys.deleteOlderThan(db, new Date(now.getTime() - KEY_LIFETIME_MS).toISOString());
  if (await keys.claim(db, claim)) {
    request.claimedIdempotencyKey = id;
    return;
  }
  const stored = await keys.find(db, id);
  if (!stored) return claimOrReplay(db, request, reply, id);
  if (
    stored.method !== claim.method ||
    stored.path !== claim.path ||
    stored.fingerprint !== claim.fingerprint
  ) {
    throw new DomainError(
      "idempotency-key-reused",
      `Idempotency-Key ${key} was first used with a different request; use a new key for a new request`,
    );
  }
  if (stored.status !== null) return replay(reply, stored);
  const staleBefore = new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString();
  if (await keys.takeOver(db, id, staleBefore, claim.created_at)) {
    request.claimedIdempotencyKey = id;
    return;
  }
  throw new DomainError(
    "idempotency-key-in-use",
    `A request with Idempotency-Key ${key} is still being processed; retry when it has finished`,
  );
}

/**
 * Idempotency-Key on POST and PATCH, as Stripe documents it: the first response to a key (status and body) is
 * stored and replayed for a retry with the same request; the same key with another request is a 422; a key
 * whose first request is still running is a 409; keys expire after 24 hours. Requests that fail validation,
 * and 5xx responses, are not stored, so they can be retried.
 */
const IdempotencyHeaders = Type.Object({
  "idempotency-key": Type.Optional(
    Type.String({
      pattern: VALID_KEY.source,
      maxLength: 255,
      "x-error-message": "must be 1–255 visible ASCII characters",
      description: "Makes a retry safe: the first response to this key is replayed (see the API description)",
    }),
  ),
});

async function claimKey(db: Db, request: FastifyRequest, reply: FastifyReply) {
  const key = request.headers["idempotency-key"];
  // Keys are per token: two callers who happen to pick the same key never see each other's responses.
  const token_name = request.principal?.name ?? "anonymous";
  if (typeof key === "string") await claimOrReplay(db, request, reply, { token_name, key });
}

async function storeResponse(db: Db, request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const key = request.claimedIdempotencyKey;
  if (key === undefined) return payload;
  request.claimedIdempotencyKey = undefined;
  if (reply.statusCode >= 500) await keys.release(db, key);
  else await keys.complete(db, key, reply.statusCode, typeof payload === "string" ? payload : "");
  return payload;
}

/** Adds the hooks (and the documented, validated header) to POST and PATCH routes only: reads pay nothing. */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.decorateRequest("claimedIdempotencyKey", undefined);
  app.addHook("onRoute", (route: RouteOptions) => {
    const methods = [route.method].flat();
    if (!methods.includes("POST") && !methods.includes("PATCH")) return;
    if (route.config?.idempotency === false) return;
    route.schema = { ...route.schema, headers: route.schema?.headers ?? IdempotencyHeaders };
    route.preHandler = [...[route.preHandler ?? []].flat(), (request, reply) => claimKey(db, request, reply)];
    route.onSend = [
      ...[route.onSend ?? []].flat(),
      (request, reply, payload) => storeResponse(db, request, reply, payload),
    ];
  });
}

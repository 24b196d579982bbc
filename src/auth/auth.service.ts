import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db, Role } from "../db/database.ts";
import { inTransaction, onUniqueViolation } from "../db/dialect.ts";
import { DomainError, invalidField } from "../errors.ts";
import { IMPORT_ACTOR } from "../imports/import.writer.ts";
import * as repository from "./auth.repository.ts";
import type { CreatedToken, Principal, Token, TokenCreate } from "./auth.schema.ts";

/** The actor name of the ADMIN_TOKEN from the environment (upper case, so no stored token can take it). */
export const ADMIN_TOKEN_NAME = "ADMIN_TOKEN";
/** Names the history already uses for changes made without a token. */
const RESERVED_NAMES = new Set(["anonymous", IMPORT_ACTOR]);

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** 32 random bytes: far beyond guessing, which is why a fast hash (not bcrypt) is the right way to store it. */
const newSecret = (): string => randomBytes(32).toString("base64url");

const sha256 = (text: string): Buffer => createHash("sha256").update(text).digest();

export async function createToken(db: Db, { name, role }: TokenCreate): Promise<CreatedToken> {
  if (RESERVED_NAMES.has(name)) throw invalidField("name", `${name} is reserved for the history`);
  const token = `reg_${newSecret()}`;
  const created_at = new Date().toISOString();
  await onUniqueViolation(
    repository.insertToken(db, { name, role, token_hash: sha256(token).toString("hex"), created_at }),
    () => new DomainError("token-name-taken", `A token named ${name} exists already (perhaps revoked)`),
  );
  return { name, role, created_at, revoked_at: null, token };
}

export const listTokens = (db: Db): Promise<Token[]> => repository.listTokens(db);

/** Revokes the named token (and ends its sessions); revoking a revoked token changes nothing (newly: false). */
export async function revokeToken(db: Db, name: string): Promise<{ token: Token; newly: boolean }> {
  return inTransaction(db, async (trx) => {
    const token = await repository.findToken(trx, name);
    if (token === undefined) {
      const detail =
        name === ADMIN_TOKEN_NAME
          ? "ADMIN_TOKEN comes from the environment: unset it (and restart) to revoke it"
          : `No token is named ${name}`;
      throw new DomainError("token-not-found", detail);
    }
    const { id, ...listed } = token;
    if (token.revoked_at !== null) return { token: listed, newly: false };
    const revoked_at = new Date().toISOString();
    await repository.revokeToken(trx, id, revoked_at);
    return { token: { ...listed, revoked_at }, newly: true };
  });
}

export interface Authenticator {
  /** The caller an API token (or the ADMIN_TOKEN) belongs to; null for an unknown or revoked one. */
  byToken: (token: string) => Promise<Principal | null>;
  /** The caller a session cookie belongs to; null once it expired, was ended, or its token was revoked. */
  bySession: (sessionId: string) => Promise<Principal | null>;
  /** Opens a session for a valid token: the new session id (for the cookie) and who it is. */
  signIn: (token: string) => Promise<{ sessionId: string; principal: Principal } | null>;
  signOut: (sessionId: string) => Promise<void>;
}

/**
 * Every check reads the database (one indexed lookup), with no cache in between: a token revoked anywhere,
 * the CLI included, stops working with the next request.
 */
export function createAuthenticator(db: Db, adminToken: string | null): Authenticator {
  const adminHash = adminToken === null ? null : sha256(adminToken);
  const adminPrincipal: Principal = { name: ADMIN_TOKEN_NAME, role: "admin" };
  const isAdminToken = (hash: Buffer) => adminHash !== null && timingSafeEqual(hash, adminHash);

  async function lookUp(token: string): Promise<{ id: number | null; principal: Principal } | null> {
    const hash = sha256(token);
    if (isAdminToken(hash)) return { id: null, principal: adminPrincipal };
    const row = await repository.findActiveToken(db, hash.toString("hex"));
    return row === undefined ? null : { id: row.id, principal: { name: row.name, role: row.role } };
  }

  return {
    byToken: async (token) => (await lookUp(token))?.principal ?? null,

    bySession: async (sessionId) => {
      const now = new Date().toISOString();
      const session = await repository.findLiveSession(db, sha256(sessionId).toString("hex"), now);
      if (session === undefined) return null;
      if (session.token_id === null) return adminHash === null ? null : adminPrincipal;
      if (session.name === null || session.role === null || session.revoked_at !== null) return null;
      return { name: session.name, role: session.role };
    },

    signIn: async (token) => {
      const found = await lookUp(token);
      if (found === null) return null;
      const sessionId = newSecret();
      const now = new Date();
      await repository.deleteExpiredSessions(db, now.toISOString());
      await repository.insertSession(db, {
        id_hash: sha256(sessionId).toString("hex"),
        token_id: found.id,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString(),
      });
      return { sessionId, principal: found.principal };
    },

    signOut: (sessionId) => repository.deleteSession(db, sha256(sessionId).toString("hex")),
  };
}

export type StartupAuth =
  { kind: "ready" } | { kind: "created"; token: CreatedToken } | { kind: "refused"; message: string };

/**
 * What the server does about tokens when it starts. Sessions opened with an ADMIN_TOKEN end (it may have been
 * changed or unset). With no way in at all, a development server makes an admin token and a production one
 * refuses to start: an API that anyone may use must never be the result of a forgotten setting.
 */
export async function prepareAuthentication(
  db: Db,
  { adminToken, production }: { adminToken: string | null; production: boolean },
): Promise<StartupAuth> {
  await repository.deleteAdminTokenSessions(db);
  if (adminToken !== null || (await repository.hasActiveToken(db))) return { kind: "ready" };
  if (production) {
    return {
      kind: "refused",
      message:
        "No API token exists and ADMIN_TOKEN is not set, so nobody could use the API. Create a token with " +
        "`npm run registrar -- token create --name NAME --role admin`, or set ADMIN_TOKEN (at least 32 " +
        "characters), then start again.",
    };
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return {
        kind: "created",
        token: await createToken(db, { name: firstAdminName(attempt), role: "admin" }),
      };
    } catch (error) {
      if (!(error instanceof DomainError && error.kind === "token-name-taken")) throw error;
    }
  }
}

const firstAdminName = (attempt: number): string => (attempt === 1 ? "admin" : `admin-${attempt}`);

/** The rule of who may do what, in one place: the enforcing hook asks it for every request. */
export type Access = "public" | "signed-in" | "records" | "registrar" | "admin";

const rank: Record<Role, number> = { viewer: 0, registrar: 1, admin: 2 };
const reading = new Set(["GET", "HEAD"]);

export function mayAccess(role: Role, access: Access, method: string): boolean {
  switch (access) {
    case "public":
    case "signed-in":
      return true;
    case "records":
      return rank[role] >= (reading.has(method) ? rank.viewer : rank.registrar);
    case "registrar":
      return rank[role] >= rank.registrar;
    case "admin":
      return role === "admin";
  }
}

const recordAreas = new Set([
  "students",
  "courses",
  "enroll",
  "enrollments",
  "terms",
  "catalog",
  "instructors",
]);

/**
 * The access a request needs. A route may declare it (config.access); otherwise the path decides: the API's
 * student, course and enrollment routes are records, anything else under /api is for admins (so a new area is
 * closed until someone opens it), and everything outside /api (health, OpenAPI, docs, the web UI) is public.
 * CORS preflights (OPTIONS) never carry credentials, so they are public too.
 */
export function accessFor(method: string, path: string, declared: Access | undefined): Access {
  if (method === "OPTIONS") return "public";
  if (declared !== undefined) return declared;
  const match = /^\/api(?=[/?]|$)(?:\/v1\/([^/?]*))?/.exec(path);
  if (match === null) return "public";
  return recordAreas.has(match[1] ?? "") ? "records" : "admin";
}

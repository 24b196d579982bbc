import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db, StaffRole } from "../db/database.ts";
import { inTransaction, onForeignKeyViolation, onUniqueViolation } from "../db/dialect.ts";
import { DomainError, invalidField, studentNotFound } from "../errors.ts";
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

/** A student token acts as its student, so it must name one; a staff token must not, or it would look bound. */
function studentOf({ role, student_id }: TokenCreate): number | null {
  if (role === "student" && student_id === undefined) {
    throw invalidField("student_id", "is required for role student");
  }
  if (role !== "student" && student_id !== undefined) {
    throw invalidField("student_id", "is only for role student");
  }
  return student_id ?? null;
}

export async function createToken(db: Db, input: TokenCreate): Promise<CreatedToken> {
  const { name, role } = input;
  if (RESERVED_NAMES.has(name)) throw invalidField("name", `${name} is reserved for the history`);
  const student_id = studentOf(input);
  const token = `reg_${newSecret()}`;
  const created_at = new Date().toISOString();
  const insert = repository.insertToken(db, {
    name,
    role,
    student_id,
    token_hash: sha256(token).toString("hex"),
    created_at,
  });
  await onForeignKeyViolation(
    onUniqueViolation(
      insert,
      () => new DomainError("token-name-taken", `A token named ${name} exists already (perhaps revoked)`),
    ),
    () => invalidField("student_id", `student ${student_id ?? ""} does not exist`),
  );
  return { name, role, student_id, created_at, revoked_at: null, token };
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
  signIn: (token: string) => Promise<OpenedSession | null>;
  signOut: (sessionId: string) => Promise<void>;
}

export interface OpenedSession {
  sessionId: string;
  principal: Principal;
}

/** Who a session opened without a token is: a student, or a staff member by name and role. */
export type SessionHolder = { role: "student"; student_id: number } | { role: StaffRole; name: string };

/** A student signed in without a token is named by their email in the history (and everywhere else). */
const studentSessionName = (email: string) => `student:${email}`;

async function insertSession(
  db: Db,
  holder: {
    token_id: number | null;
    role: Principal["role"] | null;
    name: string | null;
    student_id: number | null;
  },
): Promise<string> {
  const sessionId = newSecret();
  const now = new Date();
  await repository.deleteExpiredSessions(db, now.toISOString());
  await repository.insertSession(db, {
    id_hash: sha256(sessionId).toString("hex"),
    ...holder,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString(),
  });
  return sessionId;
}

/**
 * Opens a session that no token stands behind, for a sign-in that proved who someone is some other way (OpenID
 * Connect): a student (404 student-not-found if there is none) or a staff member with a role. The session ends
 * when it expires, is signed out of, or its student is deleted.
 */
export async function openSession(db: Db, holder: SessionHolder): Promise<OpenedSession> {
  if (holder.role === "student") {
    const { student_id } = holder;
    const email = await repository.findStudentEmail(db, student_id);
    if (email === undefined) throw studentNotFound(student_id);
    const sessionId = await onForeignKeyViolation(
      insertSession(db, { token_id: null, role: "student", name: null, student_id }),
      () => studentNotFound(student_id),
    );
    return { sessionId, principal: { name: studentSessionName(email), role: "student", student_id } };
  }
  const { role, name } = holder;
  const sessionId = await insertSession(db, { token_id: null, role, name, student_id: null });
  return { sessionId, principal: { name, role, student_id: null } };
}

/**
 * Every check reads the database (one indexed lookup), with no cache in between: a token revoked anywhere,
 * the CLI included, stops working with the next request.
 */
export function createAuthenticator(db: Db, adminToken: string | null): Authenticator {
  const adminHash = adminToken === null ? null : sha256(adminToken);
  const adminPrincipal: Principal = { name: ADMIN_TOKEN_NAME, role: "admin", student_id: null };
  const isAdminToken = (hash: Buffer) => adminHash !== null && timingSafeEqual(hash, adminHash);

  async function lookUp(token: string): Promise<{ id: number | null; principal: Principal } | null> {
    const hash = sha256(token);
    if (isAdminToken(hash)) return { id: null, principal: adminPrincipal };
    const row = await repository.findActiveToken(db, hash.toString("hex"));
    if (row === undefined) return null;
    return { id: row.id, principal: { name: row.name, role: row.role, student_id: row.student_id } };
  }

  return {
    byToken: async (token) => (await lookUp(token))?.principal ?? null,

    bySession: async (sessionId) => {
      const now = new Date().toISOString();
      const session = await repository.findLiveSession(db, sha256(sessionId).toString("hex"), now);
      if (session === undefined) return null;
      if (session.token_id !== null) {
        const { token_name: name, token_role: role, token_student_id: student_id } = session;
        if (name === null || role === null || session.revoked_at !== null) return null;
        return { name, role, student_id };
      }
      if (session.role === null) return adminHash === null ? null : adminPrincipal;
      if (session.role === "student") {
        if (session.student_email === null) return null;
        const name = studentSessionName(session.student_email);
        return { name, role: "student", student_id: session.student_id };
      }
      return session.name === null ? null : { name: session.name, role: session.role, student_id: null };
    },

    signIn: async (token) => {
      const found = await lookUp(token);
      if (found === null) return null;
      // The token holds the principal; the session only points at it (so that revoking the token ends it).
      const holder = { token_id: found.id, role: null, name: null, student_id: null };
      return { sessionId: await insertSession(db, holder), principal: found.principal };
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

/**
 * What a student may do with a route, which the route declares (config.student), so that nothing is open to
 * students unless it says so: "open" lets every student use it (the terms, the catalog, courses, instructors);
 * a self rule lets a student use it about itself only, the student being the student_id of the route's path
 * parameters or of its body (checked by the auth module's preHandler hook, once both are validated).
 */
export type StudentAccess = "open" | { self: "params" | "body" };

const rank: Record<StaffRole, number> = { viewer: 0, registrar: 1, admin: 2 };
const reading = new Set(["GET", "HEAD"]);

export function mayAccess(
  role: Principal["role"],
  access: Access,
  method: string,
  student: StudentAccess | undefined,
): boolean {
  if (access === "public" || access === "signed-in") return true;
  if (role === "student") return student !== undefined;
  switch (access) {
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
/** Whether a student's request about `about` (the student_id its route names) is about itself. */
export const isOwnStudent = (principal: Principal, about: unknown): boolean =>
  principal.role !== "student" || (principal.student_id !== null && about === principal.student_id);

export function accessFor(method: string, path: string, declared: Access | undefined): Access {
  if (method === "OPTIONS") return "public";
  if (declared !== undefined) return declared;
  const match = /^\/api(?=[/?]|$)(?:\/v1\/([^/?]*))?/.exec(path);
  if (match === null) return "public";
  return recordAreas.has(match[1] ?? "") ? "records" : "admin";
}

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) for the OneRoster provider: admins create clients (an LMS
 * connector each) with the scopes they may hold; a client trades its id and secret for a bearer token that
 * expires; revoking a client ends its tokens at once. Secrets and tokens are 32 random bytes, stored as
 * SHA-256 hashes (as API tokens are: beyond guessing, so a fast hash is the right one).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/database.ts";
import { inTransaction, onUniqueViolation } from "../db/dialect.ts";
import { DomainError } from "../errors.ts";
import { scopes as allScopes, type Scope } from "./endpoints.ts";
import * as repository from "./oauth.repository.ts";
import { CLIENT_ID_PATTERN } from "./oauth.schema.ts";
import { purgeTombstones } from "./tombstones.ts";

/** One hour, as most LMS connectors expect; they fetch a new token when one expires. */
export const TOKEN_LIFETIME_S = 3600;

export const grantableScopes = Object.values(allScopes);

const sha256 = (text: string): Buffer => createHash("sha256").update(text).digest();
const secret = () => randomBytes(32).toString("base64url");

export interface OAuthClient {
  client_id: string;
  name: string;
  scopes: Scope[];
  created_at: string;
  revoked_at: string | null;
}

const listedClient = (row: Omit<OAuthClient, "scopes"> & { scopes: string }): OAuthClient => ({
  client_id: row.client_id,
  name: row.name,
  scopes: row.scopes.split(" ") as Scope[],
  created_at: row.created_at,
  revoked_at: row.revoked_at,
});

export async function createClient(
  db: Db,
  { name: given, scopes }: { name: string; scopes: Scope[] },
): Promise<OAuthClient & { client_secret: string }> {
  const name = given.trim();
  const client_id = `orc_${randomBytes(12).toString("base64url")}`;
  const client_secret = secret();
  const created_at = new Date().toISOString();
  const granted = [...new Set(scopes)];
  await onUniqueViolation(
    repository.insertClient(db, {
      client_id,
      name,
      secret_hash: sha256(client_secret).toString("hex"),
      scopes: granted.join(" "),
      created_at,
    }),
    () =>
      new DomainError(
        "oauth-client-name-taken",
        `An OAuth client named ${name} exists already (perhaps revoked)`,
      ),
  );
  return { client_id, name, scopes: granted, created_at, revoked_at: null, client_secret };
}

export const listClients = async (db: Db): Promise<OAuthClient[]> =>
  (await repository.listClients(db)).map(listedClient);

/** Revokes the client and deletes its tokens; revoking a revoked client changes nothing. */
export function revokeClient(db: Db, client_id: string): Promise<OAuthClient> {
  return inTransaction(db, async (trx) => {
    const client = await repository.findClient(trx, client_id);
    if (client === undefined)
      throw new DomainError("oauth-client-not-found", `No OAuth client has the id ${client_id}`);
    if (client.revoked_at !== null) return listedClient(client);
    const revoked_at = new Date().toISOString();
    await repository.revokeClient(trx, client.id, revoked_at);
    return listedClient({ ...client, revoked_at });
  });
}

/** RFC 6749 §5.2: the error codes of the token endpoint, answered as { error, error_description }. */
export type TokenErrorCode =
  "invalid_request" | "invalid_client" | "invalid_scope" | "unsupported_grant_type";

export class TokenError extends Error {
  readonly code: TokenErrorCode;
  constructor(code: TokenErrorCode, description: string) {
    super(description);
    this.code = code;
  }
}

export interface IssuedToken {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  scope: string;
}

/** A client id that no client can have (a NUL, a space) is unknown without asking the database. */
const clientIdShape = new RegExp(CLIENT_ID_PATTERN);

function sameSecret(given: string, hashHex: string): boolean {
  return timingSafeEqual(sha256(given), Buffer.from(hashHex, "hex"));
}

/**
 * A token for the client whose id and secret these are, with the requested scopes (space-separated; none asked
 * means all the client holds). Asking for a scope the client does not hold is invalid_scope, not a smaller grant,
 * so that a misconfigured connector learns it at once rather than on its first 403.
 */
export async function issueToken(
  db: Db,
  {
    client_id,
    client_secret,
    scope,
  }: { client_id: string; client_secret: string; scope: string | undefined },
): Promise<IssuedToken> {
  const client = clientIdShape.test(client_id) ? await repository.findClient(db, client_id) : undefined;
  if (client === undefined || client.revoked_at !== null || !sameSecret(client_secret, client.secret_hash)) {
    throw new TokenError("invalid_client", "Unknown client, wrong secret, or a revoked client");
  }
  const held = client.scopes.split(" ");
  const asked = scope === undefined || scope.trim() === "" ? held : scope.trim().split(/ +/);
  const missing = asked.filter((item) => !held.includes(item));
  if (missing.length > 0)
    throw new TokenError("invalid_scope", `The client does not hold ${missing.join(" ")}`);
  const access_token = secret();
  const now = Date.now();
  await repository.deleteExpiredTokens(db, new Date(now).toISOString());
  await purgeTombstones(db, new Date(now));
  await repository.insertToken(db, {
    token_hash: sha256(access_token).toString("hex"),
    client_row_id: client.id,
    scopes: asked.join(" "),
    expires_at: new Date(now + TOKEN_LIFETIME_S * 1000).toISOString(),
  });
  return { access_token, token_type: "bearer", expires_in: TOKEN_LIFETIME_S, scope: asked.join(" ") };
}

export interface OAuthCaller {
  client_id: string;
  name: string;
  scopes: Scope[];
}

/** The client a bearer token belongs to; null when the token is unknown, expired, or its client revoked. */
export async function authenticate(db: Db, token: string): Promise<OAuthCaller | null> {
  const row = await repository.findLiveToken(db, sha256(token).toString("hex"), new Date().toISOString());
  if (row === undefined) return null;
  return { client_id: row.client_id, name: row.name, scopes: row.scopes.split(" ") as Scope[] };
}

/**
 * npm run registrar -- oauth-client create --name NAME --scope roster.readonly [--scope …]
 * npm run registrar -- oauth-client list
 * npm run registrar -- oauth-client revoke CLIENT_ID
 * OneRoster OAuth clients (for LMS connectors). `create` prints the client id and, once, the secret: the last
 * two lines are `client_id=…` and `client_secret=…`, for scripts.
 */
import { parseArgs } from "node:util";
import type { Db } from "../db/database.ts";
import { SCOPE_PREFIX, type Scope } from "../oneroster-rest/endpoints.ts";
import { createClient, grantableScopes, listClients, revokeClient } from "../oneroster-rest/oauth.service.ts";
import { runSubcommand, UsageError, type Subcommands } from "./subcommands.ts";

const shortScopes = grantableScopes.map((scope) => scope.slice(SCOPE_PREFIX.length));
const USAGE = [
  `usage: registrar oauth-client create --name NAME --scope ${shortScopes.join("|")} [--scope …]`,
  "       registrar oauth-client list",
  "       registrar oauth-client revoke CLIENT_ID",
].join("\n");

/** A scope by its short name (roster.readonly) or its full URI. */
function checkedScope(text: string): Scope {
  const full = text.startsWith(SCOPE_PREFIX) ? text : `${SCOPE_PREFIX}${text}`;
  const scope = grantableScopes.find((each) => each === full);
  if (scope === undefined)
    throw new UsageError(`--scope must be one of ${shortScopes.join(", ")}, not ${text}`);
  return scope;
}

async function create(db: Db, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { name: { type: "string" }, scope: { type: "string", multiple: true } },
  });
  const name = values.name?.trim() ?? "";
  if (name === "" || name.length > 100 || name.includes("\0"))
    throw new UsageError("--name must be 1–100 characters, none of them NUL");
  const scopes = (values.scope ?? []).map(checkedScope);
  if (scopes.length === 0) throw new UsageError("give at least one --scope");
  const client = await createClient(db, { name, scopes });
  console.log(`Created the OneRoster OAuth client "${name}" (${client.scopes.join(" ")}).`);
  console.log("The secret is shown only now; store it in the LMS:");
  console.log(`client_id=${client.client_id}`);
  console.log(`client_secret=${client.client_secret}`);
}

async function list(db: Db, args: string[]): Promise<void> {
  parseArgs({ args, options: {} });
  const clients = await listClients(db);
  if (clients.length === 0) {
    console.log(
      "No OAuth clients yet: create one with `registrar oauth-client create --name NAME --scope …`.",
    );
    return;
  }
  for (const client of clients) {
    const scopes = client.scopes.map((scope) => scope.slice(SCOPE_PREFIX.length)).join(",");
    console.log(
      [client.client_id, client.name, scopes, client.created_at, client.revoked_at ?? "-"].join("\t"),
    );
  }
}

async function revoke(db: Db, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError("name exactly one client id to revoke");
  const client = await revokeClient(db, positionals[0] ?? "");
  console.log(
    `Revoked the OAuth client "${client.name}" (${client.revoked_at ?? ""}): its tokens no longer work.`,
  );
}

const subcommands: Subcommands = { create, list, revoke };

/** Runs the oauth-client command; returns the exit code. */
export const oauthClientCommand = (args: string[]): Promise<number> =>
  runSubcommand(subcommands, USAGE, args);

/**
 * npm run registrar -- token create --name NAME --role admin|registrar|viewer
 * npm run registrar -- token create --name NAME --role student --student-id ID   (the name may come first alone)
 * npm run registrar -- token list
 * npm run registrar -- token revoke NAME
 * The token's secret is printed once, alone on the last line of `create`'s output (scripts take that line).
 */
import { parseArgs } from "node:util";
import { TOKEN_NAME_PATTERN, TOKEN_NAME_RULE } from "../auth/auth.schema.ts";
import { createToken, listTokens, revokeToken } from "../auth/auth.service.ts";
import { roles, type Db, type Role } from "../db/database.ts";

import { runSubcommand, UsageError, type Subcommands } from "./subcommands.ts";

const USAGE = [
  "usage: registrar token create --name NAME --role admin|registrar|viewer",
  "       registrar token create --name NAME --role student --student-id ID",
  "       registrar token list",
  "       registrar token revoke NAME",
].join("\n");

function checkedName(name: string | undefined): string {
  if (name === undefined || name === "") throw new UsageError("token name missing");
  if (!new RegExp(TOKEN_NAME_PATTERN).test(name))
    throw new UsageError(`token name ${name} ${TOKEN_NAME_RULE}`);
  return name;
}

function checkedRole(role: string | undefined): Role {
  if (role === undefined) throw new UsageError("--role missing");
  const known = roles.find((each) => each === role);
  if (known === undefined) throw new UsageError(`--role must be one of ${roles.join(", ")}, not ${role}`);
  return known;
}

function checkedStudentId(id: string | undefined): number | undefined {
  if (id === undefined) return undefined;
  const number = Number(id);
  if (!/^[1-9][0-9]*$/.test(id) || number > 2147483647)
    throw new UsageError(`--student-id must be a student's id, not ${id}`);
  return number;
}

async function create(db: Db, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string" }, "student-id": { type: "string" } },
  });
  if (positionals.length > 1 || (positionals.length === 1 && values.name !== undefined))
    throw new UsageError("name one token to create");
  const name = checkedName(values.name ?? positionals[0]);
  const role = checkedRole(values.role);
  const student_id = checkedStudentId(values["student-id"]);
  const token = await createToken(db, { name, role, ...(student_id !== undefined && { student_id }) });
  const of = student_id === undefined ? "" : ` for student ${student_id}`;
  console.log(`Created the ${role} token "${name}"${of}. This is the only time it is shown; store it now.`);
  console.log("Send it as `Authorization: Bearer <token>`, or sign in with it in the web UI:");
  console.log(token.token);
}

async function list(db: Db, args: string[]): Promise<void> {
  parseArgs({ args, options: {} });
  const tokens = await listTokens(db);
  if (tokens.length === 0) {
    console.log("No tokens yet: create one with `registrar token create --name NAME --role ROLE`.");
    return;
  }
  const rows = [
    ["NAME", "ROLE", "CREATED", "REVOKED"],
    ...tokens.map((token) => [
      token.name,
      token.student_id === null ? token.role : `${token.role}:${token.student_id}`,
      token.created_at,
      token.revoked_at ?? "-",
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    );
  }
}

async function revoke(db: Db, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError("name exactly one token to revoke");
  const { token, newly } = await revokeToken(db, positionals[0] ?? "");
  console.log(
    newly
      ? `Revoked the token "${token.name}": it no longer works, and its web UI sessions have ended.`
      : `The token "${token.name}" was already revoked (${token.revoked_at ?? ""}).`,
  );
}

const subcommands: Subcommands = { create, list, revoke };

/** Runs the token command; returns the exit code. */
export const tokenCommand = (args: string[]): Promise<number> => runSubcommand(subcommands, USAGE, args);

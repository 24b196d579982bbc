import type { LightMyRequestResponse } from "fastify";
import type { FuzzRequest } from "./arbitraries.ts";

/**
 * Text that would show internals: stack frames, source paths, driver and database messages, and SQL with the
 * quoted identifiers Kysely writes.
 */
const internals: RegExp[] = [
  /\bat \//,
  /\bat [\w.<>]+ \(/,
  /\.ts:\d+/,
  /node_modules/i,
  /"stack"/,
  /SqliteError/i,
  /SQLITE_/,
  /better-sqlite3/i,
  /kysely/i,
  /constraint failed/i,
  /violates .*constraint/i,
  /duplicate key value/i,
  /syntax error at or near/i,
  /invalid input syntax/i,
  /out of range for type/i,
  /value too long for type/i,
  /invalid byte sequence/i,
  /unsupported Unicode escape/i,
  /no such (?:table|column)/i,
  /relation \\?"/i,
  /current transaction is aborted/i,
  /\b(?:select|insert into|update|delete from)\b[^"]*\\?"[a-z_]+\\?"/i,
];

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What the request itself sent: the app may echo it (a URL in `instance`), which is not a leak. */
function sentText(request: FuzzRequest): string {
  const payload = Buffer.isBuffer(request.payload)
    ? request.payload.toString("latin1")
    : (request.payload ?? "");
  return [
    request.url,
    decoded(request.url),
    payload,
    JSON.stringify(payload),
    ...Object.values(request.headers),
  ].join("\n");
}

/** Why the response breaks the error contract, or undefined when it keeps it. */
export function contractViolation(
  request: FuzzRequest,
  response: LightMyRequestResponse,
): string | undefined {
  const status = response.statusCode;
  if (status >= 500) return `answered ${status}`;
  if (status < 400 || request.method.toUpperCase() === "HEAD") return undefined;
  const contentType = response.headers["content-type"] ?? "";
  if (!contentType.startsWith("application/problem+json")) return `error with content-type "${contentType}"`;
  let problem: unknown;
  try {
    problem = JSON.parse(response.body);
  } catch {
    return "error body is not JSON";
  }
  const { type, title, status: bodyStatus } = (problem ?? {}) as Record<string, unknown>;
  if (typeof type !== "string" || typeof title !== "string" || bodyStatus !== status) {
    return "error body lacks type, title or the response's status";
  }
  const sent = sentText(request);
  const leak = internals.find((pattern) => pattern.test(response.body) && !pattern.test(sent));
  return leak && `error body shows internals (${leak.source})`;
}

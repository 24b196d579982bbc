import { createHmac, timingSafeEqual } from "node:crypto";
import { invalidField } from "../errors.ts";
import { MAX_ID } from "../http/schemas.ts";

/**
 * Cursors are opaque to clients: base64url JSON of [scope, ...position] followed by a MAC. The MAC makes an
 * edited cursor a 400 rather than a silently different page; it does not make cursors secret (they only say
 * where a list stopped), so its key is a constant rather than a deployment secret.
 */
const MAC_KEY = "registrar/keyset-cursor/v1";

const mac = (payload: string) => createHmac("sha256", MAC_KEY).update(payload).digest().subarray(0, 12);

export function encodeCursor(scope: string, position: readonly unknown[]): string {
  const payload = Buffer.from(JSON.stringify([scope, ...position])).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

export const isId = (candidate: unknown): candidate is number =>
  Number.isSafeInteger(candidate) && (candidate as number) >= 1 && (candidate as number) <= MAX_ID;

function verifiedPayload(cursor: string): unknown {
  const [payload = "", signature = "", ...rest] = cursor.split(".");
  // Compared as text: decoding the signature would ignore stray or trailing characters in it.
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(payload).toString("base64url"));
  if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected))
    return undefined;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** The position a cursor stands for; a 400 unless this server issued it for the same list (scope). */
export function decodeCursor<Position extends unknown[]>(
  cursor: string,
  scope: string,
  isPosition: (values: unknown[]) => values is Position,
): Position {
  const decoded = verifiedPayload(cursor);
  if (Array.isArray(decoded) && decoded[0] === scope) {
    const position = decoded.slice(1) as unknown[];
    if (isPosition(position)) return position;
  }
  throw invalidField("cursor", "is malformed, was edited, or belongs to another list or sort");
}

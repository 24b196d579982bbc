import { Type, type Static } from "typebox";
import { ref, StrictObject, Timestamp, TrimmedText } from "../http/schemas.ts";
import { scopes } from "./endpoints.ts";

export const OAuthScope = Type.Enum(Object.values(scopes), {
  description:
    "roster-core.readonly: the top-level collections and single records; roster.readonly: every rostering " +
    "read; roster-demographics.readonly: demographics",
});

export const OAuthClient = Type.Object(
  {
    client_id: Type.String({ description: "Sent with the secret to the token endpoint" }),
    name: Type.String(),
    scopes: Type.Array(OAuthScope, { maxItems: 3 }),
    created_at: Timestamp,
    revoked_at: Type.Union([Timestamp, Type.Null()], { description: "Null while the client works" }),
  },
  { $id: "OAuthClient" },
);

export const OAuthClientList = Type.Object(
  { data: Type.Array(ref(OAuthClient), { maxItems: 10_000 }) },
  { $id: "OAuthClientList" },
);

export const OAuthClientCreate = StrictObject({
  name: TrimmedText(100, "Unique, also among revoked clients; stored trimmed"),
  scopes: Type.Array(OAuthScope, { minItems: 1, maxItems: 3, uniqueItems: true }),
});
export type OAuthClientCreate = Static<typeof OAuthClientCreate>;

export const CreatedOAuthClient = Type.Object(
  {
    ...OAuthClient.properties,
    client_secret: Type.String({
      description: "Shown only in this response; the server keeps its SHA-256 hash",
    }),
  },
  { $id: "CreatedOAuthClient" },
);

/** What a client id can look like (ours are orc_ and base64url): printable ASCII, so never a NUL for the database. */
export const CLIENT_ID_PATTERN = "^[\\x21-\\x7e]{1,64}$";

export const OAuthClientParams = StrictObject({
  client_id: Type.String({
    pattern: CLIENT_ID_PATTERN,
    maxLength: 64,
    "x-error-message": "must be 1–64 printable ASCII characters, as a client id is",
  }),
});

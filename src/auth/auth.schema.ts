import { Type, type Static } from "typebox";
import { roles } from "../db/database.ts";
import { Id, ref, StrictObject, Timestamp } from "../http/schemas.ts";

/** Lower case only, so that two names in the history never differ by letter case alone. */
export const TOKEN_NAME_PATTERN = "^[a-z0-9][a-z0-9._-]{0,63}$";
export const TOKEN_NAME_RULE = "must be 1–64 of a–z, 0–9, '.', '_' and '-', starting with a letter or digit";

export const Role = Type.Enum(roles, {
  description:
    "viewer: read students, courses and enrollments; registrar: also change them; admin: everything, " +
    "including imports and tokens; student: bound to one student (student_id), it reads the terms, the " +
    "catalog, courses and instructors (without email), itself, its own courses, holds and history, and " +
    "enrolls, drops and registers itself only",
});

export const TokenName = Type.String({
  pattern: TOKEN_NAME_PATTERN,
  maxLength: 64,
  "x-error-message": TOKEN_NAME_RULE,
  description: "Unique, also among revoked tokens; recorded as the actor of the changes made with the token",
});

export const Token = Type.Object(
  {
    name: Type.String(),
    role: Role,
    student_id: Type.Optional({
      ...Id,
      description: "The student a student token acts as; only on a student token",
    }),
    created_at: Timestamp,
    revoked_at: Type.Union([Timestamp, Type.Null()], { description: "Null while the token works" }),
  },
  { $id: "Token" },
);
/** Inside the app every token has a student_id, null for staff; the API shows it only on a student's (shown). */
export type Token = Omit<Static<typeof Token>, "student_id"> & { student_id: number | null };

export const TokenList = Type.Object({ data: Type.Array(ref(Token)) }, { $id: "TokenList" });

export const TokenCreate = StrictObject({
  name: TokenName,
  role: Role,
  student_id: Type.Optional({
    ...Id,
    description: "Required for role student (an existing student), and not allowed for other roles",
  }),
});
export type TokenCreate = Static<typeof TokenCreate>;

export const CreatedToken = Type.Object(
  {
    ...Token.properties,
    token: Type.String({
      description: "The secret, shown only in this response: send it as Authorization: Bearer <token>",
    }),
  },
  { $id: "CreatedToken" },
);
export type CreatedToken = Token & { token: string };

export const TokenNameParams = StrictObject({ name: TokenName });

/** Who is calling: the token's name (or ADMIN_TOKEN, or student:<email> for a student's session) and role. */
export const Principal = Type.Object(
  {
    name: Type.String({ description: "Recorded as the actor of the changes this caller makes" }),
    role: Role,
    student_id: Type.Optional({
      ...Id,
      description: "The student a student caller is (and acts as); only on a student",
    }),
  },
  { $id: "Principal" },
);
export type Principal = Omit<Static<typeof Principal>, "student_id"> & { student_id: number | null };

/** The web UI's probe of its session: an answer either way, so that being signed out is no failed request. */
export const SessionState = Type.Object(
  {
    signed_in: Type.Boolean(),
    principal: Type.Union([ref(Principal), Type.Null()], { description: "Who is signed in; null if nobody" }),
  },
  { $id: "SessionState" },
);

export const SessionCreate = StrictObject({
  token: Type.String({ minLength: 1, maxLength: 512, description: "An API token (or the ADMIN_TOKEN)" }),
});

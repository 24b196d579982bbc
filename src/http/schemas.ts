import { Type, type Static, type TNumberOptions, type TSchema, type TProperties } from "typebox";

/** The largest 32-bit integer: ids, counts and positions are int32 columns on both engines. */
export const MAX_ID = 2_147_483_647;

/** A 32-bit integer, 0 … 2147483647 unless narrowed; `format` tells OpenAPI readers (Ajv checks it too). */
export const Int32 = (options: TNumberOptions = {}) =>
  Type.Integer({ format: "int32", minimum: 0, maximum: MAX_ID, ...options });

export const Id = Int32({ minimum: 1, description: "A positive integer id" });

/** A number of things (rows, seats, bytes…). */
export const Count = Int32();

/** A OneRoster sourcedId kept from an import (read-only in the API); null for records made here. */
export const SourcedId = Type.Union([Type.String(), Type.Null()], {
  description: "The OneRoster sourcedId this record was imported from (set by imports only); null otherwise",
});

export const Timestamp = Type.String({ format: "date-time", description: "RFC 3339, UTC" });

/**
 * A timestamp a client sends: RFC 3339 with any offset, stored and answered in UTC. Years 1000–2999 only (both
 * engines and JavaScript agree on those, and no registrar needs others).
 */
export const TimestampInput = Type.String({
  format: "date-time",
  pattern: "^[12][0-9]{3}-",
  maxLength: 40,
  "x-error-message": "must be an RFC 3339 date-time in the years 1000–2999",
  description: "RFC 3339 date-time (any offset; answered in UTC)",
});

/** A calendar date, YYYY-MM-DD (checked against the calendar: no 2027-02-30). */
export const CalendarDate = Type.String({
  format: "date",
  pattern: "^[12][0-9]{3}-[0-9]{2}-[0-9]{2}$",
  maxLength: 10,
  "x-error-message": "must be a date YYYY-MM-DD in the years 1000–2999",
  description: "A date, YYYY-MM-DD",
});

/**
 * PostgreSQL text cannot hold U+0000 (the whole statement fails), so no text field takes it, on either engine:
 * a 400 that names the field instead of a 500, and data that can move between the engines. (allOf keeps it
 * apart from a field's own pattern, so each failure has its own message.)
 */
const withoutNul = {
  allOf: [{ pattern: "^[^\\u0000]*$", "x-error-message": "must not contain NUL characters" }],
};

/** Free text: any characters but NUL. */
export const Text = (options: { maxLength?: number; description?: string } = {}) =>
  Type.String({ ...withoutNul, ...options });

/** Leading and trailing whitespace that trimmed text may carry on top of its maximum. */
const TRIMMED_SLACK = 100;

/** Text that is 1…max characters once leading and trailing whitespace is trimmed (stored trimmed). */
export const TrimmedText = (max: number, description: string) =>
  Type.String({
    pattern: `^\\s*\\S(?:[\\s\\S]{0,${max - 2}}\\S)?\\s*$`,
    // Room for surrounding whitespace (which is trimmed away), yet a bound the validator checks first.
    maxLength: max + TRIMMED_SLACK,
    "x-error-message": `must be 1–${max} characters after trimming`,
    ...withoutNul,
    description,
  });

/** First and last names and an email, as students and instructors have them. */
export const personFields = {
  first_name: TrimmedText(100, "Given name; stored trimmed"),
  last_name: TrimmedText(100, "Family name; stored trimmed"),
  email: Type.String({
    format: "email",
    maxLength: 254,
    description: "Unique without regard to letter case",
  }),
};

/** A value of the schema, or null (with what null means in the description). */
export const OrNull = <Schema extends TSchema>(schema: Schema, description: string) =>
  Type.Union([schema, Type.Null()], { description });

/** A strict JSON object: an unknown field is a 400, never silently ignored. */
export const StrictObject = <Properties extends TProperties>(properties: Properties, options = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

/** A PATCH body: any of the fields, at least one, and nothing else. */
export const PatchObject = <Properties extends TProperties>(properties: Properties) =>
  Type.Partial(Type.Object(properties), { additionalProperties: false, minProperties: 1 });

/**
 * A reference to a named schema (one with an `$id`): the OpenAPI document lists the schema once under
 * components.schemas and every route that answers with it points there, so the reference at /docs and the
 * generated UI client call it by its name. src/http/openapi.ts registers every named schema with the app.
 */
export const ref = <Schema extends TSchema & { $id?: string }>(schema: Schema) => {
  if (schema.$id === undefined) throw new Error("ref() needs a schema with an $id");
  return Type.Unsafe<Static<Schema>>({ $ref: schema.$id });
};

export const Problem = Type.Object(
  {
    type: Type.String({ description: "A stable URI per kind of error" }),
    title: Type.String(),
    status: Int32({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    instance: Type.String(),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() }), {
        description: "Per-field validation errors",
      }),
    ),
    // By name: the schema lives with the rules (src/registration), which this module does not depend on.
    violations: Type.Optional(
      Type.Array(Type.Unsafe<{ rule: string; course_id: number; detail: string }>({ $ref: "Violation" }), {
        description: "registration-blocked: every registration rule broken, for every course asked for",
      }),
    ),
  },
  { $id: "Problem", description: "An RFC 9457 problem (application/problem+json)" },
);

/** An error answer as the OpenAPI document describes it: a Problem, as application/problem+json. */
const problemResponse = {
  description: "A problem (RFC 9457)",
  content: { "application/problem+json": { schema: ref(Problem) } },
};

/**
 * The problems a route under /api/v1 may answer: the given statuses, and on every such route 401 (no valid
 * token), 403 (the token's role may not do this), 429 (rate limited) and 500.
 */
export const problemResponses = (...statuses: number[]): Record<number, typeof problemResponse> =>
  publicProblemResponses(...statuses, 401, 403, 429);

/** The problems a public route (no authentication, no rate limit) may answer: the given statuses and 500. */
export const publicProblemResponses = (...statuses: number[]): Record<number, typeof problemResponse> =>
  Object.fromEntries([...statuses, 500].map((status) => [status, problemResponse]));

export const ListQuery = <Sort extends string>(sortFields: readonly Sort[], defaultSort: Sort) =>
  StrictObject({
    limit: Int32({ minimum: 1, maximum: 500, default: 50, description: "Page size" }),
    cursor: Type.Optional(
      Type.String({ maxLength: 1024, description: "Opaque cursor from a previous page's next_cursor" }),
    ),
    q: Type.Optional(Text({ maxLength: 200, description: "Case-insensitive search" })),
    sort: Type.Enum(
      sortFields.flatMap((field) => [field, `-${field}`]),
      { default: defaultSort, description: "Sort field; prefix with - for descending. Ties break by id." },
    ),
  });

/** One page of a list of a named resource; the page is named too (StudentPage for Student). */
export const Page = <Item extends TSchema & { $id?: string }>(item: Item) =>
  Type.Object(
    {
      data: Type.Array(ref(item)),
      next_cursor: Type.Union([Type.String(), Type.Null()], {
        description: "Pass as ?cursor= to get the next page; null on the last page",
      }),
    },
    { $id: `${item.$id ?? ""}Page` },
  );

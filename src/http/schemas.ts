import { Type, type TNumberOptions, type TSchema, type TProperties } from "typebox";

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

/** A strict JSON object: an unknown field is a 400, never silently ignored. */
export const StrictObject = <Properties extends TProperties>(properties: Properties, options = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

/** A PATCH body: any of the fields, at least one, and nothing else. */
export const PatchObject = <Properties extends TProperties>(properties: Properties) =>
  Type.Partial(Type.Object(properties), { additionalProperties: false, minProperties: 1 });

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
  },
  { description: "An RFC 9457 problem (application/problem+json)" },
);

/**
 * The problems a route under /api/v1 may answer: the given statuses, and on every such route 401 (no valid
 * token), 403 (the token's role may not do this), 429 (rate limited) and 500.
 */
export const problemResponses = (...statuses: number[]): Record<number, typeof Problem> =>
  publicProblemResponses(...statuses, 401, 403, 429);

/** The problems a public route (no authentication, no rate limit) may answer: the given statuses and 500. */
export const publicProblemResponses = (...statuses: number[]): Record<number, typeof Problem> =>
  Object.fromEntries([...statuses, 500].map((status) => [status, Problem]));

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

export const Page = <Item extends TSchema>(item: Item) =>
  Type.Object({
    data: Type.Array(item),
    next_cursor: Type.Union([Type.String(), Type.Null()], {
      description: "Pass as ?cursor= to get the next page; null on the last page",
    }),
  });

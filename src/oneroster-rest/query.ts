/**
 * The query parameters of a OneRoster collection (limit, offset, sort, orderBy, filter, fields), checked
 * against one entity and turned into SQL over its derived table (aliased r). Anything a consumer gets wrong is
 * a 400 in imsx_StatusInfoDType, never a silently ignored or shortened answer: a consumer that sees a short
 * page stops paging, and one whose filter was dropped would take the whole roster for the change set.
 */
import { sql, type RawBuilder } from "kysely";
import { FilterSyntaxError, parseFilter, type Predicate } from "./filter.ts";
import type { FieldKind, Source } from "./sources.ts";
import { OneRosterError } from "./status-info.ts";

export const DEFAULT_LIMIT = 100;
/** Large enough for a full sync in few requests (the bench pages by 1000), small enough to bound one answer. */
export const MAX_LIMIT = 10_000;

export interface CollectionQuery {
  limit: number;
  offset: number;
  where: RawBuilder<boolean>;
  orderBy: RawBuilder<unknown>;
  /** The selected top-level fields; null for all. */
  fields: string[] | null;
}

export type RawQuery = Record<string, string | string[] | undefined>;

const column = (field: string) => sql`${sql.id("r", field)}`;

const invalid = (message: string) => new OneRosterError(400, "invaliddata", message);
const invalidFilter = (message: string) => new OneRosterError(400, "invalid_filter_field", message);

function single(query: RawQuery, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw invalid(`${name} may be given once`);
  return value;
}

function integer(query: RawQuery, name: string, fallback: number, minimum: number): number {
  const text = single(query, name);
  if (text === undefined) return fallback;
  if (!/^[0-9]{1,15}$/.test(text) || Number(text) < minimum) {
    throw invalid(`${name} must be a whole number of at least ${minimum}, not "${text}"`);
  }
  return Number(text);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

/** The value as the column stores it, so that text comparison is time order (see timestampText). */
function comparable(predicate: Predicate, kind: FieldKind): string {
  const { field, value, operator } = predicate;
  if (kind === "text" || operator === "~") return value;
  const valid = DATE.test(value) || (kind === "datetime" && DATE_TIME.test(value));
  const time = Date.parse(DATE.test(value) ? `${value}T00:00:00Z` : value);
  if (!valid || Number.isNaN(time)) {
    const expected = kind === "date" ? "a date (YYYY-MM-DD)" : "a date or a date-time with its time zone";
    throw invalidFilter(`${field} compares with ${expected}, not '${value}'`);
  }
  return kind === "date" ? value : new Date(time).toISOString();
}

function condition(source: Source, predicate: Predicate): RawBuilder<boolean> {
  const kind = source.fields[predicate.field];
  if (kind === undefined) {
    throw invalidFilter(
      `${predicate.field} is not a field this collection can filter on (${Object.keys(source.fields).join(", ")})`,
    );
  }
  const value = comparable(predicate, kind);
  const target = column(predicate.field);
  switch (predicate.operator) {
    case "~": {
      const pattern = `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      return sql<boolean>`lower(${target}) like lower(${pattern}) escape '\\'`;
    }
    case "!=":
      return sql<boolean>`${target} <> ${value}`;
    default:
      return sql<boolean>`${target} ${sql.raw(predicate.operator)} ${value}`;
  }
}

function filterCondition(source: Source, text: string | undefined): RawBuilder<boolean> {
  if (text === undefined) return sql<boolean>`1 = 1`;
  let filter;
  try {
    filter = parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw invalidFilter(`filter: ${error.message}`);
    throw error;
  }
  const [first, second] = filter.predicates;
  if (second === undefined) return condition(source, first);
  const joiner = sql.raw(filter.logical === "OR" ? "or" : "and");
  return sql<boolean>`(${condition(source, first)} ${joiner} ${condition(source, second)})`;
}

function selectedFields(query: RawQuery, properties: readonly string[]): string[] | null {
  const value = query.fields;
  if (value === undefined) return null;
  // The document declares fields as a form-style array: both fields=a,b and fields=a&fields=b arrive here.
  const names = (Array.isArray(value) ? value : [value])
    .flatMap((item) => item.split(","))
    .map((n) => n.trim());
  const unknown = names.filter((name) => !properties.includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new OneRosterError(
      400,
      "invalid_selection_field",
      `fields: ${unknown.join(", ") || "(none)"} not a field of this entity (${properties.join(", ")})`,
    );
  }
  return names;
}

export function collectionQuery(
  query: RawQuery,
  source: Source,
  properties: readonly string[],
): CollectionQuery {
  const limit = integer(query, "limit", DEFAULT_LIMIT, 1);
  if (limit > MAX_LIMIT) throw invalid(`limit may be at most ${MAX_LIMIT}; page with offset for more`);
  const offset = integer(query, "offset", 0, 0);
  const sort = single(query, "sort");
  if (sort !== undefined && source.fields[sort] === undefined) {
    throw invalid(
      `sort: ${sort} is not a field this collection can sort on (${Object.keys(source.fields).join(", ")})`,
    );
  }
  const direction = single(query, "orderBy") ?? "asc";
  if (direction !== "asc" && direction !== "desc")
    throw invalid(`orderBy must be asc or desc, not "${direction}"`);
  const order = sql.raw(direction);
  // sourcedId is unique within a collection, so it makes every order total and offsets stable between pages.
  const orderBy =
    sort === undefined || sort === "sourcedId"
      ? sql`${column("sourcedId")} ${order}`
      : sql`${column(sort)} ${order}, ${column("sourcedId")} ${order}`;
  return {
    limit,
    offset,
    where: filterCondition(source, single(query, "filter")),
    orderBy,
    fields: selectedFields(query, properties),
  };
}

/** A single record's only parameter is fields. */
export const selectionOnly = (query: RawQuery, properties: readonly string[]): string[] | null =>
  selectedFields(query, properties);

export const pick = (record: Record<string, unknown>, fields: string[] | null): Record<string, unknown> =>
  fields === null ? record : Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));

import { sql, type SelectQueryBuilder } from "kysely";
import { invalidField } from "../errors.ts";
import { MAX_ID } from "../http/schemas.ts";

/** A page request over a list sorted by one column, ties broken by id (descending sorts break ties descending). */
export interface PageRequest {
  sort: string;
  limit: number;
  cursor?: string | undefined;
}

export interface PageResult<Row> {
  data: Row[];
  next_cursor: string | null;
}

type SortValue = string | number;

interface Position {
  value: SortValue;
  id: number;
}

function parseSort(sort: string): { column: string; descending: boolean } {
  return sort.startsWith("-")
    ? { column: sort.slice(1), descending: true }
    : { column: sort, descending: false };
}

/** Cursors are opaque to clients: base64url JSON of [sort, last value, last id], rejected unless it fits. */
function encodeCursor(sort: string, position: Position): string {
  return Buffer.from(JSON.stringify([sort, position.value, position.id])).toString("base64url");
}

function decodeCursor(cursor: string, sort: string, column: string): Position {
  const malformed = invalidField("cursor", "is malformed or was issued for a different sort");
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw malformed;
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw malformed;
  const [cursorSort, value, id] = decoded as unknown[];
  const validId = (candidate: unknown): candidate is number =>
    Number.isSafeInteger(candidate) && (candidate as number) >= 1 && (candidate as number) <= MAX_ID;
  const validValue = column === "id" ? validId(value) && value === id : typeof value === "string";
  if (
    cursorSort !== sort ||
    !validId(id) ||
    !validValue ||
    encodeCursor(sort, { value: value as SortValue, id }) !== cursor
  ) {
    throw malformed;
  }
  return { value: value as SortValue, id };
}

/** Fetches one page with a keyset (seek) condition, so a deep page costs the same as the first. */
export async function keysetPage<DB, TB extends keyof DB, Row extends { id: number }>(
  query: SelectQueryBuilder<DB, TB, Row>,
  request: PageRequest,
): Promise<PageResult<Row>> {
  const { column, descending } = parseSort(request.sort);
  const direction = descending ? "desc" : "asc";
  let pageQuery = query;
  if (request.cursor !== undefined) {
    const after = decodeCursor(request.cursor, request.sort, column);
    const comparison = sql.raw(descending ? "<" : ">");
    pageQuery = pageQuery.where(
      sql<boolean>`(${sql.ref(column)}, ${sql.ref("id")}) ${comparison} (${after.value}, ${after.id})`,
    );
  }
  const rows = await pageQuery
    .orderBy(sql.ref(column), direction)
    .orderBy(sql.ref("id"), direction)
    .limit(request.limit + 1)
    .execute();
  if (rows.length <= request.limit) return { data: rows, next_cursor: null };
  const data = rows.slice(0, request.limit);
  const last = data[data.length - 1] as Row;
  const value = (last as unknown as Record<string, SortValue>)[column] as SortValue;
  return { data, next_cursor: encodeCursor(request.sort, { value, id: last.id }) };
}

import { sql, type SelectQueryBuilder } from "kysely";
import { decodeCursor, encodeCursor, isId } from "./cursor.ts";

type SortValue = string | number;

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

function parseSort(sort: string): { column: string; descending: boolean } {
  return sort.startsWith("-")
    ? { column: sort.slice(1), descending: true }
    : { column: sort, descending: false };
}

interface Position {
  column: string;
  comparison: "<" | ">";
  value: SortValue;
  id: number;
}

/**
 * The rows after a position, in two index seeks: first the rest of the rows that tie with it on the sort
 * column, then those beyond. SQLite seeks an index on the first column of a row-value comparison only, so
 * `(last_name, id) > (?, ?)` walked every student with that last name before reaching the page.
 */
async function rowsAfter<DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, Row>,
  inOrder: (page: SelectQueryBuilder<DB, TB, Row>) => SelectQueryBuilder<DB, TB, Row>,
  { column, comparison, value, id }: Position,
  wanted: number,
): Promise<Row[]> {
  const beyond = (limit: number) =>
    inOrder(query.where(sql<boolean>`${sql.ref(column)} ${sql.raw(comparison)} ${value}`))
      .limit(limit)
      .execute();
  if (column === "id") return beyond(wanted);
  const ties = await inOrder(
    query.where(
      sql<boolean>`${sql.ref(column)} = ${value} and ${sql.ref("id")} ${sql.raw(comparison)} ${id}`,
    ),
  )
    .limit(wanted)
    .execute();
  return ties.length === wanted ? ties : [...ties, ...(await beyond(wanted - ties.length))];
}

/**
 * Fetches one page with a keyset (seek) condition, so a deep page costs the same as the first. `list` names the
 * list (e.g. "students") so that a cursor from one list is refused by another.
 */
export async function keysetPage<DB, TB extends keyof DB, Row extends { id: number }>(
  list: string,
  query: SelectQueryBuilder<DB, TB, Row>,
  request: PageRequest,
): Promise<PageResult<Row>> {
  const { column, descending } = parseSort(request.sort);
  const scope = `${list}:${request.sort}`;
  const direction = descending ? "desc" : "asc";
  const inOrder = (page: SelectQueryBuilder<DB, TB, Row>) =>
    page.orderBy(sql.ref(column), direction).orderBy(sql.ref("id"), direction);
  let rows: Row[];
  if (request.cursor === undefined) {
    rows = await inOrder(query)
      .limit(request.limit + 1)
      .execute();
  } else {
    const isPosition = (values: unknown[]): values is [SortValue, number] =>
      values.length === 2 &&
      isId(values[1]) &&
      (column === "id" ? values[0] === values[1] : typeof values[0] === "string");
    const [value, id] = decodeCursor(request.cursor, scope, isPosition);
    rows = await rowsAfter(
      query,
      inOrder,
      { column, comparison: descending ? "<" : ">", value, id },
      request.limit + 1,
    );
  }
  if (rows.length <= request.limit) return { data: rows, next_cursor: null };
  const data = rows.slice(0, request.limit);
  const last = data[data.length - 1] as Row;
  const value = (last as unknown as Record<string, SortValue>)[column] as SortValue;
  return { data, next_cursor: encodeCursor(scope, [value, last.id]) };
}

/** Reading OneRoster collections and records: a query checked against the entity, run in SQL, mapped. */
import { sql, type RawBuilder } from "kysely";
import type { Entity } from "./entities.ts";
import * as repository from "./oneroster.repository.ts";
import { collectionQuery, pick, selectionOnly, type RawQuery } from "./query.ts";
import type { SourceContext } from "./sources.ts";
import { unknownObject } from "./status-info.ts";

export interface ReadContext extends SourceContext {
  /** The absolute base URL of this API, for the records' hrefs. */
  baseUrl: string;
}

export interface Collection {
  records: Record<string, unknown>[];
  total: number;
  limit: number;
  offset: number;
}

const both = (a: RawBuilder<boolean>, b: RawBuilder<boolean>) => sql<boolean>`(${a}) and (${b})`;

/** A page of the entity's records among those `scope` admits (all of them, or a class's students…). */
export async function readCollection(
  context: ReadContext,
  entity: Entity,
  scope: { key: string; where: RawBuilder<boolean> } | null,
  raw: RawQuery,
): Promise<Collection> {
  const query = collectionQuery(raw, entity.source, entity.properties);
  const within = scope === null ? entity.scope : both(entity.scope, scope.where);
  // Everything that decides which rows in which order (entity, scope, filter, sort, orderBy), and the page
  // size, since a connector pages with one (and a request for everything at once keeps nothing).
  const key = JSON.stringify([
    entity.what,
    scope?.key ?? null,
    raw.filter,
    raw.sort,
    raw.orderBy,
    query.limit,
  ]);
  const { rows, total } = await repository.readPage(context.db, {
    table: entity.source.table(context),
    where: both(within, query.where),
    orderBy: query.orderBy,
    limit: query.limit,
    offset: query.offset,
    key,
    now: context.now,
  });
  const records = rows.map((row) => pick(entity.record(row, context.baseUrl), query.fields));
  return { records, total, limit: query.limit, offset: query.offset };
}

export async function readRecord(
  context: ReadContext,
  entity: Entity,
  sourcedId: string,
  raw: RawQuery,
): Promise<Record<string, unknown>> {
  const fields = selectionOnly(raw, entity.properties);
  const row = await repository.readOne(context.db, entity.source.table(context), entity.scope, sourcedId);
  if (row === undefined) throw unknownObject(entity.what, sourcedId);
  return pick(entity.record(row, context.baseUrl), fields);
}

/** A sub-collection's parent must exist: /classes/{unknown}/students is a 404, not an empty list. */
export async function requireRecord(context: ReadContext, entity: Entity, sourcedId: string): Promise<void> {
  const row = await repository.readOne(context.db, entity.source.table(context), entity.scope, sourcedId);
  if (row === undefined) throw unknownObject(entity.what, sourcedId);
}

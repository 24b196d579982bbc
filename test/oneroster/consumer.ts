/**
 * A OneRoster consumer written the way LMS connectors are: page each collection with limit and offset until
 * a short page, keep a copy keyed by sourcedId, and later apply a delta (filter=dateLastModified>'…'): a
 * tobedeleted record is removed from the copy, any other replaces it.
 */
import { BASE } from "./helpers.ts";

type Get = (url: string) => Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>;
export type Rec = Record<string, unknown> & { sourcedId: string; status: string };
export type Copy = Record<string, Map<string, Rec>>;

export const collections = [
  "orgs",
  "academicSessions",
  "courses",
  "classes",
  "users",
  "enrollments",
] as const;

export async function pageAll(get: Get, collection: string, limit: number, filter?: string): Promise<Rec[]> {
  const all: Rec[] = [];
  for (let offset = 0; ; offset += limit) {
    const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
    if (filter !== undefined) query.set("filter", filter);
    const response = await get(`${BASE}/${collection}?${query.toString()}`);
    if (response.statusCode !== 200) throw new Error(`${collection}: ${response.body}`);
    const page = (JSON.parse(response.body) as Record<string, Rec[]>)[collection] ?? [];
    all.push(...page);
    if (page.length < limit) return all;
  }
}

export async function fullSync(get: Get, limit: number): Promise<Copy> {
  const copy: Copy = {};
  for (const collection of collections) {
    const records = await pageAll(get, collection, limit);
    copy[collection] = new Map(records.filter((r) => r.status === "active").map((r) => [r.sourcedId, r]));
  }
  return copy;
}

/** Applies the changes since `since`; returns how many tombstones it saw, per collection. */
export async function deltaSync(get: Get, copy: Copy, since: string, limit: number) {
  const removed: Record<string, string[]> = {};
  for (const collection of collections) {
    const target = copy[collection] ?? new Map<string, Rec>();
    for (const record of await pageAll(get, collection, limit, `dateLastModified>'${since}'`)) {
      if (record.status === "tobedeleted") {
        target.delete(record.sourcedId);
        (removed[collection] ??= []).push(record.sourcedId);
      } else target.set(record.sourcedId, record);
    }
  }
  return removed;
}

export const asPlain = (copy: Copy) =>
  Object.fromEntries(
    Object.entries(copy).map(([name, records]) => [
      name,
      [...records.values()].sort((a, b) => (a.sourcedId < b.sourcedId ? -1 : 1)),
    ]),
  );

/**
 * Plans courses.csv against the database: catalog entries matched by sourcedId or claimed by code, and their
 * prerequisites, which must name catalog entries of the set or the database (not placeholders) and may not make
 * an entry require itself through the rows of the set and the entries of the database together.
 */
import type { Db } from "../db/database.ts";
import * as calendar from "./calendar.repository.ts";
import type { CatalogValues, ExistingCatalogEntry } from "./calendar.repository.ts";
import type { Roster } from "./import.reader.ts";
import { catalogExtensionColumns } from "./oneroster.ts";
import {
  fromNote,
  indexBy,
  matchOf,
  summaryOf,
  unknownReference,
  type Plan,
  type PlannedPrerequisites,
  type Ref,
} from "./plan-base.ts";
import type { RosterCatalogEntry } from "./read-catalog.ts";

type Node = string;
const dbNode = (id: number): Node => `#${id}`;

/** A path of requirements from one of `from` to `to` (both included), or undefined when there is none. */
function pathTo(edges: Map<Node, Node[]>, from: Node[], to: Node): Node[] | undefined {
  const cameFrom = new Map<Node, Node | null>(from.map((node) => [node, null]));
  const queue = [...from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (node === to) {
      const path: Node[] = [];
      for (let at: Node | null | undefined = node; at != null; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const next of edges.get(node) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}

interface Candidate {
  entry: RosterCatalogEntry;
  existing: ExistingCatalogEntry | undefined;
  node: Node;
  /** The nodes its prerequisites name, group by group; undefined when the set keeps the entry's own. */
  required: Node[][] | undefined;
}

/**
 * Of the accepted candidates, rejects those whose prerequisites would make an entry require itself, and then
 * those that require a rejected row, until neither is left. Each pass starts from the database's requirements
 * and replaces those of one candidate after the other, rejecting it when that closes a cycle (which must then
 * pass through it).
 */
function refuseCycles(
  all: Candidate[],
  accepted: Candidate[],
  dbEdges: { catalog_id: number; required_id: number }[],
  codes: Map<Node, string>,
  reject: (candidate: Candidate, reason: string) => void,
): Candidate[] {
  const byNode = new Map(all.map((candidate) => [candidate.node, candidate]));
  for (;;) {
    const edges = new Map<Node, Node[]>();
    for (const { catalog_id, required_id } of dbEdges) {
      edges.set(dbNode(catalog_id), [...(edges.get(dbNode(catalog_id)) ?? []), dbNode(required_id)]);
    }
    const passed = accepted.filter((candidate) => {
      if (candidate.required === undefined) return true;
      const own = edges.get(candidate.node);
      const required = [...new Set(candidate.required.flat())];
      edges.set(candidate.node, required);
      const path = pathTo(edges, required, candidate.node);
      if (path === undefined) return true;
      if (own === undefined) edges.delete(candidate.node);
      else edges.set(candidate.node, own);
      const names = [candidate.node, ...path].map((node) => codes.get(node) ?? node);
      reject(candidate, `${names[0] ?? ""} would require itself: ${names.join(" → ")}`);
      return false;
    });
    const kept = new Set(passed);
    const left = passed.filter((candidate) => {
      const gone = candidate.required?.flat().find((node) => {
        const other = byNode.get(node);
        return other !== undefined && !kept.has(other);
      });
      if (gone === undefined) return true;
      const { sourced_id, line } = (byNode.get(gone) as Candidate).entry;
      reject(candidate, `courseSourcedId ${sourced_id} was rejected (courses.csv line ${line})`);
      return false;
    });
    if (left.length === accepted.length) return left;
    accepted = left;
  }
}

const sameValues = (values: CatalogValues, existing: ExistingCatalogEntry) =>
  values.sourced_id === existing.sourced_id &&
  values.code === existing.code &&
  values.title === existing.title &&
  values.credits === existing.credits &&
  values.description === existing.description;

/** Catalog entries: returns the reference of each by sourcedId. */
export async function planCatalog(db: Db, roster: Roster, plan: Plan): Promise<Map<string, Ref>> {
  const { entries } = roster.catalog;
  const bySourcedId = indexBy(
    await calendar.catalogBySourcedId(
      db,
      entries.map((entry) => entry.sourced_id),
    ),
    (row) => row.sourced_id as string,
  );
  const byCode = indexBy(
    await calendar.catalogByCode(
      db,
      entries.map((entry) => entry.code.toLowerCase()),
    ),
    (row) => row.code.toLowerCase(),
  );
  const column = catalogExtensionColumns.prerequisites;
  const reject = ({ entry }: { entry: RosterCatalogEntry }, at: string, reason: string) => {
    plan.rejects.add("courses.csv", entry.line, at, reason);
    plan.otherCourses.set(entry.sourced_id, { line: entry.line, why: "was rejected" });
  };
  const all: Candidate[] = [];
  for (const entry of entries) {
    const found = matchOf(bySourcedId.get(entry.sourced_id), byCode.get(entry.code.toLowerCase()));
    if ("conflict" in found) {
      const owner = found.conflict;
      reject(
        { entry },
        entry.codeColumn,
        `course code ${entry.code} belongs to catalog entry ${owner.id}${fromNote(owner)}`,
      );
      continue;
    }
    const existing = found.match;
    all.push({
      entry,
      existing,
      node: existing ? dbNode(existing.id) : `@${entry.sourced_id}`,
      required: undefined,
    });
  }

  // Prerequisites name courses by sourcedId: a row of the set, else an entry of the database.
  const inSet = new Map(all.map((candidate) => [candidate.entry.sourced_id, candidate.node]));
  const named = all.flatMap(({ entry }) =>
    (entry.prerequisites ?? []).flat().map((item) => item.courseSourcedId),
  );
  const dbEntries = indexBy(
    await calendar.catalogBySourcedId(
      db,
      [...new Set(named)].filter((id) => !inSet.has(id)),
    ),
    (row) => row.sourced_id as string,
  );
  const accepted = all.filter((candidate) => {
    const groups = candidate.entry.prerequisites;
    if (groups === undefined) return true;
    const required: Node[][] = [];
    for (const group of groups) {
      const nodes: Node[] = [];
      for (const { courseSourcedId: id } of group) {
        // A rejected (or tobedeleted) row of the set rejects the item even when the database has that entry.
        const other = plan.otherCourses.get(id);
        const dbEntry = other === undefined ? dbEntries.get(id) : undefined;
        const node = inSet.get(id) ?? (dbEntry === undefined ? undefined : dbNode(dbEntry.id));
        if (node !== undefined) {
          nodes.push(node);
          continue;
        }
        const reason = roster.catalog.courses.get(id)?.placeholder
          ? `courseSourcedId ${id} is a placeholder course (${catalogExtensionColumns.placeholder}), not a catalog entry`
          : unknownReference("courseSourcedId", id, "courses.csv", other);
        reject(candidate, column, `${column}: ${reason}`);
        return false;
      }
      required.push(nodes);
    }
    candidate.required = required;
    return true;
  });

  const checkCycles = accepted.some((candidate) => (candidate.required ?? []).length > 0);
  const dbEdges = checkCycles ? await calendar.prerequisiteEdges(db) : [];
  const codes = new Map<Node, string>([
    ...dbEdges.flatMap((edge) => [
      [dbNode(edge.catalog_id), edge.catalog_code] as const,
      [dbNode(edge.required_id), edge.required_code] as const,
    ]),
    ...all.map((candidate) => [candidate.node, candidate.entry.code] as const),
    ...[...dbEntries.values()].map((row) => [dbNode(row.id), row.code] as const),
  ]);
  const planned = checkCycles
    ? refuseCycles(all, accepted, dbEdges, codes, (candidate, reason) => {
        reject(candidate, column, `${column}: ${reason}`);
      })
    : accepted;

  // References first (prerequisites may name rows further down), then the changes, both in file order.
  const refs = new Map<string, Ref>();
  const refOfNode = new Map<Node, Ref>();
  let created = 0;
  for (const { entry, existing, node } of planned) {
    const ref = existing ? { id: existing.id } : { created: created++ };
    refs.set(entry.sourced_id, ref);
    refOfNode.set(node, ref);
  }
  const refOf = (node: Node): Ref => refOfNode.get(node) ?? { id: Number(node.slice(1)) };
  const replaced = planned.flatMap(({ existing, required }) => (existing && required ? [existing.id] : []));
  const stored = groupsOf(await calendar.prerequisitesOf(db, replaced));
  const summary = summaryOf(plan.summaries, "courses.csv");
  for (const { entry, existing, required } of planned) {
    const values: CatalogValues = {
      sourced_id: entry.sourced_id,
      code: entry.code,
      title: entry.title,
      credits: entry.credits === undefined ? (existing?.credits ?? null) : entry.credits,
      description: entry.description === undefined ? (existing?.description ?? null) : entry.description,
    };
    const prerequisites: PlannedPrerequisites | undefined = required && {
      entry: refs.get(entry.sourced_id) as Ref,
      groups: required.map((group, g) =>
        group.map((node, i) => {
          const item = entry.prerequisites?.[g]?.[i];
          return {
            required: refOf(node),
            min_grade: item?.min_grade ?? null,
            concurrent: item?.concurrent ?? false,
          };
        }),
      ),
    };
    const newPrerequisites =
      prerequisites !== undefined &&
      (existing === undefined
        ? prerequisites.groups.length > 0
        : !samePrerequisites(prerequisites, stored.get(existing.id) ?? []));
    if (newPrerequisites) plan.catalog.prerequisites.push(prerequisites);
    if (existing === undefined) {
      plan.catalog.create.push(values);
      summary.created++;
    } else if (!newPrerequisites && sameValues(values, existing)) summary.unchanged++;
    else {
      plan.catalog.update.push({ ...values, id: existing.id });
      summary.updated++;
    }
  }
  return refs;
}

/** Stored prerequisite rows as groups of [required id, min grade, concurrent], by entry. */
function groupsOf(rows: calendar.PrerequisiteRow[]): Map<number, [number, string | null, boolean][][]> {
  const result = new Map<number, [number, string | null, boolean][][]>();
  for (const row of rows) {
    const groups = result.get(row.catalog_id) ?? [];
    result.set(row.catalog_id, groups);
    (groups[row.group_number] ??= []).push([row.required_id, row.min_grade, row.concurrent === 1]);
  }
  return result;
}

const samePrerequisites = (planned: PlannedPrerequisites, stored: [number, string | null, boolean][][]) =>
  JSON.stringify(
    planned.groups.map((group) =>
      group.map(({ required, min_grade, concurrent }) => [
        "id" in required ? required.id : null,
        min_grade,
        concurrent,
      ]),
    ),
  ) === JSON.stringify(stored);

/**
 * The catalog entry of a class: its courseSourcedId's entry; null for a placeholder course; without a
 * courses.csv, the database's entry with that sourcedId, or undefined (the course keeps its own). A course the
 * planner rejected rejects the class.
 */
export function catalogOfClass(
  id: string,
  catalogRefs: Map<string, Ref>,
  dbCatalog: Map<string, number>,
  roster: Roster,
  plan: Plan,
): { catalog: Ref | null | undefined } | { reject: string } {
  const ref = catalogRefs.get(id);
  if (ref !== undefined) return { catalog: ref };
  if (roster.catalog.courses.get(id)?.placeholder) return { catalog: null };
  const other = plan.otherCourses.get(id);
  if (other !== undefined) return { reject: unknownReference("courseSourcedId", id, "courses.csv", other) };
  const dbEntry = dbCatalog.get(id);
  return { catalog: dbEntry === undefined ? undefined : { id: dbEntry } };
}

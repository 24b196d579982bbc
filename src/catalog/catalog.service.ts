import type { Db } from "../db/database.ts";
import { inTransaction, lockNamed, onForeignKeyViolation, onUniqueViolation } from "../db/dialect.ts";
import { catalogNotFound, DomainError, type FieldError, invalidFields } from "../errors.ts";
import * as catalog from "./catalog.repository.ts";
import type { Requirement } from "./catalog.repository.ts";
import type {
  CatalogCreate,
  CatalogEntry,
  CatalogListQuery,
  CatalogPatch,
  PrerequisiteItemInput,
} from "./catalog.schema.ts";

/** Every change to prerequisites (imports too), and every deletion of an entry, takes this lock: see refuseCycle. */
export const PREREQUISITE_GRAPH = "catalog-prerequisites";

const codeTaken = (code: string) =>
  new DomainError("catalog-code-taken", `A catalog entry with code ${code.trim()} already exists`, [
    { field: "code", message: "is already taken" },
  ]);

function normalized<Fields extends CatalogPatch>(fields: Fields) {
  const { prerequisites, ...rest } = fields;
  return {
    ...rest,
    ...(rest.code !== undefined && { code: rest.code.trim() }),
    ...(rest.title !== undefined && { title: rest.title.trim() }),
  };
}

/** The prerequisites as rows to store; every named entry must exist, and none twice in one group. */
async function requirementsOf(db: Db, groups: PrerequisiteItemInput[][]): Promise<Requirement[][]> {
  const named = [...new Set(groups.flatMap((group) => group.map((item) => item.catalog_id)))];
  const existing = await catalog.codesOf(db, named);
  const errors: FieldError[] = [];
  groups.forEach((group, g) => {
    const seen = new Set<number>();
    group.forEach(({ catalog_id }, i) => {
      const field = `prerequisites.${g}.${i}.catalog_id`;
      if (!existing.has(catalog_id))
        errors.push({ field, message: `catalog entry ${catalog_id} does not exist` });
      else if (seen.has(catalog_id))
        errors.push({ field, message: `names catalog entry ${catalog_id} twice in one group` });
      seen.add(catalog_id);
    });
  });
  if (errors.length > 0) throw invalidFields(errors);
  return groups.map((group) =>
    group.map(({ catalog_id, min_grade, concurrent }) => ({
      required_id: catalog_id,
      min_grade: min_grade ?? null,
      concurrent: concurrent === true,
    })),
  );
}

/** A path of requirements from `from` to `to` (both included), found by breadth-first search. */
function pathBetween(edges: { catalog_id: number; required_id: number }[], from: number[], to: number) {
  const cameFrom = new Map<number, number | null>(from.map((id) => [id, null]));
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (id === to) break;
    for (const edge of edges) {
      if (edge.catalog_id !== id || cameFrom.has(edge.required_id)) continue;
      cameFrom.set(edge.required_id, id);
      queue.push(edge.required_id);
    }
  }
  const path: number[] = [];
  for (let id: number | null | undefined = to; id !== null && id !== undefined; id = cameFrom.get(id))
    path.unshift(id);
  return path;
}

/**
 * Refuses prerequisites for entry `id` that would make it require itself, directly or through others. Runs
 * under the prerequisite-graph lock: two transactions that each close half of a cycle (A requires B, B
 * requires A) cannot both check before either writes.
 */
async function refuseCycle(db: Db, id: number, code: string, groups: Requirement[][]): Promise<void> {
  const required = [...new Set(groups.flatMap((group) => group.map((item) => item.required_id)))];
  if (required.includes(id)) {
    throw new DomainError("prerequisite-cycle", `${code} cannot require itself`);
  }
  const reachable = await catalog.requiredThrough(db, required);
  if (!reachable.has(id)) return;
  const path = pathBetween(await catalog.edgesFrom(db, [...required, ...reachable]), required, id);
  const codes = await catalog.codesOf(db, path);
  const names = path.map((each) => codes.get(each) ?? String(each));
  throw new DomainError(
    "prerequisite-cycle",
    `${code} cannot require ${names[0] ?? ""}: ${names[0] ?? ""} already requires ${code} ` +
      `(${names.join(" → ")}), so ${code} would require itself`,
  );
}

export async function createCatalogEntry(db: Db, input: CatalogCreate): Promise<CatalogEntry> {
  return inTransaction(db, async (trx) => {
    const groups = input.prerequisites ?? [];
    if (groups.length > 0) await lockNamed(trx, PREREQUISITE_GRAPH);
    // Nothing can require an entry that does not exist yet, so a new one closes no cycle.
    const requirements = await requirementsOf(trx, groups);
    const now = new Date().toISOString();
    const values = {
      description: null,
      credits: null,
      ...normalized(input),
      created_at: now,
      updated_at: now,
    };
    const { id } = await onUniqueViolation(catalog.insert(trx, values), () => codeTaken(input.code));
    await catalog.replacePrerequisites(trx, id, requirements);
    return (await catalog.findById(trx, id)) as CatalogEntry;
  });
}

export async function getCatalogEntry(db: Db, id: number): Promise<CatalogEntry> {
  const entry = await catalog.findById(db, id);
  if (!entry) throw catalogNotFound(id);
  return entry;
}

export async function updateCatalogEntry(db: Db, id: number, patch: CatalogPatch): Promise<CatalogEntry> {
  return inTransaction(db, async (trx) => {
    if (patch.prerequisites !== undefined) await lockNamed(trx, PREREQUISITE_GRAPH);
    const existing = await catalog.findForUpdate(trx, id);
    if (!existing) throw catalogNotFound(id);
    const changes = normalized(patch);
    if (patch.prerequisites !== undefined) {
      const requirements = await requirementsOf(trx, patch.prerequisites);
      await refuseCycle(trx, id, changes.code ?? existing.code, requirements);
      await catalog.replacePrerequisites(trx, id, requirements);
    }
    const write = catalog.update(trx, id, { ...changes, updated_at: new Date().toISOString() });
    await onUniqueViolation(write, () => codeTaken(patch.code ?? ""));
    return (await catalog.findById(trx, id)) as CatalogEntry;
  });
}

const hasCourses = (id: number, count: number) =>
  new DomainError(
    "catalog-has-courses",
    `Catalog entry ${id} has ${count === 1 ? "a course" : `${count} courses`} (sections); ` +
      `delete ${count === 1 ? "it" : "them"} or move ${count === 1 ? "it" : "them"} to another entry first`,
  );

/**
 * Deletes an entry that no course is a section of and no other entry requires. The graph lock keeps another
 * entry from starting to require this one meanwhile; the row lock keeps a course from joining it (its foreign
 * key check waits for the lock, then fails).
 */
export async function deleteCatalogEntry(db: Db, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await lockNamed(trx, PREREQUISITE_GRAPH);
    if (!(await catalog.findForUpdate(trx, id))) throw catalogNotFound(id);
    const courses = await catalog.countCourses(trx, id);
    if (courses > 0) throw hasCourses(id, courses);
    const requiring = await catalog.codesRequiring(trx, id);
    if (requiring.length > 0) {
      throw new DomainError(
        "catalog-is-required",
        `Catalog entry ${id} is a prerequisite of ${requiring.join(", ")}; take it out of their prerequisites first`,
      );
    }
    await onForeignKeyViolation(catalog.remove(trx, id), () => hasCourses(id, 1));
  });
}

/** Whether the entry exists; it cannot be deleted until the transaction ends (a course is joining it). */
export const catalogEntryExists = async (trx: Db, id: number): Promise<boolean> =>
  (await catalog.findForKeyShare(trx, id)) !== undefined;

export const listCatalog = (db: Db, query: CatalogListQuery) => catalog.list(db, query);

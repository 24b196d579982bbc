/**
 * Concurrent writes that each keep a rule alone but could break it together. On PostgreSQL the requests run in
 * parallel transactions (the app's pool); on SQLite they take turns. Either way the outcome must be one a
 * serial order could have given.
 */
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { courseInput, createCatalogEntry, createTerm } from "../helpers/factories.ts";

const ROUNDS = 8;

const requires = (t: TestApp, id: number, required: number[]) =>
  t.patch(`/api/v1/catalog/${id}`, { prerequisites: [required.map((catalog_id) => ({ catalog_id }))] });

/** True when the stored prerequisites contain a cycle (depth-first search over every edge). */
async function hasCycle(db: Db): Promise<boolean> {
  const edges = await db.selectFrom("catalog_prerequisites").select(["catalog_id", "required_id"]).execute();
  const next = new Map<number, number[]>();
  for (const { catalog_id, required_id } of edges)
    next.set(catalog_id, [...(next.get(catalog_id) ?? []), required_id]);
  const state = new Map<number, "open" | "done">();
  const visit = (id: number): boolean => {
    if (state.get(id) === "open") return true;
    if (state.get(id) === "done") return false;
    state.set(id, "open");
    const cyclic = (next.get(id) ?? []).some(visit);
    state.set(id, "done");
    return cyclic;
  };
  return [...next.keys()].some(visit);
}

const statuses = (responses: { statusCode: number }[]) =>
  responses.map((response) => response.statusCode).sort();

describe("prerequisites written at the same time", { timeout: 60_000 }, () => {
  it("never store a cycle when two entries are made to require each other at once", async () => {
    const t = await testApp();
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [await createCatalogEntry(t), await createCatalogEntry(t)];
      const responses = await Promise.all([requires(t, a.id, [b.id]), requires(t, b.id, [a.id])]);
      expect(statuses(responses)).toEqual([200, 400]);
      expect(responses.find((response) => response.statusCode === 400)?.json()).toMatchObject({
        type: "/problems/prerequisite-cycle",
      });
    }
    expect(await hasCycle(t.db)).toBe(false);
  });

  it("never store a cycle that three writers close together", async () => {
    const t = await testApp();
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b, c] = [
        await createCatalogEntry(t),
        await createCatalogEntry(t),
        await createCatalogEntry(t),
      ];
      const responses = await Promise.all([
        requires(t, a.id, [b.id]),
        requires(t, b.id, [c.id]),
        requires(t, c.id, [a.id]),
      ]);
      expect(statuses(responses)).toEqual([200, 200, 400]);
    }
    expect(await hasCycle(t.db)).toBe(false);
  });

  it("either delete an entry or let another require it, never both", async () => {
    const t = await testApp();
    for (let round = 0; round < ROUNDS; round++) {
      const [gone, other] = [await createCatalogEntry(t), await createCatalogEntry(t)];
      const [deleted, required] = await Promise.all([
        t.delete(`/api/v1/catalog/${gone.id}`),
        requires(t, other.id, [gone.id]),
      ]);
      const outcome = [deleted.statusCode, required.statusCode];
      expect([
        [204, 400],
        [409, 200],
      ]).toContainEqual(outcome);
      const stored = await t.db
        .selectFrom("catalog_prerequisites")
        .select("required_id")
        .where("catalog_id", "=", other.id)
        .execute();
      expect(stored.map((row) => row.required_id)).toEqual(outcome[0] === 204 ? [] : [gone.id]);
    }
  });
});

describe("a term or catalog entry deleted while a course joins it", { timeout: 60_000 }, () => {
  it("either deletes the term or lets the course join it, never leaving a course in a missing term", async () => {
    const t = await testApp();
    for (let round = 0; round < ROUNDS; round++) {
      const term = await createTerm(t);
      const [deleted, created] = await Promise.all([
        t.delete(`/api/v1/terms/${term.id}`),
        t.post("/api/v1/courses", courseInput({ term_id: term.id })),
      ]);
      expect([
        [204, 400],
        [409, 201],
      ]).toContainEqual([deleted.statusCode, created.statusCode]);
    }
    const orphans = await t.db
      .selectFrom("courses")
      .select("id")
      .where("term_id", "is not", null)
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom("terms").select("id").whereRef("terms.id", "=", "courses.term_id"))),
      )
      .execute();
    expect(orphans).toEqual([]);
  });

  it("either deletes the catalog entry or lets the course become its section", async () => {
    const t = await testApp();
    for (let round = 0; round < ROUNDS; round++) {
      const entry = await createCatalogEntry(t);
      const [deleted, created] = await Promise.all([
        t.delete(`/api/v1/catalog/${entry.id}`),
        t.post("/api/v1/courses", courseInput({ catalog_id: entry.id })),
      ]);
      expect([
        [204, 400],
        [409, 201],
      ]).toContainEqual([deleted.statusCode, created.statusCode]);
    }
  });
});

import { describe, expect, it } from "vitest";
import type { CatalogEntry } from "../../src/catalog/catalog.schema.ts";
import { testApp, type TestApp } from "../helpers/app.ts";
import { catalogInput, createCatalogEntry, createCourse } from "../helpers/factories.ts";
import { allPages } from "../helpers/lists.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

const requires = (t: TestApp, id: number, prerequisites: unknown) =>
  t.patch(`/api/v1/catalog/${id}`, { prerequisites });

describe("POST /api/v1/catalog", () => {
  it("creates an entry with trimmed text, no prerequisites and null defaults", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/catalog", { code: " CS101 ", title: " Intro to Programming " });
    expect(response.statusCode, response.body).toBe(201);
    const entry = response.json<CatalogEntry>();
    expect(response.headers.location).toBe(`/api/v1/catalog/${entry.id}`);
    expect(entry).toEqual({
      id: entry.id,
      code: "CS101",
      title: "Intro to Programming",
      description: null,
      credits: null,
      prerequisites: [],
      sourced_id: null,
      created_at: entry.created_at,
      updated_at: entry.created_at,
    });
  });

  it("stores prerequisites as an AND of OR-groups, answering them as given", async () => {
    const t = await testApp();
    const [a, b, c] = [await createCatalogEntry(t), await createCatalogEntry(t), await createCatalogEntry(t)];
    const prerequisites = [
      [{ catalog_id: a.id, min_grade: "C" }],
      [{ catalog_id: b.id }, { catalog_id: c.id, concurrent: true }],
    ];
    const response = await t.post("/api/v1/catalog", catalogInput({ credits: 4, prerequisites }));
    expect(response.statusCode, response.body).toBe(201);
    const entry = response.json<CatalogEntry>();
    expect(entry).toMatchObject({ credits: 4, prerequisites });
    expect((await t.get(`/api/v1/catalog/${entry.id}`)).json()).toEqual(entry);
  });

  it("answers concurrent: false as an item without concurrent", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t);
    const response = await t.post(
      "/api/v1/catalog",
      catalogInput({ prerequisites: [[{ catalog_id: a.id, concurrent: false }]] }),
    );
    expect(response.json<CatalogEntry>().prerequisites).toEqual([[{ catalog_id: a.id }]]);
  });

  it("refuses a prerequisite that does not exist, naming the item, and creates nothing", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t);
    const problem = expectFieldError(
      await t.post(
        "/api/v1/catalog",
        catalogInput({ prerequisites: [[{ catalog_id: a.id }], [{ catalog_id: 999 }]] }),
      ),
      "prerequisites.1.0.catalog_id",
    );
    expect(problem.errors).toEqual([
      { field: "prerequisites.1.0.catalog_id", message: "catalog entry 999 does not exist" },
    ]);
    expect((await t.get("/api/v1/catalog")).json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it("refuses the same entry twice in one group", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t);
    const body = catalogInput({
      prerequisites: [[{ catalog_id: a.id }, { catalog_id: a.id, min_grade: "B" }]],
    });
    expectFieldError(await t.post("/api/v1/catalog", body), "prerequisites.0.1.catalog_id");
  });

  it.each([
    ["an empty group", [[]], "prerequisites.0"],
    ["eleven groups", Array.from({ length: 11 }, () => [{ catalog_id: 1 }]), "prerequisites"],
    [
      "eleven items in a group",
      [Array.from({ length: 11 }, (_, i) => ({ catalog_id: i + 1 }))],
      "prerequisites.0",
    ],
    ["a failing minimum grade", [[{ catalog_id: 1, min_grade: "F" }]], "prerequisites.0.0.min_grade"],
    ["a pass/fail minimum grade", [[{ catalog_id: 1, min_grade: "P" }]], "prerequisites.0.0.min_grade"],
    ["an id as a string", [[{ catalog_id: "1" }]], "prerequisites.0.0.catalog_id"],
    ["an unknown item field", [[{ catalog_id: 1, grade: "C" }]], "prerequisites.0.0.grade"],
    ["a group that is not a list", [{ catalog_id: 1 }], "prerequisites.0"],
  ])("refuses %s with 400", async (_, prerequisites, field) => {
    const t = await testApp();
    await createCatalogEntry(t);
    expectFieldError(await t.post("/api/v1/catalog", catalogInput({ prerequisites })), field);
  });

  it("refuses a duplicate code in any letter case with 409 catalog-code-taken", async () => {
    const t = await testApp();
    await createCatalogEntry(t, { code: "CS201" });
    expectProblem(
      await t.post("/api/v1/catalog", catalogInput({ code: "cs201" })),
      409,
      "catalog-code-taken",
    );
  });

  it.each([
    ["credits", -1],
    ["credits", "4"],
    ["title", ""],
    ["code", "x".repeat(33)],
    ["description", 5],
  ])("refuses %s = %j with 400", async (field, value) => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/catalog", catalogInput({ [field]: value })), field);
  });
});

describe("prerequisite cycles", () => {
  it("refuses an entry that requires itself", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t, { code: "CS101" });
    const problem = expectProblem(
      await requires(t, a.id, [[{ catalog_id: a.id }]]),
      400,
      "prerequisite-cycle",
    );
    expect(problem.detail).toBe("CS101 cannot require itself");
  });

  it("refuses an entry that would require itself through others, showing the path", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t, { code: "CS101" });
    const b = await createCatalogEntry(t, { code: "CS201", prerequisites: [[{ catalog_id: a.id }]] });
    const c = await createCatalogEntry(t, { code: "CS301", prerequisites: [[{ catalog_id: b.id }]] });
    const before = (await t.get(`/api/v1/catalog/${a.id}`)).json<CatalogEntry>();

    const problem = expectProblem(
      await requires(t, a.id, [[{ catalog_id: c.id }, { catalog_id: 999_999 }]]),
      400,
      "validation",
    );
    expect(problem.errors?.[0]?.field).toBe("prerequisites.0.1.catalog_id");
    const cycle = expectProblem(await requires(t, a.id, [[{ catalog_id: c.id }]]), 400, "prerequisite-cycle");
    expect(cycle.detail).toBe(
      "CS101 cannot require CS301: CS301 already requires CS101 (CS301 → CS201 → CS101), so CS101 would require itself",
    );
    expect((await t.get(`/api/v1/catalog/${a.id}`)).json()).toEqual(before);
  });

  it("finds a cycle through any item of any group, including concurrent ones", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t);
    const b = await createCatalogEntry(t);
    const c = await createCatalogEntry(t, {
      prerequisites: [[{ catalog_id: b.id }, { catalog_id: a.id, concurrent: true }]],
    });
    expectProblem(
      await requires(t, a.id, [[{ catalog_id: b.id }], [{ catalog_id: c.id }]]),
      400,
      "prerequisite-cycle",
    );
  });

  it("allows a diamond: two entries that share a prerequisite", async () => {
    const t = await testApp();
    const base = await createCatalogEntry(t);
    const left = await createCatalogEntry(t, { prerequisites: [[{ catalog_id: base.id }]] });
    const right = await createCatalogEntry(t, { prerequisites: [[{ catalog_id: base.id }]] });
    const top = await createCatalogEntry(t);
    const response = await requires(t, top.id, [
      [{ catalog_id: left.id }],
      [{ catalog_id: right.id }, { catalog_id: base.id }],
    ]);
    expect(response.statusCode, response.body).toBe(200);
  });

  it("lets an entry drop its prerequisites with [] and keeps them when a patch leaves them out", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t);
    const b = await createCatalogEntry(t, { prerequisites: [[{ catalog_id: a.id }]] });
    const renamed = await t.patch(`/api/v1/catalog/${b.id}`, { title: "Renamed" });
    expect(renamed.json<CatalogEntry>().prerequisites).toEqual([[{ catalog_id: a.id }]]);
    expect((await requires(t, b.id, [])).json<CatalogEntry>().prerequisites).toEqual([]);
    expect((await requires(t, a.id, [[{ catalog_id: b.id }]])).statusCode).toBe(200);
  });
});

describe("DELETE /api/v1/catalog/{id}", () => {
  it("deletes an entry, and its own prerequisites with it", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t);
    const b = await createCatalogEntry(t, { prerequisites: [[{ catalog_id: a.id }]] });
    expect((await t.delete(`/api/v1/catalog/${b.id}`)).statusCode).toBe(204);
    expectProblem(await t.get(`/api/v1/catalog/${b.id}`), 404, "catalog-not-found");
    expect((await t.delete(`/api/v1/catalog/${a.id}`)).statusCode).toBe(204);
  });

  it("refuses while another entry requires it, naming those entries (409 catalog-is-required)", async () => {
    const t = await testApp();
    const a = await createCatalogEntry(t, { code: "MATH101" });
    await createCatalogEntry(t, {
      code: "PHYS101",
      prerequisites: [[{ catalog_id: a.id, concurrent: true }]],
    });
    await createCatalogEntry(t, { code: "CS201", prerequisites: [[{ catalog_id: a.id }]] });
    const problem = expectProblem(await t.delete(`/api/v1/catalog/${a.id}`), 409, "catalog-is-required");
    expect(problem.detail).toBe(
      `Catalog entry ${a.id} is a prerequisite of CS201, PHYS101; take it out of their prerequisites first`,
    );
  });

  it("refuses while a course is a section of it (409 catalog-has-courses)", async () => {
    const t = await testApp();
    const entry = await createCatalogEntry(t);
    await createCourse(t, { catalog_id: entry.id });
    expectProblem(await t.delete(`/api/v1/catalog/${entry.id}`), 409, "catalog-has-courses");
    expect((await t.get(`/api/v1/catalog/${entry.id}`)).statusCode).toBe(200);
  });

  it("answers 404 catalog-not-found for an entry that does not exist", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.delete("/api/v1/catalog/7"), 404, "catalog-not-found");
    expect(problem.detail).toBe("Catalog entry 7 does not exist");
  });
});

describe("GET /api/v1/catalog", () => {
  it("lists by code with their prerequisites, pages with Link headers and searches code and title", async () => {
    const t = await testApp();
    const codes = ["MATH201", "BIO101", "CS101", "CS201", "ART100"];
    const ids: number[] = [];
    for (const code of codes) {
      const prerequisites = ids.length > 0 ? [[{ catalog_id: ids[0] }]] : [];
      ids.push(
        (
          await createCatalogEntry(t, {
            code,
            title: code === "BIO101" ? "Cells" : `About ${code}`,
            prerequisites,
          })
        ).id,
      );
    }
    const pages = await allPages<CatalogEntry>(t, "/api/v1/catalog?limit=2");
    const listed = pages.flatMap((page) => page.data);
    expect(listed.map((entry) => entry.code)).toEqual(["ART100", "BIO101", "CS101", "CS201", "MATH201"]);
    expect(listed.find((entry) => entry.code === "CS201")?.prerequisites).toEqual([[{ catalog_id: ids[0] }]]);
    expect(listed.find((entry) => entry.code === "MATH201")?.prerequisites).toEqual([]);

    const search = (q: string) =>
      t.get(`/api/v1/catalog?q=${q}`).then((r) => r.json<{ data: CatalogEntry[] }>().data);
    expect((await search("cs")).map((entry) => entry.code)).toEqual(["CS101", "CS201"]);
    expect((await search("CELL")).map((entry) => entry.code)).toEqual(["BIO101"]);
    const byTitle = (await t.get("/api/v1/catalog?sort=-title")).json<{ data: CatalogEntry[] }>().data;
    expect(byTitle[0]?.title).toBe("Cells");
  });
});

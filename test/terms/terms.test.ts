import { describe, expect, it } from "vitest";
import type { Term } from "../../src/terms/term.schema.ts";
import { testApp } from "../helpers/app.ts";
import { createCourse, createTerm, termInput } from "../helpers/factories.ts";
import { allPages } from "../helpers/lists.ts";
import { expectFieldError, expectProblem } from "../helpers/problem.ts";

describe("POST /api/v1/terms", () => {
  it("creates a term with trimmed text, null defaults and its location", async () => {
    const t = await testApp();
    const response = await t.post("/api/v1/terms", {
      code: " 2027SP ",
      name: " Spring 2027\t",
      starts_on: "2027-01-18",
      ends_on: "2027-05-14",
    });
    expect(response.statusCode, response.body).toBe(201);
    const term = response.json<Term>();
    expect(response.headers.location).toBe(`/api/v1/terms/${term.id}`);
    expect(term).toEqual({
      id: term.id,
      code: "2027SP",
      name: "Spring 2027",
      starts_on: "2027-01-18",
      ends_on: "2027-05-14",
      registration_opens_at: null,
      registration_closes_at: null,
      add_drop_ends_on: null,
      max_credits: null,
      sourced_id: null,
      created_at: term.created_at,
      updated_at: term.created_at,
    });
    expect((await t.get(`/api/v1/terms/${term.id}`)).json()).toEqual(term);
  });

  it("stores the registration window in UTC, the add/drop deadline and the credit limit", async () => {
    const t = await testApp();
    const response = await t.post(
      "/api/v1/terms",
      termInput({
        registration_opens_at: "2026-11-30T15:00:00+01:00",
        registration_closes_at: "2027-01-25T23:59:59.5Z",
        add_drop_ends_on: "2027-01-29",
        max_credits: 18,
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      registration_opens_at: "2026-11-30T14:00:00.000Z",
      registration_closes_at: "2027-01-25T23:59:59.500Z",
      add_drop_ends_on: "2027-01-29",
      max_credits: 18,
    });
  });

  it("accepts a term of a single day", async () => {
    const t = await testApp();
    const response = await t.post(
      "/api/v1/terms",
      termInput({ starts_on: "2027-06-01", ends_on: "2027-06-01" }),
    );
    expect(response.statusCode, response.body).toBe(201);
  });

  it("refuses a term that ends before it starts, naming ends_on", async () => {
    const t = await testApp();
    const problem = expectFieldError(
      await t.post("/api/v1/terms", termInput({ starts_on: "2027-01-18", ends_on: "2027-01-17" })),
      "ends_on",
    );
    expect(problem.errors).toEqual([{ field: "ends_on", message: "must not be before starts_on" }]);
    expect((await t.get("/api/v1/terms")).json()).toEqual({ data: [], next_cursor: null });
  });

  it("refuses an add/drop deadline after the term ends", async () => {
    const t = await testApp();
    expectFieldError(
      await t.post("/api/v1/terms", termInput({ add_drop_ends_on: "2027-05-15" })),
      "add_drop_ends_on",
    );
  });

  it("refuses a registration window that closes before (or when) it opens", async () => {
    const t = await testApp();
    for (const closes of ["2026-11-30T13:59:59Z", "2026-11-30T14:00:00Z"]) {
      const body = termInput({
        registration_opens_at: "2026-11-30T14:00:00Z",
        registration_closes_at: closes,
      });
      expectFieldError(await t.post("/api/v1/terms", body), "registration_closes_at");
    }
  });

  it("reports every rule a term breaks at once", async () => {
    const t = await testApp();
    const problem = expectProblem(
      await t.post(
        "/api/v1/terms",
        termInput({
          starts_on: "2027-02-01",
          ends_on: "2027-01-01",
          add_drop_ends_on: "2027-03-01",
          registration_opens_at: "2027-01-01T00:00:00Z",
          registration_closes_at: "2026-01-01T00:00:00Z",
        }),
      ),
      400,
      "validation",
    );
    expect(problem.errors?.map((error) => error.field)).toEqual([
      "ends_on",
      "add_drop_ends_on",
      "registration_closes_at",
    ]);
  });

  it.each([
    ["starts_on", "2027-02-30"],
    ["starts_on", "2027-1-18"],
    ["ends_on", "0999-05-14"],
    ["ends_on", "2027-05-14T00:00:00Z"],
    ["add_drop_ends_on", "tomorrow"],
    ["registration_opens_at", "2026-11-30"],
    ["registration_opens_at", "2026-11-30T14:00:00"],
    ["registration_opens_at", "2026-12-31T23:59:60Z"],
    ["registration_closes_at", "0001-01-01T00:00:00Z"],
    ["max_credits", 0],
    ["max_credits", -3],
    ["max_credits", "18"],
    ["code", ""],
    ["code", "x".repeat(33)],
    ["name", "   "],
  ])("refuses %s = %j with 400 naming it", async (field, value) => {
    const t = await testApp();
    expectFieldError(await t.post("/api/v1/terms", termInput({ [field]: value })), field);
  });

  it("refuses a missing date and an unknown field", async () => {
    const t = await testApp();
    const { ends_on: _, ...withoutEnd } = termInput();
    expectFieldError(await t.post("/api/v1/terms", withoutEnd), "ends_on");
    expectFieldError(await t.post("/api/v1/terms", termInput({ starts: "2027-01-01" })), "starts");
  });

  it("refuses a duplicate code in any letter case with 409 term-code-taken", async () => {
    const t = await testApp();
    await createTerm(t, { code: "2027SP" });
    const problem = expectProblem(
      await t.post("/api/v1/terms", termInput({ code: " 2027sp " })),
      409,
      "term-code-taken",
    );
    expect(problem.errors).toEqual([{ field: "code", message: "is already taken" }]);
  });
});

describe("GET /api/v1/terms/{id}", () => {
  it("answers 404 term-not-found for a term that does not exist, and 400 for an id that is not one", async () => {
    const t = await testApp();
    const problem = expectProblem(await t.get("/api/v1/terms/42"), 404, "term-not-found");
    expect(problem.detail).toBe("Term 42 does not exist");
    expectProblem(await t.get("/api/v1/terms/042"), 400, "validation");
  });
});

describe("PATCH /api/v1/terms/{id}", () => {
  it("changes the given fields only and moves updated_at", async () => {
    const t = await testApp();
    const term = await createTerm(t, { max_credits: 18 });
    const response = await t.patch(`/api/v1/terms/${term.id}`, { name: "Spring term", max_credits: null });
    expect(response.statusCode, response.body).toBe(200);
    const changed = response.json<Term>();
    expect(changed).toMatchObject({
      ...term,
      name: "Spring term",
      max_credits: null,
      updated_at: changed.updated_at,
    });
    expect(changed.updated_at > term.updated_at).toBe(true);
  });

  it("checks the dates as they would be after the change", async () => {
    const t = await testApp();
    const term = await createTerm(t, {
      starts_on: "2027-01-18",
      ends_on: "2027-05-14",
      add_drop_ends_on: "2027-01-29",
    });
    expectFieldError(
      await t.patch(`/api/v1/terms/${term.id}`, { ends_on: "2027-01-20" }),
      "add_drop_ends_on",
    );
    expectFieldError(await t.patch(`/api/v1/terms/${term.id}`, { starts_on: "2027-06-01" }), "ends_on");
    expect((await t.get(`/api/v1/terms/${term.id}`)).json()).toMatchObject({ ends_on: "2027-05-14" });
    const moved = await t.patch(`/api/v1/terms/${term.id}`, { ends_on: "2027-01-29" });
    expect(moved.statusCode, moved.body).toBe(200);
  });

  it("refuses an empty patch, a taken code and a term that does not exist", async () => {
    const t = await testApp();
    const [first, second] = [await createTerm(t), await createTerm(t)];
    expectProblem(await t.patch(`/api/v1/terms/${first.id}`, {}), 400, "validation");
    expectProblem(
      await t.patch(`/api/v1/terms/${second.id}`, { code: first.code.toLowerCase() }),
      409,
      "term-code-taken",
    );
    expectProblem(await t.patch("/api/v1/terms/999", { name: "X" }), 404, "term-not-found");
  });
});

describe("DELETE /api/v1/terms/{id}", () => {
  it("deletes a term without courses", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    expect((await t.delete(`/api/v1/terms/${term.id}`)).statusCode).toBe(204);
    expectProblem(await t.get(`/api/v1/terms/${term.id}`), 404, "term-not-found");
    expectProblem(await t.delete(`/api/v1/terms/${term.id}`), 404, "term-not-found");
  });

  it("refuses to delete a term while a course belongs to it, with 409 term-has-courses", async () => {
    const t = await testApp();
    const term = await createTerm(t);
    const course = await createCourse(t, { term_id: term.id });
    const other = await createCourse(t, { term_id: term.id });
    const problem = expectProblem(await t.delete(`/api/v1/terms/${term.id}`), 409, "term-has-courses");
    expect(problem.detail).toBe(`Term ${term.id} has 2 courses; move or delete them first`);
    expect((await t.get(`/api/v1/terms/${term.id}`)).statusCode).toBe(200);

    await t.patch(`/api/v1/courses/${course.id}`, { term_id: null });
    expect((await t.delete(`/api/v1/courses/${other.id}`)).statusCode).toBe(204);
    expect((await t.delete(`/api/v1/terms/${term.id}`)).statusCode).toBe(204);
  });
});

describe("GET /api/v1/terms", () => {
  it("lists terms by start date, pages them with Link headers and searches code and name", async () => {
    const t = await testApp();
    const starts = ["2027-08-23", "2026-08-24", "2027-01-18", "2027-01-18", "2028-01-17"];
    for (const [n, starts_on] of starts.entries()) {
      await createTerm(t, {
        code: `T${n}`,
        name: n === 4 ? "Spring 2028" : `Term ${n}`,
        starts_on,
        ends_on: "2028-12-31",
      });
    }
    const pages = await allPages<Term>(t, "/api/v1/terms?limit=2");
    expect(pages.map((page) => page.data.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((page) => page.data.map((term) => term.code))).toEqual([
      "T1",
      "T2",
      "T3",
      "T0",
      "T4",
    ]);

    const byName = (await t.get("/api/v1/terms?sort=-name")).json<{ data: Term[] }>().data;
    expect(byName.map((term) => term.name)).toEqual(["Term 3", "Term 2", "Term 1", "Term 0", "Spring 2028"]);
    const found = (await t.get("/api/v1/terms?q=SPRING")).json<{ data: Term[] }>().data;
    expect(found.map((term) => term.code)).toEqual(["T4"]);
    expect(
      (await t.get("/api/v1/terms?q=t3")).json<{ data: Term[] }>().data.map((term) => term.code),
    ).toEqual(["T3"]);
  });

  it.each(["ends_on", "max_credits", "-created_at"])("refuses sort=%s with 400", async (sort) => {
    const t = await testApp();
    expectFieldError(await t.get(`/api/v1/terms?sort=${sort}`), "sort");
  });

  it("refuses a cursor from another list", async () => {
    const t = await testApp();
    await createCourse(t);
    await createCourse(t);
    const { next_cursor } = (await t.get("/api/v1/courses?limit=1")).json<{ next_cursor: string }>();
    expectFieldError(await t.get(`/api/v1/terms?cursor=${next_cursor}`), "cursor");
  });
});

import { describe, expect, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserApp,
  openBrowserAppAs,
  type BrowserApp,
  type CatalogEntry,
} from "./browser-app.ts";

const isFocused = (element: HTMLElement | SVGElement) => element === document.activeElement;

type Prerequisites = { catalog_id: number; min_grade?: string; concurrent?: true }[][];

const addEntry = (app: BrowserApp, code: string, title: string, fields: object = {}) =>
  app.api<CatalogEntry>("POST", "/api/v1/catalog", { code, title, ...fields });

describe("the catalog in the browser", () => {
  it("creates an entry with prerequisite groups picked by code, and shows them in words", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const cs101 = await addEntry(app, "CS101", "Introduction to Programming", { credits: 4 });
    const cs102 = await addEntry(app, "CS102", "Programming Studio");
    const math100 = await addEntry(app, "MATH100", "Precalculus");

    await app.open("/catalog");
    expect(await page.title()).toBe("Catalog · Registrar");
    const form = page.getByRole("form", { name: "New catalog entry" });
    await form.getByRole("textbox", { name: "Code" }).fill("CS201");
    await form.getByRole("textbox", { name: "Title" }).fill("Data Structures");
    await form.getByRole("spinbutton", { name: "Credits" }).fill("4");

    await form.getByRole("button", { name: "Add a prerequisite group" }).click();
    const find = form.getByRole("searchbox", { name: "Find the required course" });
    await expect.poll(() => find.evaluate(isFocused)).toBe(true);
    await find.pressSequentially("cs1", { delay: 20 });
    await expectCount(form.getByRole("list", { name: "Matching catalog entries" }).getByRole("listitem"), 2);
    await form.getByRole("button", { name: "Choose CS101" }).click();
    const first = form.getByRole("group", { name: "CS101" });
    const grade = first.getByRole("combobox", { name: "Minimum grade" });
    await expect.poll(() => grade.evaluate(isFocused)).toBe(true);
    await grade.selectOption("C");

    await form.getByRole("button", { name: "Add a prerequisite group" }).click();
    await form.getByRole("searchbox", { name: "Find the required course" }).fill("CS102");
    await form.getByRole("button", { name: "Choose CS102" }).click();
    await form.getByRole("button", { name: "Add an alternative to group 2" }).click();
    const alternative = form.getByRole("searchbox", { name: "Add an alternative to group 2" });
    await alternative.fill("CS102");
    await expectText(form.getByRole("list", { name: "Matching catalog entries" }), "In this group");
    await alternative.fill("math");
    await form.getByRole("button", { name: "Choose MATH100" }).click();
    await form
      .getByRole("group", { name: "MATH100" })
      .getByRole("checkbox", { name: "May be taken concurrently" })
      .check();
    await app.expectAccessible("the prerequisites editor");

    // Enter in a search box picks nothing and submits nothing.
    await form.getByRole("button", { name: "Add a prerequisite group" }).click();
    await form.getByRole("searchbox", { name: "Find the required course" }).press("Enter");
    await form.getByRole("button", { name: "Cancel" }).click();
    await expect
      .poll(() => form.getByRole("button", { name: "Add a prerequisite group" }).evaluate(isFocused))
      .toBe(true);

    await form.getByRole("button", { name: "Add entry" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "CS201 Data Structures");
    const list = page.getByRole("list", { name: "Prerequisites" });
    await expectText(list.getByRole("listitem").nth(0), "CS101 (C or better)");
    await expectText(
      list.getByRole("listitem").nth(1),
      "One of CS102 or MATH100 (may be taken concurrently)",
    );
    await expectText(page.getByText("No sections of CS201 yet."), "No sections");
    await app.expectAccessible("a catalog entry's page");

    const [created] = (
      await app.api<{ data: (CatalogEntry & { prerequisites: Prerequisites })[] }>(
        "GET",
        "/api/v1/catalog?q=CS201",
      )
    ).data;
    expect(created?.prerequisites).toEqual([
      [{ catalog_id: cs101.id, min_grade: "C" }],
      [{ catalog_id: cs102.id }, { catalog_id: math100.id, concurrent: true }],
    ]);

    await list.getByRole("link", { name: "CS101" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "CS101 Introduction to Programming");
  });

  it("refuses a taken code and a blank title next to their fields, and searches by code", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of (400|409)/);
    await addEntry(app, "CS101", "Introduction to Programming");
    await addEntry(app, "MATH100", "Precalculus");

    await app.open("/catalog");
    const form = page.getByRole("form", { name: "New catalog entry" });
    await form.getByRole("textbox", { name: "Code" }).fill("cs101");
    await form.getByRole("textbox", { name: "Title" }).fill("  ");
    await form.getByRole("button", { name: "Add entry" }).click();
    await expectText(form.getByText(/^Title must/), "Title must be 1–200 characters after trimming");
    await form.getByRole("textbox", { name: "Title" }).fill("Again");
    await form.getByRole("button", { name: "Add entry" }).click();
    await expectText(form.getByText(/Code is already taken/), "Code is already taken");
    await expectCount(form.getByText(/^Title must/), 0);

    await page.getByRole("searchbox", { name: "Search the catalog" }).fill("math");
    const rows = page.getByRole("table", { name: /Catalog/ }).getByRole("row");
    await expectCount(rows, 2);
    await expectText(rows.nth(1), "MATH100 Precalculus");
  });

  it("shows the API's cycle when an entry would require itself", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 400/);
    const cs101 = await addEntry(app, "CS101", "Introduction to Programming");
    await addEntry(app, "CS201", "Data Structures", { prerequisites: [[{ catalog_id: cs101.id }]] });

    await app.open(`/catalog/${cs101.id}`);
    await page.getByRole("button", { name: "Edit entry" }).click();
    const form = page.getByRole("form", { name: "Edit catalog entry" });
    await form.getByRole("button", { name: "Add a prerequisite group" }).click();
    const find = form.getByRole("searchbox", { name: "Find the required course" });
    await find.fill("CS1");
    await expectText(form.getByRole("list", { name: "Matching catalog entries" }), "This entry");
    await expectCount(form.getByRole("button", { name: "Choose CS101" }), 0);
    await find.fill("CS2");
    await form.getByRole("button", { name: "Choose CS201" }).click();
    await form.getByRole("button", { name: "Save changes" }).click();

    await expectText(form.getByRole("alert"), "These prerequisites would make the entry require itself");
    const prerequisites = form.getByRole("group", { name: /Prerequisites/ });
    await expectText(
      prerequisites,
      "CS101 cannot require CS201: CS201 already requires CS101 (CS201 → CS101), so CS101 would require itself",
    );
    expect(await prerequisites.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => prerequisites.evaluate(isFocused)).toBe(true);
    await app.expectAccessible("a prerequisite cycle");

    await form.getByRole("button", { name: "Remove CS201 from group 1" }).click();
    await expect
      .poll(() => form.getByRole("button", { name: "Add a prerequisite group" }).evaluate(isFocused))
      .toBe(true);
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectCount(form, 0);
    await expectText(page.getByRole("definition").filter({ hasText: "None." }), "None.");
  });

  it("explains why an entry with sections, or one that others require, cannot be deleted", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 409/);
    const cs101 = await addEntry(app, "CS101", "Introduction to Programming");
    const cs201 = await addEntry(app, "CS201", "Data Structures", {
      prerequisites: [[{ catalog_id: cs101.id }]],
    });
    const section = await app.api<{ id: number }>("POST", "/api/v1/courses", {
      code: "CS101-01",
      title: "Intro, section 1",
      catalog_id: cs101.id,
    });

    await app.open(`/catalog/${cs101.id}`);
    await expectText(page.getByRole("table", { name: "Sections of CS101" }), "CS101-01");
    await page.getByRole("button", { name: "Delete catalog entry" }).click();
    await page.getByRole("button", { name: "Yes, delete CS101" }).click();
    await expectText(
      page.getByRole("alert"),
      "CS101 was not deleted. This catalog entry has a course (sections); delete it or move it to another entry first.",
    );

    await app.api("DELETE", `/api/v1/courses/${section.id}`);
    await app.open(`/catalog/${cs101.id}`);
    await page.getByRole("button", { name: "Delete catalog entry" }).click();
    await page.getByRole("button", { name: "Yes, delete CS101" }).click();
    await expectText(
      page.getByRole("alert"),
      "CS101 was not deleted. This catalog entry is a prerequisite of CS201; take it out of their prerequisites first.",
    );
    await app.expectAccessible("a refused deletion of a catalog entry");

    await app.api("PATCH", `/api/v1/catalog/${cs201.id}`, { prerequisites: [] });
    await app.open(`/catalog/${cs101.id}`);
    await page.getByRole("button", { name: "Delete catalog entry" }).click();
    await page.getByRole("button", { name: "Yes, delete CS101" }).click();
    await expectText(page.getByRole("status"), "Deleted catalog entry CS101.");
    await expectCount(page.getByRole("table", { name: /Catalog/ }).getByRole("row"), 2);
  });

  it("shows a viewer the catalog without any control that changes it", async () => {
    const app = await openBrowserAppAs("viewer");
    const { page } = app;
    const cs101 = await addEntry(app, "CS101", "Introduction to Programming");
    await addEntry(app, "CS201", "Data Structures", {
      credits: 4,
      prerequisites: [[{ catalog_id: cs101.id, min_grade: "B-" }]],
    });

    await app.open("/catalog");
    const main = page.getByRole("main");
    await expectText(page.getByRole("table", { name: /Catalog/ }), "CS201 Data Structures");
    await expectCount(main.getByRole("form"), 0);
    await expectCount(main.getByRole("button"), 0);
    await app.expectAccessible("the catalog for a viewer");
    await page.getByRole("link", { name: /CS201/ }).click();
    await expectText(page.getByRole("list", { name: "Prerequisites" }), "CS101 (B- or better)");
    await expectCount(main.getByRole("button"), 0);
    await app.expectAccessible("a catalog entry for a viewer");
  });
});

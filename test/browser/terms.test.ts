import { describe, expect, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserApp,
  openBrowserAppAs,
  type BrowserApp,
  type Course,
  type Term,
} from "./browser-app.ts";

const isFocused = (element: HTMLElement | SVGElement) => element === document.activeElement;

const spring = { code: "2027SP", name: "Spring 2027", starts_on: "2027-01-18", ends_on: "2027-05-14" };

const addTerm = (app: BrowserApp, term: object) => app.api<Term>("POST", "/api/v1/terms", term);

describe("terms in the browser", () => {
  it("creates a term, with the API's date and code errors next to the fields", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of (400|409)/);
    await addTerm(app, spring);

    await app.open("/terms");
    expect(await page.title()).toBe("Terms · Registrar");
    await expectText(page.getByRole("table", { name: /Terms/ }), "2027SP Spring 2027");
    const form = page.getByRole("form", { name: "New term" });
    await form.getByRole("textbox", { name: "Code" }).fill("2027FA");
    await form.getByRole("textbox", { name: "Name" }).fill("Fall 2027");
    await form.getByLabel("Starts on").fill("2027-09-01");
    await form.getByLabel("Ends on", { exact: true }).fill("2027-08-01");
    await form.getByLabel("Add/drop ends on").fill("2027-12-24");
    await form.getByRole("button", { name: "Add term" }).click();

    await expectText(form.getByRole("alert"), "Please correct the fields marked below.");
    const endsOn = form.getByLabel("Ends on", { exact: true });
    expect(await endsOn.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => endsOn.evaluate(isFocused)).toBe(true);
    await expectText(form.getByText(/^Ends on must/), "Ends on must not be before the start date");
    await expectText(
      form.getByText(/^Add\/drop ends on must/),
      "Add/drop ends on must not be after the end date",
    );
    expect(await form.getByLabel("Starts on").getAttribute("aria-invalid")).toBeNull();
    await app.expectAccessible("the new term form with field errors");

    await endsOn.fill("2027-12-17");
    await form.getByLabel("Add/drop ends on").fill("");
    await form.getByRole("textbox", { name: "Code" }).fill("2027sp");
    await form.getByRole("button", { name: "Add term" }).click();
    await expectText(form.getByText(/Code is already taken/), "Code is already taken");
    await expectCount(form.getByText(/Ends on must/), 0);

    await form.getByRole("textbox", { name: "Code" }).fill("2027FA");
    await form.getByLabel("Registration opens").fill("2027-04-01T09:00");
    await form.getByRole("spinbutton", { name: "Maximum credits" }).fill("18");
    await form.getByRole("button", { name: "Add term" }).click();
    const heading = page.getByRole("heading", { level: 1 });
    await expectText(heading, "2027FA Fall 2027");
    expect(await page.title()).toBe("2027FA Fall 2027 · Registrar");
    await expectText(page.getByRole("definition").first(), "Sep 1, 2027 – Dec 17, 2027");
    await expectText(page.locator(".facts"), /Registration opens\s*Apr 1, 2027, 9:00 AM/);
    await expectText(page.locator(".facts"), /Maximum credits\s*18/);
    await expectText(page.getByText("No courses in 2027FA yet."), "No courses");
    await app.expectAccessible("a term's page");

    const stored = await app.api<{ data: (Term & { registration_opens_at: string })[] }>(
      "GET",
      "/api/v1/terms?q=2027FA",
    );
    expect(stored.data[0]?.registration_opens_at).toBe("2027-04-01T09:00:00.000Z");
  });

  it("lists terms newest first and finds them by code or name", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await addTerm(app, spring);
    await addTerm(app, { code: "2026FA", name: "Fall 2026", starts_on: "2026-09-01", ends_on: "2026-12-18" });
    await addTerm(app, {
      code: "2027SU",
      name: "Summer 2027",
      starts_on: "2027-06-01",
      ends_on: "2027-08-13",
    });

    await app.open("/terms");
    const rows = page.getByRole("table", { name: /Terms/ }).getByRole("row");
    await expectCount(rows, 4);
    await expectText(rows.nth(1), "2027SU");
    await expectText(rows.nth(3), "2026FA");

    await page.getByRole("searchbox", { name: "Search terms" }).fill("fall");
    await expectCount(rows, 2);
    await expectText(rows.nth(1), "2026FA Fall 2026");
    expect(page.url()).toMatch(/\?q=fall$/);
    await page.getByRole("searchbox", { name: "Search terms" }).fill("winter");
    await expectText(page.getByText(/No terms match/), "No terms match “winter”.");
    await app.expectAccessible("a term search without results");
  });

  it("edits a term, with the API's errors in the edit form, and puts the focus back", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 400/);
    const term = await addTerm(app, { ...spring, registration_opens_at: "2026-11-30T14:00:00Z" });

    await app.open(`/terms/${term.id}`);
    await page.getByRole("button", { name: "Edit term" }).click();
    const form = page.getByRole("form", { name: "Edit term" });
    expect(await form.getByLabel("Registration opens").inputValue()).toBe("2026-11-30T14:00");
    await form.getByLabel("Registration closes").fill("2026-11-01T12:00");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(
      form.getByText(/^Registration closes must/),
      "Registration closes must be after the time registration opens",
    );
    await app.expectAccessible("the edit term form with an error");

    await form.getByLabel("Registration closes").fill("2027-01-29T17:00");
    await form.getByRole("textbox", { name: "Name" }).fill("Spring semester 2027");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "2027SP Spring semester 2027");
    await expectCount(form, 0);
    await expect.poll(() => page.getByRole("button", { name: "Edit term" }).evaluate(isFocused)).toBe(true);
    await expectText(page.locator(".facts"), /Registration closes\s*Jan 29, 2027, 5:00 PM/);
    const stored = await app.api<Term & { registration_opens_at: string }>("GET", `/api/v1/terms/${term.id}`);
    expect(stored.name).toBe("Spring semester 2027");
    expect(stored.registration_opens_at).toBe("2026-11-30T14:00:00.000Z");
  });

  it("explains why a term that still has courses cannot be deleted, then deletes it once they are gone", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 409/);
    const term = await addTerm(app, spring);
    const courses: Course[] = [];
    for (const code of ["CS101-01", "CS101-02"]) {
      courses.push(
        await app.api<Course>("POST", "/api/v1/courses", { code, title: "Intro", term_id: term.id }),
      );
    }

    await app.open(`/terms/${term.id}`);
    await expectCount(page.getByRole("table", { name: "Courses in 2027SP" }).getByRole("row"), 3);
    await page.getByRole("button", { name: "Delete term" }).click();
    const question = page.getByRole("group", { name: /Delete term 2027SP\?/ });
    await expectText(question, "This cannot be undone.");
    const confirm = question.getByRole("button", { name: "Yes, delete 2027SP" });
    await expect.poll(() => confirm.evaluate(isFocused)).toBe(true);
    await app.expectAccessible("the question before deleting a term");
    await confirm.click();

    const alert = page.getByRole("alert");
    await expectText(alert, "2027SP was not deleted. This term has 2 courses; move or delete them first.");
    await expect.poll(() => page.getByRole("button", { name: "Delete term" }).evaluate(isFocused)).toBe(true);
    await app.expectAccessible("a refused deletion");
    await alert.getByRole("link", { name: "See the courses in 2027SP" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Courses");
    expect(new URL(page.url()).search).toBe(`?term_id=${term.id}`);
    await expectCount(page.getByRole("table", { name: /Courses in 2027SP/ }).getByRole("row"), 3);

    for (const course of courses) await app.api("DELETE", `/api/v1/courses/${course.id}`);
    await app.open(`/terms/${term.id}`);
    await page.getByRole("button", { name: "Delete term" }).click();
    await page.getByRole("button", { name: "Yes, delete 2027SP" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Terms");
    await expectText(page.getByRole("status"), "Deleted term 2027SP.");
    await expectText(page.getByText(/No terms yet/), "No terms yet: add the first one.");
    expect(new URL(page.url()).pathname).toBe("/terms");
  });

  it("keeps the question and the term when the deletion is cancelled", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const term = await addTerm(app, spring);

    await app.open(`/terms/${term.id}`);
    await page.getByRole("button", { name: "Delete term" }).click();
    await page.getByRole("button", { name: "Keep it" }).click();
    await expectCount(page.getByRole("group", { name: /Delete term/ }), 0);
    await expect.poll(() => page.getByRole("button", { name: "Delete term" }).evaluate(isFocused)).toBe(true);
    await app.api("GET", `/api/v1/terms/${term.id}`);
  });

  it("shows a viewer the terms without any control that changes them", async () => {
    const app = await openBrowserAppAs("viewer");
    const { page } = app;
    const term = await addTerm(app, spring);

    await app.open("/terms");
    const main = page.getByRole("main");
    await expectText(page.getByRole("table", { name: /Terms/ }), "2027SP");
    await expectCount(main.getByRole("form"), 0);
    await expectCount(main.getByRole("button"), 0);
    await app.expectAccessible("the terms page for a viewer");

    await page.getByRole("link", { name: /2027SP/ }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "2027SP Spring 2027");
    await expectText(page.getByText("No courses in 2027SP yet."), "No courses");
    await expectCount(main.getByRole("button"), 0);
    expect(new URL(page.url()).pathname).toBe(`/terms/${term.id}`);
    await app.expectAccessible("a term's page for a viewer");
  });
});

import { describe, expect, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserApp,
  openBrowserAppAs,
  type BrowserApp,
  type Course,
  type Instructor,
} from "./browser-app.ts";

const isFocused = (element: HTMLElement | SVGElement) => element === document.activeElement;

const addInstructor = (app: BrowserApp, first_name: string, last_name: string, email: string) =>
  app.api<Instructor>("POST", "/api/v1/instructors", { first_name, last_name, email });

describe("instructors in the browser", () => {
  it("creates an instructor from the header's link, refusing a taken email next to its field", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of (400|409)/);
    await addInstructor(app, "Grace", "Hopper", "grace@example.edu");

    await app.open("/students");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructors" }).click();
    const heading = page.getByRole("heading", { level: 1 });
    await expectText(heading, "Instructors");
    await expect.poll(() => heading.evaluate(isFocused)).toBe(true);
    expect(await page.title()).toBe("Instructors · Registrar");
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructors" });
    expect(await link.getAttribute("aria-current")).toBe("page");

    const form = page.getByRole("form", { name: "New instructor" });
    await form.getByRole("textbox", { name: "First name" }).fill("Edsger");
    await form.getByRole("textbox", { name: "Last name" }).fill("Dijkstra");
    await form.getByRole("textbox", { name: "Email" }).fill("GRACE@example.edu");
    await form.getByRole("button", { name: "Add instructor" }).click();
    await expectText(form.getByText(/Email is already taken/), "Email is already taken");
    const email = form.getByRole("textbox", { name: "Email" });
    await expect.poll(() => email.evaluate(isFocused)).toBe(true);
    await app.expectAccessible("the new instructor form with an error");

    await email.fill("not-an-email");
    await form.getByRole("button", { name: "Add instructor" }).click();
    await expectText(form.getByText(/Email must be/), "Email must be a valid email");

    await email.fill("edsger@example.edu");
    await form.getByRole("button", { name: "Add instructor" }).click();
    await expectText(heading, "Edsger Dijkstra");
    await expectText(page.getByRole("main"), "edsger@example.edu");
    await app.expectAccessible("an instructor's page");
  });

  it("searches instructors by name or email", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await addInstructor(app, "Grace", "Hopper", "grace@example.edu");
    await addInstructor(app, "Barbara", "Liskov", "liskov@mit.example");

    await app.open("/instructors");
    const rows = page.getByRole("table", { name: /Instructors/ }).getByRole("row");
    await expectCount(rows, 3);
    await expectText(rows.nth(1), "Hopper, Grace");
    await page.getByRole("searchbox", { name: "Search instructors" }).fill("mit.example");
    await expectCount(rows, 2);
    await expectText(rows.nth(1), "Liskov, Barbara");
    await page.getByRole("searchbox", { name: "Search instructors" }).fill("knuth");
    await expectText(page.getByText(/No instructors match/), "No instructors match “knuth”.");
  });

  it("edits an instructor and deletes one, taking them off the courses they teach", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 409/);
    await addInstructor(app, "Alan", "Turing", "alan@example.edu");
    const grace = await addInstructor(app, "Grace", "Hoper", "grace@example.edu");
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "CS101",
      title: "Intro",
      instructor_ids: [grace.id],
    });

    await app.open(`/instructors/${grace.id}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Edit instructor" });
    await form.getByRole("textbox", { name: "Email" }).fill("alan@example.edu");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(form.getByText(/Email is already taken/), "Email is already taken");
    await form.getByRole("textbox", { name: "Email" }).fill("grace@example.edu");
    await form.getByRole("textbox", { name: "Last name" }).fill("Hopper");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Grace Hopper");
    await expect
      .poll(() => page.getByRole("button", { name: "Edit details" }).evaluate(isFocused))
      .toBe(true);

    await page.getByRole("button", { name: "Delete instructor" }).click();
    const question = page.getByRole("group", { name: /Delete instructor Grace Hopper\?/ });
    await expectText(question, "They are taken off every course they teach.");
    await question.getByRole("button", { name: "Yes, delete Grace Hopper" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Instructors");
    await expectText(page.getByRole("status"), "Deleted instructor Grace Hopper.");
    await expectCount(page.getByRole("table", { name: /Instructors/ }).getByRole("row"), 2);
    const taught = await app.api<Course & { instructor_ids: number[] }>(
      "GET",
      `/api/v1/courses/${course.id}`,
    );
    expect(taught.instructor_ids).toEqual([]);
  });

  it("shows a viewer the instructors without any control that changes them", async () => {
    const app = await openBrowserAppAs("viewer");
    const { page } = app;
    await addInstructor(app, "Grace", "Hopper", "grace@example.edu");

    await app.open("/instructors");
    const main = page.getByRole("main");
    await expectText(page.getByRole("table", { name: /Instructors/ }), "Hopper, Grace");
    await expectCount(main.getByRole("form"), 0);
    await expectCount(main.getByRole("button"), 0);
    await app.expectAccessible("the instructors page for a viewer");
    await page.getByRole("link", { name: "Hopper, Grace" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Grace Hopper");
    await expectCount(main.getByRole("button"), 0);
  });
});

import { describe, expect, it } from "vitest";
import { expectCount, expectText, openBrowserApp, type Student } from "./browser-app.ts";

const isFocused = (element: HTMLElement | SVGElement) => element === document.activeElement;

describe("students in the browser", () => {
  it("searches as you type and pages through the results with next and previous", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    for (let number = 1; number <= 25; number++) {
      const padded = String(number).padStart(2, "0");
      await app.api("POST", "/api/v1/students", {
        first_name: `Student${padded}`,
        last_name: `Keyset${padded}`,
        email: `keyset${padded}@example.edu`,
      });
    }
    await app.api("POST", "/api/v1/students", {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.edu",
    });

    await app.open("/students");
    const results = page.getByRole("table", { name: /Students/ });
    const rows = results.getByRole("row");
    await expectCount(rows, 21);
    await expectText(rows.nth(1), "Keyset01, Student01");
    await page.getByRole("button", { name: "Next page" }).click();
    await expectText(page.getByRole("navigation", { name: "Student pages" }), "Page 2");
    await expectCount(rows, 7);
    await expectText(rows.nth(1), "Keyset21, Student21");
    await expectText(rows.last(), "Lovelace, Ada");
    expect(await page.getByRole("button", { name: "Next page" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Previous page" }).click();
    await expectText(rows.nth(1), "Keyset01, Student01");

    await page.getByRole("searchbox", { name: "Search students" }).pressSequentially("love", { delay: 30 });
    await expectCount(rows, 2);
    await expectText(rows.nth(1), "Lovelace, Ada");
    expect(page.url()).toMatch(/\?q=love$/);
    await expectCount(page.getByRole("navigation", { name: "Student pages" }), 0);

    await page.getByRole("searchbox", { name: "Search students" }).fill("nobody");
    await expectText(page.getByText(/No students match/), "No students match “nobody”.");
    await app.expectAccessible("a search without results");
  });

  it("shows the API's field errors next to the fields they are about", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of (400|409)/);
    await app.api("POST", "/api/v1/students", {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.edu",
    });

    await app.open("/students");
    const form = page.getByRole("form", { name: "New student" });
    const email = form.getByRole("textbox", { name: "Email" });
    await form.getByRole("textbox", { name: "First name" }).fill("   ");
    await form.getByRole("textbox", { name: "Last name" }).fill("Byron");
    await email.fill("not-an-email");
    await form.getByRole("button", { name: "Add student" }).click();

    await expectText(form.getByRole("alert"), "Please correct the fields marked below.");
    const firstName = form.getByRole("textbox", { name: "First name" });
    expect(await firstName.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => firstName.evaluate(isFocused)).toBe(true);
    expect(await firstName.evaluate((input) => input.getAttribute("aria-describedby"))).toBeTruthy();
    await expectText(form.getByText("First name must be 1–100 characters after trimming"), "First name must");
    await expectText(form.getByText("Email must be a valid email"), "Email must be a valid email");
    expect(await form.getByRole("textbox", { name: "Last name" }).getAttribute("aria-invalid")).toBeNull();
    await app.expectAccessible("a form with field errors");

    await firstName.fill("Augusta");
    await email.fill("ADA@example.edu");
    await form.getByRole("button", { name: "Add student" }).click();
    await expectText(form.getByText(/Email is already taken/), "Email is already taken");
    await expectCount(form.getByText(/First name must/), 0);
  });

  it("edits a student's details, with errors shown in the edit form", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 409/);
    await app.api("POST", "/api/v1/students", {
      first_name: "Alan",
      last_name: "Turing",
      email: "alan@example.edu",
    });
    const ada = await app.api<Student>("POST", "/api/v1/students", {
      first_name: "Ada",
      last_name: "Byron",
      email: "ada@example.edu",
    });

    await app.open(`/students/${ada.id}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Edit student" });
    await form.getByRole("textbox", { name: "Email" }).fill("alan@example.edu");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(form.getByText(/Email is already taken/), "Email is already taken");

    await form.getByRole("textbox", { name: "Email" }).fill("ada@example.edu");
    await form.getByRole("textbox", { name: "Last name" }).fill("Lovelace");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Ada Lovelace");
    await expectCount(form, 0);
    await expect
      .poll(() => page.getByRole("button", { name: "Edit details" }).evaluate(isFocused))
      .toBe(true);
    const stored = await app.api<Student>("GET", `/api/v1/students/${ada.id}`);
    expect(stored.last_name).toBe("Lovelace");
  });

  it("can be used with the keyboard alone to add a student and enroll them", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await app.api("POST", "/api/v1/courses", { code: "PHIL101", title: "Logic", capacity: 10 });

    await app.open("/students");
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.getByRole("link", { name: "Skip to content" }).evaluate(isFocused))
      .toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.getByRole("searchbox", { name: "Search students" }).evaluate(isFocused))
      .toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Kurt");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Gödel");
    await page.keyboard.press("Tab");
    await page.keyboard.type("kurt@example.edu");
    await page.keyboard.press("Enter");

    const heading = page.getByRole("heading", { level: 1 });
    await expectText(heading, "Kurt Gödel");
    await expect.poll(() => heading.evaluate(isFocused)).toBe(true);
    const finder = page.getByRole("searchbox", { name: "Find a course" });
    await finder.focus();
    await page.keyboard.type("phil");
    const enroll = page.getByRole("button", { name: "Enroll in PHIL101" });
    await enroll.waitFor();
    await page.keyboard.press("Tab");
    await expect.poll(() => enroll.evaluate(isFocused)).toBe(true);
    await page.keyboard.press("Enter");
    await expectText(page.getByRole("table", { name: "Courses of Kurt Gödel" }), "PHIL101");
  });
});

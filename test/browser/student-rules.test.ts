import { describe, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserAppAs,
  type BrowserApp,
  type Course,
  type Student,
} from "./browser-app.ts";

const addStudent = (app: BrowserApp) =>
  app.api<Student>("POST", "/api/v1/students", {
    first_name: "Ada",
    last_name: "Lovelace",
    email: "ada@example.edu",
  });

/** A four-credit course in a term, so that the credit limit applies to it. */
async function addTermCourse(app: BrowserApp, code: string): Promise<Course> {
  const term = await app.api<{ id: number }>("POST", "/api/v1/terms", {
    code: "2027SP",
    name: "Spring 2027",
    starts_on: "2027-01-18",
    ends_on: "2027-05-14",
  });
  return app.api<Course>("POST", "/api/v1/courses", {
    code,
    title: "Analytical Engines",
    capacity: 10,
    credits: 4,
    term_id: term.id,
  });
}

describe("holds, overrides and the credit limit on the student page", () => {
  it("places a hold with a reason and releases it, keeping who did both", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    const student = await addStudent(app);

    await app.open(`/students/${student.id}`);
    const holds = page.getByRole("region", { name: "Holds" });
    await expectText(holds.getByText("No holds."), "No holds.");
    const form = holds.getByRole("form", { name: "Place a hold" });
    await form
      .getByRole("textbox", { name: "Reason for a new hold" })
      .fill("Unpaid fees: contact the bursar");
    await form.getByRole("button", { name: "Place hold" }).click();

    await expectText(holds.getByRole("status"), "Placed a hold: “Unpaid fees: contact the bursar”.");
    const table = holds.getByRole("table", { name: "Holds on Ada Lovelace" });
    const row = table.getByRole("row", { name: /Unpaid fees/ });
    await expectText(row, /by browser-registrar-1/);
    await expectText(row, /Active/);
    await expectText(form.getByRole("textbox", { name: "Reason for a new hold" }), "");
    await app.expectAccessible("the student page with an active hold");

    await row.getByRole("button", { name: "Release hold: Unpaid fees: contact the bursar" }).click();
    await expectText(holds.getByRole("status"), "Released the hold “Unpaid fees: contact the bursar”.");
    await expectCount(row.getByRole("button"), 0);
    await expectCount(row.getByText("Active"), 0);
    await expectText(row.getByRole("cell").nth(2), /^by browser-registrar-1, /);
  });

  it("asks for a reason before placing a hold", async () => {
    const app = await openBrowserAppAs("registrar");
    app.allowConsoleError(/status of 400/);
    const student = await addStudent(app);
    await app.open(`/students/${student.id}`);
    const form = app.page.getByRole("form", { name: "Place a hold" });
    await form.getByRole("button", { name: "Place hold" }).click();
    await expectText(form.getByRole("alert"), "Please correct the fields marked below.");
    await expectText(form.getByText(/^Reason for a new hold .+/), /Reason for a new hold/);
    await expectText(app.page.getByRole("region", { name: "Holds" }).getByText("No holds."), "No holds.");
  });

  it("grants an override for a course with the rules ticked, and revokes it", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    const student = await addStudent(app);
    await addTermCourse(app, "CS150");

    await app.open(`/students/${student.id}`);
    const overrides = page.getByRole("region", { name: "Overrides" });
    await expectText(overrides.getByText("No overrides."), "No overrides.");
    const form = overrides.getByRole("form", { name: "Grant an override" });
    await form.getByRole("searchbox", { name: "Find the course" }).fill("CS15");
    await form.getByRole("button", { name: "Choose CS150" }).click();
    await expectText(form.getByRole("group", { name: "Course" }), "CS150 Analytical Engines");
    await form.getByRole("checkbox", { name: "hold" }).check();
    await form.getByRole("checkbox", { name: "credit limit exceeded" }).check();
    await form.getByRole("textbox", { name: "Reason for the override" }).fill("Dean approved the overload");
    await app.expectAccessible("the override form, filled in");
    await form.getByRole("button", { name: "Grant override" }).click();

    await expectText(overrides.getByRole("status"), "Granted an override for CS150.");
    const row = overrides.getByRole("table", { name: "Overrides for Ada Lovelace" }).getByRole("row", {
      name: /Dean approved/,
    });
    await expectText(row, /CS150/);
    await expectText(row, /hold, credit limit exceeded/);
    await expectText(row, /by browser-registrar-1/);

    await row.getByRole("button", { name: "Revoke override: Dean approved the overload" }).click();
    await expectText(overrides.getByRole("status"), "Revoked the override “Dean approved the overload”.");
    await expectCount(row.getByRole("button"), 0);
    await expectText(row.getByRole("cell").nth(4), /^by browser-registrar-1, /);
  });

  it("edits the credit limit, shows a refused value next to the field, and empties it back to the term's", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    app.allowConsoleError(/status of 400/);
    const student = await addStudent(app);

    await app.open(`/students/${student.id}`);
    const limit = page.getByRole("definition").filter({ hasText: /limit|credits/ });
    await expectText(limit, "The term's limit");
    await page.getByRole("button", { name: "Edit credit limit" }).click();
    const form = page.getByRole("form", { name: "Edit credit limit" });
    const field = form.getByRole("spinbutton", { name: "Credit limit" });
    await field.fill("0");
    await form.getByRole("button", { name: "Save credit limit" }).click();
    await expectText(form.getByRole("alert"), "Please correct the fields marked below.");
    await expectText(form.getByText(/^Credit limit must/), /^Credit limit must be/);
    await app.expectAccessible("the credit limit form with an error");

    await field.fill("12");
    await form.getByRole("button", { name: "Save credit limit" }).click();
    await expectCount(form, 0);
    await expectText(limit, "12 credits a term");

    await page.getByRole("button", { name: "Edit credit limit" }).click();
    await expectText(field, "");
    await field.fill("");
    await form.getByRole("button", { name: "Save credit limit" }).click();
    await expectText(limit, "The term's limit");
    const saved = await app.api<Student & { max_credits: number | null }>(
      "GET",
      `/api/v1/students/${student.id}`,
    );
    if (saved.max_credits !== null) throw new Error(`max_credits is ${saved.max_credits}, not null`);
  });

  it("explains every rule a refused enrollment breaks, and overrides exactly those to enroll", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    // The API's 409 is the refusal shown; its 400 is the override asked for without a reason.
    app.allowConsoleError(/status of (409|400)/);
    const student = await addStudent(app);
    await addTermCourse(app, "CS150");
    await app.api("PATCH", `/api/v1/students/${student.id}`, { max_credits: 3 });
    await app.api("POST", `/api/v1/students/${student.id}/holds`, { reason: "Library fines" });

    await app.open(`/students/${student.id}`);
    await page.getByRole("searchbox", { name: "Find a course" }).fill("CS150");
    await page.getByRole("button", { name: "Enroll in CS150" }).click();

    const refusal = page.getByRole("group", { name: "Registration blocked by the rules" });
    await expectText(refusal, "The student has an active hold.");
    await expectText(refusal, "Hold: Library fines");
    await expectText(refusal, "It would take the student over their credit limit.");
    await expectText(refusal, "CS150 would bring 2027SP to 4 credits, over the limit of 3");
    await expectCount(refusal.getByRole("listitem"), 2);
    await app.expectAccessible("a refused enrollment");

    const override = refusal.getByRole("form", { name: "Override and enroll" });
    await override.getByRole("button", { name: "Override and enroll" }).click();
    await expectText(override.getByText(/^Reason for the override .+/), /Reason for the override/);
    await override.getByRole("textbox", { name: "Reason for the override" }).fill("Fines paid at the desk");
    await override.getByRole("button", { name: "Override and enroll" }).click();

    await expectText(page.getByRole("status").filter({ hasText: "Enrolled in" }), "Enrolled in CS150.");
    await expectCount(refusal, 0);
    const courses = page.getByRole("table", { name: "Courses of Ada Lovelace" });
    await expectText(courses.getByRole("row", { name: /CS150/ }), /Enrolled/);
    const granted = page.getByRole("table", { name: "Overrides for Ada Lovelace" });
    const used = granted.getByRole("row", { name: /Fines paid/ });
    await expectText(used, /hold, credit limit exceeded/);
    await expectText(used.getByRole("link", { name: "CS150" }), "CS150");
  });

  it("shows a viewer no holds, no overrides and no control that changes anything", async () => {
    const app = await openBrowserAppAs("viewer");
    const { page } = app;
    const student = await addStudent(app);
    const course = await addTermCourse(app, "CS150");
    await app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id });
    await app.api("POST", `/api/v1/students/${student.id}/holds`, { reason: "Library fines" });

    // Any request for holds or overrides would answer 403, which Chromium logs and which fails the test.
    await app.open(`/students/${student.id}`);
    await expectText(page.getByRole("table", { name: "Courses of Ada Lovelace" }), "CS150");
    await expectCount(page.getByRole("region", { name: "Holds" }), 0);
    await expectCount(page.getByRole("region", { name: "Overrides" }), 0);
    await expectCount(page.getByRole("region", { name: "Enroll in a course" }), 0);
    await expectCount(page.getByRole("form"), 0);
    await expectCount(page.getByRole("textbox"), 0);
    const buttons = page.getByRole("main").getByRole("button");
    await expectCount(buttons, 1);
    await expectText(buttons, "History");
    await app.expectAccessible("the student page for a viewer");
  });
});

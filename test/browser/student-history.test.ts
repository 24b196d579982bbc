import { describe, expect, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserAppAs,
  type BrowserApp,
  type Course,
  type Student,
} from "./browser-app.ts";

const addStudent = (app: BrowserApp, first_name: string, last_name: string) =>
  app.api<Student>("POST", "/api/v1/students", {
    first_name,
    last_name,
    email: `${first_name.toLowerCase()}@example.edu`,
  });

const addCourse = (app: BrowserApp, code: string, capacity: number) =>
  app.api<Course>("POST", "/api/v1/courses", { code, title: `${code} Seminar`, capacity });

const enroll = (app: BrowserApp, student: Student, course: Course, waitlist = false) =>
  app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id, waitlist });

describe("enrollment history and grades on the student page", () => {
  it("tells each enrollment's history in sentences: waitlist, promotion, passing over, grades, overrides", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    const grace = await addStudent(app, "Grace", "Hopper");
    const ada = await addStudent(app, "Ada", "Lovelace");
    const alan = await addStudent(app, "Alan", "Turing");
    const full = await addCourse(app, "CS300", 1);
    const graded = await addCourse(app, "CS100", 10);
    const held = await addCourse(app, "CS200", 10);
    await enroll(app, grace, full);
    await enroll(app, ada, full, true);
    await enroll(app, alan, full, true);
    await enroll(app, ada, graded);
    await app.api("PATCH", `/api/v1/students/${ada.id}/courses/${graded.id}`, {
      status: "completed",
      grade: "B",
    });
    await app.api("PATCH", `/api/v1/students/${ada.id}/courses/${graded.id}`, { grade: "A-" });
    const hold = await app.api<{ id: number }>("POST", `/api/v1/students/${ada.id}/holds`, {
      reason: "Library fines",
    });
    await app.api("POST", `/api/v1/students/${ada.id}/overrides`, {
      course_id: held.id,
      rules: ["hold"],
      reason: "Fines paid at the desk",
    });
    await enroll(app, ada, held);
    // Grace's seat goes past Ada, who has a hold, to Alan.
    await app.api("DELETE", `/api/v1/students/${grace.id}/courses/${full.id}`);
    await app.api("DELETE", `/api/v1/students/${ada.id}/holds/${hold.id}`);

    await app.open(`/students/${ada.id}`);
    const courses = page.getByRole("table", { name: "Courses of Ada Lovelace" });
    await courses.getByRole("button", { name: "History of CS300" }).click();
    const waited = page.getByRole("list", { name: "History of CS300" });
    await expectCount(waited.getByRole("listitem"), 2);
    await expectText(waited.getByRole("listitem").nth(0), "Joined the waitlist by ADMIN_TOKEN.");
    await expectText(
      waited.getByRole("listitem").nth(1),
      "Passed over on the waitlist: hold, after a change by ADMIN_TOKEN.",
    );
    const toggle = courses.getByRole("button", { name: "History of CS300" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");

    await courses.getByRole("button", { name: "History of CS100" }).click();
    const grades = page.getByRole("list", { name: "History of CS100" });
    await expectCount(grades.getByRole("listitem"), 3);
    await expectText(grades.getByRole("listitem").nth(0), "Enrolled by ADMIN_TOKEN.");
    await expectText(grades.getByRole("listitem").nth(1), "Completed with grade B by ADMIN_TOKEN.");
    await expectText(grades.getByRole("listitem").nth(2), "Grade changed B → A- by ADMIN_TOKEN.");

    await courses.getByRole("button", { name: "History of CS200" }).click();
    const overridden = page.getByRole("list", { name: "History of CS200" });
    await expectText(
      overridden.getByRole("listitem").nth(0),
      "Enrolled by ADMIN_TOKEN. Override used (hold): “Fines paid at the desk”, granted by ADMIN_TOKEN.",
    );
    await app.expectAccessible("a student page with histories open");

    await toggle.click();
    await expectCount(waited, 0);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");

    await app.open(`/students/${alan.id}`);
    await page.getByRole("button", { name: "History of CS300" }).click();
    const promoted = page.getByRole("list", { name: "History of CS300" });
    await expectText(promoted.getByRole("listitem").nth(0), "Joined the waitlist by ADMIN_TOKEN.");
    await expectText(
      promoted.getByRole("listitem").nth(1),
      "Promoted from the waitlist when a seat came free, after a change by ADMIN_TOKEN.",
    );

    await app.open(`/students/${grace.id}`);
    const dropped = page.getByRole("table", { name: "Dropped courses of Grace Hopper" });
    await dropped.getByRole("button", { name: "History of CS300" }).click();
    await expectText(
      page.getByRole("list", { name: "History of CS300" }).getByRole("listitem").nth(1),
      "Dropped by ADMIN_TOKEN.",
    );
  });

  it("names the courses of a swap by their codes, on the student's page and on the course's roster", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    const grace = await addStudent(app, "Grace", "Hopper");
    const ada = await addStudent(app, "Ada", "Lovelace");
    const wanted = await addCourse(app, "CS310", 1);
    const kept = await addCourse(app, "CS210", 10);
    await enroll(app, grace, wanted);
    await enroll(app, ada, kept);
    await app.api("POST", `/api/v1/students/${ada.id}/registration`, {
      add: [wanted.id],
      drop: [kept.id],
      waitlist: true,
    });
    await app.api("DELETE", `/api/v1/students/${grace.id}/courses/${wanted.id}`);

    await app.open(`/students/${ada.id}`);
    await page.getByRole("button", { name: "History of CS310" }).click();
    const swapped = page.getByRole("list", { name: "History of CS310" });
    await expectText(
      swapped.getByRole("listitem").nth(0),
      "Joined the waitlist by ADMIN_TOKEN, to swap for CS210.",
    );
    await expectText(
      swapped.getByRole("listitem").nth(1),
      "Promoted from the waitlist when a seat came free, dropping CS210, after a change by ADMIN_TOKEN.",
    );
    await page
      .getByRole("table", { name: "Dropped courses of Ada Lovelace" })
      .getByRole("button", { name: "History of CS210" })
      .click();
    await expectText(
      page.getByRole("list", { name: "History of CS210" }).getByRole("listitem").nth(1),
      "Dropped for the seat in CS310.",
    );

    await app.open(`/courses/${wanted.id}`);
    await page.getByRole("button", { name: "History of Ada Lovelace" }).click();
    await expectText(
      page.getByRole("list", { name: "History of Ada Lovelace" }).getByRole("listitem").nth(1),
      "Promoted from the waitlist when a seat came free, dropping CS210, after a change by ADMIN_TOKEN.",
    );
    await app.expectAccessible("a course roster with a swap's history open");
  });

  it("completes an enrollment with a grade, changes the grade, and restores a drop past a hold", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    // The 409 is the restore the hold refuses; the page explains it and offers the override.
    app.allowConsoleError(/status of 409/);
    const ada = await addStudent(app, "Ada", "Lovelace");
    const graded = await addCourse(app, "CS100", 10);
    const dropped = await addCourse(app, "CS200", 10);
    await enroll(app, ada, graded);
    await enroll(app, ada, dropped);
    await app.api("DELETE", `/api/v1/students/${ada.id}/courses/${dropped.id}`);
    await app.api("POST", `/api/v1/students/${ada.id}/holds`, { reason: "Library fines" });

    await app.open(`/students/${ada.id}`);
    const courses = page.getByRole("table", { name: "Courses of Ada Lovelace" });
    await courses.getByRole("button", { name: "Complete CS100" }).click();
    const complete = page.getByRole("form", { name: "Complete CS100" });
    await complete.getByRole("combobox", { name: "Grade" }).selectOption("B");
    await app.expectAccessible("the form completing an enrollment");
    await complete.getByRole("button", { name: "Complete" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "Completed" }), "Completed CS100.");
    const row = courses.getByRole("row", { name: /CS100/ });
    await expectText(row, /Completed/);
    await expectText(row.getByRole("cell").nth(2), "B");

    await row.getByRole("button", { name: "Change grade of CS100" }).click();
    const change = page.getByRole("form", { name: "Change grade of CS100" });
    expect(await change.getByRole("combobox", { name: "Grade" }).inputValue()).toBe("B");
    await change.getByRole("combobox", { name: "Grade" }).selectOption("A-");
    await change.getByRole("button", { name: "Save grade" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "grade" }), "Changed the grade of CS100.");
    await expectText(row.getByRole("cell").nth(2), "A-");

    const droppedTable = page.getByRole("table", { name: "Dropped courses of Ada Lovelace" });
    await droppedTable.getByRole("button", { name: "Restore CS200" }).click();
    const refusal = page.getByRole("group", { name: "Registration blocked by the rules" });
    await expectText(refusal, "The student has an active hold. Hold: Library fines");
    await expectCount(refusal.getByRole("listitem"), 1);
    await app.expectAccessible("a refused restore");
    const override = refusal.getByRole("form", { name: "Override and restore" });
    await override.getByRole("textbox", { name: "Reason for the override" }).fill("Dropped by mistake");
    await override.getByRole("button", { name: "Override and restore" }).click();

    await expectText(page.getByRole("status").filter({ hasText: "Restored" }), "Restored CS200.");
    await expectCount(droppedTable, 0);
    await expectText(courses.getByRole("row", { name: /CS200/ }), /Enrolled/);

    await courses.getByRole("button", { name: "History of CS100" }).click();
    const history = page.getByRole("list", { name: "History of CS100" });
    await expectText(history.getByRole("listitem").nth(1), "Completed with grade B by browser-registrar-1.");
    await expectText(history.getByRole("listitem").nth(2), "Grade changed B → A- by browser-registrar-1.");
    await courses.getByRole("button", { name: "History of CS200" }).click();
    const restored = page.getByRole("list", { name: "History of CS200" });
    await expectText(
      restored.getByRole("listitem").nth(2),
      "Restored from the drop by browser-registrar-1. Override used (hold): “Dropped by mistake”, granted by browser-registrar-1.",
    );
  });

  it("explains a change the API refuses, and restores a drop from a full course to its waitlist", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    // Both 409s are shown: the completion made stale by another change, and the full course.
    app.allowConsoleError(/status of 409/);
    const ada = await addStudent(app, "Ada", "Lovelace");
    const grace = await addStudent(app, "Grace", "Hopper");
    const graded = await addCourse(app, "CS100", 10);
    const full = await addCourse(app, "CS300", 1);
    await enroll(app, ada, graded);
    await enroll(app, ada, full);
    await app.api("DELETE", `/api/v1/students/${ada.id}/courses/${full.id}`);
    await enroll(app, grace, full);

    await app.open(`/students/${ada.id}`);
    const courses = page.getByRole("table", { name: "Courses of Ada Lovelace" });
    await courses.getByRole("button", { name: "Complete CS100" }).click();
    // Someone else drops it while the form is open.
    await app.api("DELETE", `/api/v1/students/${ada.id}/courses/${graded.id}`);
    const complete = page.getByRole("form", { name: "Complete CS100" });
    await complete.getByRole("combobox", { name: "Grade" }).selectOption("A");
    await complete.getByRole("button", { name: "Complete" }).click();
    await expectText(
      complete.getByRole("alert"),
      "Invalid enrollment transition: An enrollment that is dropped cannot become completed",
    );

    await page
      .getByRole("table", { name: "Dropped courses of Ada Lovelace" })
      .getByRole("button", { name: "Restore CS300" })
      .click();
    const choice = page.getByRole("group", { name: "CS300 is full" });
    await expectText(choice, "CS300 is full. Restore the enrollment to its waitlist instead?");
    await app.expectAccessible("the waitlist choice of a restore");
    await choice.getByRole("button", { name: "Restore to the waitlist" }).click();
    await expectText(
      page.getByRole("status").filter({ hasText: "Restored" }),
      "Restored CS300 to the waitlist (position 1).",
    );
    await expectText(courses.getByRole("row", { name: /CS300/ }), /Waitlisted \(#1\)/);
  });
});

import { describe, expect, it } from "vitest";
import { expectCount, expectText, openBrowserApp, type Course, type Student } from "./browser-app.ts";

describe("pages in the browser", () => {
  it("shows a 404 page for an unknown address and for a student or course that does not exist", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    // Chromium logs the API's 404 answers that the UI turns into these pages.
    app.allowConsoleError(/status of 404/);

    await app.open("/no/such/page");
    await expectText(page.getByRole("heading", { level: 1 }), "Page not found");
    expect(await page.title()).toBe("Page not found · Registrar");
    await app.expectAccessible("the 404 page");

    await app.open("/students/4242");
    await expectText(page.getByRole("heading", { level: 1 }), "Student not found");
    await expectText(page.getByText("Student 4242 does not exist"), "Student 4242 does not exist");

    await app.open("/courses/4242");
    await expectText(page.getByRole("heading", { level: 1 }), "Course not found");

    await app.open("/courses/not-a-number");
    await expectText(page.getByRole("heading", { level: 1 }), "Page not found");
    await page.getByRole("main").getByRole("link", { name: "courses", exact: true }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Courses");
  });

  it("shows a loading state while the API answers, then an empty state", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route("**/api/v1/courses?*", async (route) => {
      await answered;
      await route.continue();
    });

    await app.open("/courses");
    await expectText(page.getByRole("status").filter({ hasText: "Loading" }), "Loading courses…");
    await app.expectAccessible("a page that is loading");
    answer();
    await expectText(page.getByText(/No courses yet/), "No courses yet: add the first one.");
    await expectCount(page.getByRole("status").filter({ hasText: "Loading" }), 0);
  });

  it("creates a course, with field errors, an empty roster and waitlist, and seats without a limit", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 409/);
    await app.api("POST", "/api/v1/courses", { code: "CS101", title: "Intro", capacity: 2 });

    await app.open("/courses");
    const form = page.getByRole("form", { name: "New course" });
    await form.getByRole("textbox", { name: "Code" }).fill("cs101");
    await form.getByRole("textbox", { name: "Title" }).fill("Again");
    await form.getByRole("button", { name: "Add course" }).click();
    await expectText(form.getByText(/Code is already taken/), "Code is already taken");

    await form.getByRole("textbox", { name: "Code" }).fill("ART1");
    await form.getByRole("textbox", { name: "Title" }).fill("Drawing");
    await form.getByRole("spinbutton", { name: "Capacity" }).fill("1");
    await form.getByRole("textbox", { name: "Description" }).fill("Pencils provided.");
    await form.getByRole("button", { name: "Add course" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "ART1 Drawing");
    await expectText(page.getByText("Pencils provided."), "Pencils");
    await expectText(page.getByText("Nobody is waiting for a seat."), "Nobody is waiting");

    const student = await app.api<Student>("POST", "/api/v1/students", {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.edu",
    });
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "BIO1", title: "Cells" });
    await app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id });
    await app.open("/courses?q=bio");
    const row = page.getByRole("row", { name: /BIO1/ });
    await expectText(row, "1 enrolled, no limit");
  });

  it("fits a phone-width screen without sideways scrolling", async () => {
    const app = await openBrowserApp({ viewport: { width: 375, height: 740 } });
    const { page } = app;
    const student = await app.api<Student>("POST", "/api/v1/students", {
      first_name: "Maximiliane",
      last_name: "Oberhollenzer-Wittgenstein",
      email: "maximiliane.oberhollenzer-wittgenstein@example.edu",
    });
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "INTERDISC450",
      title: "Interdisciplinary Perspectives on Computation",
      capacity: 40,
    });
    await app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id });

    for (const path of ["/students", `/students/${student.id}`, "/courses", `/courses/${course.id}`]) {
      await app.open(path);
      await page.getByRole("table").first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
      await app.expectAccessible(`${path} at phone width`);
    }
  });
});

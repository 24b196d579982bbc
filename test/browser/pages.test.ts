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

    for (const [path, title, detail] of [
      ["/terms/4242", "Term not found", "Term 4242 does not exist"],
      ["/catalog/4242", "Catalog entry not found", "Catalog entry 4242 does not exist"],
      ["/instructors/4242", "Instructor not found", "Instructor 4242 does not exist"],
    ] as const) {
      await app.open(path);
      await expectText(page.getByRole("heading", { level: 1 }), title);
      await expectText(page.getByText(detail), detail);
      expect(await page.title()).toBe(`${title} · Registrar`);
    }

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

    const term = await app.api<{ id: number }>("POST", "/api/v1/terms", {
      code: "2027SP-EXTENDED",
      name: "Spring 2027, extended session",
      starts_on: "2027-01-18",
      ends_on: "2027-05-14",
    });
    const instructor = await app.api<{ id: number }>("POST", "/api/v1/instructors", {
      first_name: "Bartholomew",
      last_name: "Featherstonehaugh-Cholmondeley",
      email: "bartholomew.featherstonehaugh-cholmondeley@example.edu",
    });
    const entry = await app.api<{ id: number }>("POST", "/api/v1/catalog", {
      code: "INTERDISC450",
      title: "Interdisciplinary Perspectives on Computation",
    });
    await app.api("PATCH", `/api/v1/courses/${course.id}`, {
      term_id: term.id,
      catalog_id: entry.id,
      instructor_ids: [instructor.id],
      meetings: [
        {
          days: ["mon", "tue", "wed", "thu", "fri"],
          starts_at: "08:00",
          ends_at: "09:50",
          room: "Science Hall 1204",
        },
      ],
    });

    const paths = [
      "/students",
      `/students/${student.id}`,
      "/courses",
      `/courses/${course.id}`,
      "/terms",
      `/terms/${term.id}`,
    ];
    for (const path of [...paths, "/catalog", "/instructors"]) {
      await app.open(path);
      await page.getByRole("table").first().waitFor();
      if (path.startsWith("/courses/"))
        await page.getByRole("link", { name: "Bartholomew Featherstonehaugh-Cholmondeley" }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
      await app.expectAccessible(`${path} at phone width`);
    }
    for (const path of [`/catalog/${entry.id}`, `/instructors/${instructor.id}`]) {
      await app.open(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    // The course form, with a meeting, in the narrow column of a phone.
    await app.open(`/courses/${course.id}`);
    await page.getByRole("button", { name: "Edit course" }).click();
    await page.getByRole("group", { name: "Meeting 1" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "sideways overflow of the course form").toBeLessThanOrEqual(0);
    await app.expectAccessible("the course form at phone width");
  });
});

import { describe, expect, it } from "vitest";
import { expectText, openBrowserApp, type Course, type Student } from "./browser-app.ts";

// openBrowserApp fails a test on any CSP violation or console error; these tests make sure each page was
// actually served under a policy while the UI is used.
describe("Content-Security-Policy in the browser", () => {
  it("runs the web UI under its strict policy: pages, forms, seat bars and enrollment", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const policies: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "document") {
        policies.push(response.headers()["content-security-policy"] ?? "none");
      }
    });
    const student = await app.api<Student>("POST", "/api/v1/students", {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.edu",
    });
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "CS101",
      title: "Intro to Programming",
      capacity: 2,
    });

    await app.open("/courses");
    await expectText(page.getByRole("table", { name: /Courses/ }), "0 of 2 seats");
    const newCourse = page.getByRole("form", { name: "New course" });
    await newCourse.getByRole("textbox", { name: "Code" }).fill("MA101");
    await newCourse.getByRole("textbox", { name: "Title" }).fill("Calculus");
    await newCourse.getByRole("button", { name: "Add course" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "MA101 Calculus");

    await app.open(`/students/${student.id}`);
    await page.getByRole("searchbox", { name: "Find a course" }).fill("intro");
    await page.getByRole("button", { name: "Enroll in CS101" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "Enrolled in" }), "Enrolled in CS101.");

    await app.open(`/courses/${course.id}`);
    await expectText(page.getByRole("definition").filter({ hasText: "seats" }), "1 of 2 seats");
    await app.open("/students");

    expect(policies.length).toBeGreaterThanOrEqual(4);
    for (const policy of policies) {
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("style-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
    }
  });

  it("renders the API reference at /docs under the policy scoped to it", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    // Its bundled Zod checks whether it may compile validators with Function(""), and validates without
    // compiling when the policy says no: /docs keeps eval blocked.
    app.allowCspViolation(/^script-src blocked eval in .*\/docs\/js\/scalar\.js$/);

    const response = await page.goto(`${app.url}/docs/`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
    await expectText(page.getByRole("heading", { name: "Registrar API" }), "Registrar API");
    await expectText(page.getByRole("heading", { name: "Create a student" }), "Create a student");
  });
});

import { describe, expect, it } from "vitest";
import { expectCount, expectText, openBrowserApp, openBrowserAppAs, type Course } from "./browser-app.ts";

describe("enrolling several students at once in the browser", () => {
  it("enrolls a list of emails with one result per line, each refusal explained", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "CS1",
      title: "Intro",
      capacity: 1,
    });
    for (const [first_name, email] of [
      ["Ada", "ada@example.edu"],
      ["Alan", "alan@example.edu"],
    ] as const)
      await app.api("POST", "/api/v1/students", { first_name, last_name: "Example", email });

    await app.open(`/courses/${course.id}`);
    const form = page.getByRole("form", { name: "Enroll several students" });
    await form
      .getByRole("textbox", { name: "Students' emails" })
      .fill("ADA@example.edu\nalan@example.edu\nnobody@example.edu");
    await form.getByRole("button", { name: "Enroll students" }).click();

    const results = page.getByRole("table", { name: "Batch enrollment results" });
    await expectText(
      page.getByRole("status").filter({ hasText: /enrolled or waitlisted/ }),
      "1 of 3 enrolled",
    );
    expect(await results.locator("tbody tr").allInnerTexts()).toEqual([
      expect.stringMatching(/^ADA@example\.edu\s+Enrolled$/) as string,
      expect.stringMatching(/^alan@example\.edu\s+.*full/i) as string,
      expect.stringMatching(/^nobody@example\.edu\s+No student has this email\.$/) as string,
    ]);
    await expectText(page.getByRole("table", { name: "Students in CS1" }), "Example, Ada");
    await app.expectAccessible("batch enrollment results");

    await form.getByRole("textbox", { name: "Students' emails" }).fill("alan@example.edu");
    await form.getByRole("checkbox", { name: /waitlist/ }).check();
    await form.getByRole("button", { name: "Enroll students" }).click();
    await expectText(results.locator("tbody tr").first(), "Waitlisted (position 1)");
    await expectText(page.getByRole("list", { name: /Waitlist for CS1/ }), "Alan Example");
  });

  it("offers a viewer no batch enrollment", async () => {
    const app = await openBrowserAppAs("viewer");
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "CS1", title: "Intro" });
    await app.open(`/courses/${course.id}`);
    await expectText(app.page.getByRole("region", { name: "Roster" }), "No students enrolled yet");
    await expectCount(app.page.getByRole("form", { name: "Enroll several students" }), 0);
  });
});

import { describe, expect, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserApp,
  openBrowserAppAs,
  type BrowserApp,
  type Course,
  type Student,
} from "./browser-app.ts";

const pad = (n: number) => String(n).padStart(2, "0");

async function addStudents(app: BrowserApp, count: number, last_name = "Student"): Promise<Student[]> {
  const students: Student[] = [];
  for (let n = 1; n <= count; n++) {
    students.push(
      await app.api<Student>("POST", "/api/v1/students", {
        first_name: `S${pad(n)}`,
        last_name,
        email: `${last_name.toLowerCase()}${pad(n)}@example.edu`,
      }),
    );
  }
  return students;
}

async function enrollAll(app: BrowserApp, course: Course, students: Student[], waitlist = false) {
  await app.api("POST", "/api/v1/enrollments/batch", {
    items: students.map((student) => ({ student_id: student.id, course_id: course.id, waitlist })),
  });
}

const rosterRows = (app: BrowserApp) =>
  app.page.getByRole("table", { name: /^Students in/ }).locator("tbody tr");

describe("a course's roster in the browser", () => {
  it("pages a large roster, searches it, keeps the waitlist in order and shows each enrollment's history", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "CS101",
      title: "Intro",
      capacity: 55,
    });
    await enrollAll(app, course, await addStudents(app, 55));
    const waiting = await addStudents(app, 3, "Waiting");
    // Joined the waitlist in the reverse of their names' order.
    for (const student of [...waiting].reverse()) await enrollAll(app, course, [student], true);

    await app.open(`/courses/${course.id}`);
    await expectCount(rosterRows(app), 50);
    await expectText(rosterRows(app).first(), "Student, S01");
    const waitlist = page.getByRole("list", { name: /Waitlist for CS101/ });
    expect(await waitlist.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(/^S03 Waiting/) as string,
      expect.stringMatching(/^S02 Waiting/) as string,
      expect.stringMatching(/^S01 Waiting/) as string,
    ]);
    await app.expectAccessible("a course's first roster page");

    const pager = page.getByRole("navigation", { name: "Roster pages" });
    await pager.getByRole("button", { name: "Next page" }).click();
    await expectText(pager, "Page 2");
    await expectCount(rosterRows(app), 5);
    await expectText(rosterRows(app).first(), "Student, S51");
    await pager.getByRole("button", { name: "Previous page" }).click();
    await expectCount(rosterRows(app), 50);

    await page.getByRole("searchbox", { name: "Search the roster" }).fill("student07@");
    await expectCount(rosterRows(app), 1);
    await expectText(rosterRows(app).first(), "Student, S07");
    await expectCount(page.getByRole("navigation", { name: "Roster pages" }), 0);

    await rosterRows(app).first().getByRole("button", { name: "History of S07 Student" }).click();
    await expectText(rosterRows(app).nth(1), /Enrolled by browser-|Enrolled by ADMIN_TOKEN/);
    await app.expectAccessible("an enrollment's history on the roster");

    await page.getByRole("searchbox", { name: "Search the roster" }).fill("nobody");
    await expectText(page.getByText(/No student on the roster matches/), "“nobody”");
  });

  it("completes a roster with grades typed down the column, showing each refusal on its row", async () => {
    const app = await openBrowserApp();
    app.allowConsoleError(/status of (400|409)/);
    const { page } = app;
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "MA1", title: "Algebra" });
    const students = await addStudents(app, 3);
    await enrollAll(app, course, students);

    await app.open(`/courses/${course.id}`);
    await page.getByRole("button", { name: "Enter grades" }).click();
    const form = page.getByRole("form", { name: "Grades" });
    await form.getByRole("textbox", { name: "Grade for S01 Student" }).focus();
    await page.keyboard.type("a-");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Q");
    await page.keyboard.press("Enter");
    await page.keyboard.type("B+");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Save grades");
    await page.keyboard.press("Enter");

    await expectText(form.getByRole("status"), "Saved 2 of 3 grades. 1 refused");
    const refused = form.getByRole("textbox", { name: "Grade for S02 Student" });
    expect(await refused.getAttribute("aria-invalid")).toBe("true");
    await expectText(form.getByText(/^Grade must be/), "Grade must be a letter grade");
    await app.expectAccessible("grade entry with a refusal");

    await refused.fill("C");
    await form.getByRole("button", { name: "Save grades" }).click();
    await expectText(form.getByRole("status"), "Saved 1 of 1 grades.");
    await form.getByRole("button", { name: "Done" }).click();
    expect(await rosterRows(app).locator("td:nth-child(4)").allInnerTexts()).toEqual(["A-", "C", "B+"]);
    const roster = await app.api<{ students: { enrollment: { status: string } }[] }>(
      "GET",
      `/api/v1/courses/${course.id}/students`,
    );
    expect(roster.students.map((student) => student.enrollment.status)).toEqual([
      "completed",
      "completed",
      "completed",
    ]);

    await rosterRows(app)
      .first()
      .getByRole("button", { name: /History of/ })
      .click();
    await expectText(rosterRows(app).nth(1), "Completed with grade A-");
  });

  it("keeps the grades typed on one roster page while grading the next, and saves them all at once", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "PH1", title: "Physics" });
    await enrollAll(app, course, await addStudents(app, 52));

    await app.open(`/courses/${course.id}`);
    await page.getByRole("button", { name: "Enter grades" }).click();
    const form = page.getByRole("form", { name: "Grades" });
    await form.getByRole("textbox", { name: "Grade for S01 Student" }).fill("A");
    const pager = page.getByRole("navigation", { name: "Roster pages" });
    await pager.getByRole("button", { name: "Next page" }).click();
    await expectText(pager, "Page 2");
    await form.getByRole("textbox", { name: "Grade for S52 Student" }).fill("b");
    await expectText(form.getByText(/to save/), "2 grades to save, on this page and any other.");
    await form.getByRole("button", { name: "Save grades" }).click();

    await expectText(form.getByRole("status"), "Saved 2 of 2 grades.");
    const graded = await app.api<{ students: { last_name: string; enrollment: { grade: string | null } }[] }>(
      "GET",
      `/api/v1/courses/${course.id}/students?status=completed`,
    );
    expect(graded.students.map((student) => student.enrollment.grade).sort()).toEqual(["A", "B"]);
    await pager.getByRole("button", { name: "Previous page" }).click();
    const first = form.getByRole("textbox", { name: "Grade for S01 Student" });
    await expect.poll(() => first.inputValue()).toBe("A");
  });

  it("deletes a course that has students after saying their enrollments go with it", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "HI9",
      title: "History",
      capacity: 1,
    });
    const students = await addStudents(app, 2);
    await enrollAll(app, course, students, true);

    await app.open(`/courses/${course.id}`);
    await page.getByRole("button", { name: "Delete course" }).click();
    const question = page.getByRole("group", { name: /Delete course HI9/ });
    await expectText(question, "Its 1 enrolled student and 1 waitlisted student lose their places");
    await app.expectAccessible("the question before deleting a course with students");
    await question.getByRole("button", { name: "Yes, delete HI9" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Courses");
    await expectText(page.getByText("Deleted course HI9."), "Deleted course HI9.");
    const left = await app.api<{ data: Course[] }>("GET", "/api/v1/courses");
    expect(left.data).toEqual([]);
  });

  it("shows a viewer the roster without grade entry or delete", async () => {
    const app = await openBrowserAppAs("viewer");
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "PH1", title: "Physics" });
    await enrollAll(app, course, await addStudents(app, 1));
    await app.open(`/courses/${course.id}`);
    await expectCount(rosterRows(app), 1);
    await expectCount(app.page.getByRole("button", { name: "Enter grades" }), 0);
    await expectCount(app.page.getByRole("button", { name: "Delete course" }), 0);
  });
});

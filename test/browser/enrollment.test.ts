import { describe, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserApp,
  type BrowserApp,
  type Course,
  type Student,
} from "./browser-app.ts";

async function addStudent(app: BrowserApp, first: string, last: string, email: string): Promise<Student> {
  return app.api<Student>("POST", "/api/v1/students", { first_name: first, last_name: last, email });
}

async function addCourse(app: BrowserApp, code: string, title: string, capacity: number): Promise<Course> {
  return app.api<Course>("POST", "/api/v1/courses", { code, title, capacity });
}

describe("enrollment in the browser", () => {
  it("creates a student and a course, enrolls the student and shows it on both pages", async () => {
    const app = await openBrowserApp();
    const { page } = app;

    await app.open("/students");
    await expectText(page.getByText(/No students yet/), "No students yet");
    await app.expectAccessible("the empty students page");
    const newStudent = page.getByRole("form", { name: "New student" });
    await newStudent.getByRole("textbox", { name: "First name" }).fill("Ada");
    await newStudent.getByRole("textbox", { name: "Last name" }).fill("Lovelace");
    await newStudent.getByRole("textbox", { name: "Email" }).fill("ada@example.edu");
    await newStudent.getByRole("button", { name: "Add student" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Ada Lovelace");
    await expectText(page.getByText("Not enrolled in any course yet."), "Not enrolled");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Courses" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Courses");
    const newCourse = page.getByRole("form", { name: "New course" });
    await newCourse.getByRole("textbox", { name: "Code" }).fill("CS101");
    await newCourse.getByRole("textbox", { name: "Title" }).fill("Intro to Programming");
    await newCourse.getByRole("spinbutton", { name: "Credits" }).fill("4");
    await newCourse.getByRole("spinbutton", { name: "Capacity" }).fill("30");
    await newCourse.getByRole("button", { name: "Add course" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "CS101 Intro to Programming");
    await expectText(page.getByText("No students enrolled yet."), "No students enrolled");

    await page.getByRole("link", { name: "Courses" }).first().click();
    await expectText(page.getByRole("table", { name: /Courses/ }), "0 of 30 seats");
    await app.expectAccessible("the courses page");

    await page.getByRole("link", { name: "Students" }).first().click();
    await page.getByRole("link", { name: "Lovelace, Ada" }).click();
    await page.getByRole("searchbox", { name: "Find a course" }).fill("intro");
    await page.getByRole("button", { name: "Enroll in CS101" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "Enrolled in" }), "Enrolled in CS101.");
    const courses = page.getByRole("table", { name: "Courses of Ada Lovelace" });
    await expectText(courses.getByRole("row", { name: /CS101/ }), /Enrolled/);
    await app.expectAccessible("a student page");

    await courses.getByRole("link", { name: /CS101/ }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "CS101");
    const roster = page.getByRole("table", { name: "Students in CS101" });
    await expectText(roster.getByRole("row", { name: /Lovelace, Ada/ }), /Enrolled/);
    await expectText(page.getByRole("definition").filter({ hasText: "seats" }), "1 of 30 seats");
    await app.expectAccessible("a course page");
  });

  it("offers the waitlist when the course is full, and joins it when accepted", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    // Chromium logs the API's 409 course-full answer; the UI turns it into the waitlist choice.
    app.allowConsoleError(/status of 409/);
    const seated = await addStudent(app, "Grace", "Hopper", "grace@example.edu");
    const waiting = await addStudent(app, "Alan", "Turing", "alan@example.edu");
    const course = await addCourse(app, "MATH200", "Linear Algebra", 1);
    await app.api("POST", `/api/v1/students/${seated.id}/courses`, { course_id: course.id });

    await app.open(`/students/${waiting.id}`);
    await page.getByRole("searchbox", { name: "Find a course" }).fill("MATH");
    await expectText(page.getByRole("list", { name: "Matching courses" }), "1 of 1 seats");
    await page.getByRole("button", { name: "Enroll in MATH200" }).click();

    const choice = page.getByRole("group", { name: "Course full — join the waitlist?" });
    await expectText(choice, "MATH200 Linear Algebra has no free seat");
    await app.expectAccessible("the waitlist choice");
    await choice.getByRole("button", { name: "Join the waitlist" }).click();

    await expectText(
      page.getByRole("status").filter({ hasText: "waitlist" }),
      "Added to the MATH200 waitlist (position 1).",
    );
    await expectCount(choice, 0);
    const courses = page.getByRole("table", { name: "Courses of Alan Turing" });
    await expectText(courses.getByRole("row", { name: /MATH200/ }), /Waitlisted \(#1\)/);

    await courses.getByRole("link", { name: /MATH200/ }).click();
    const waitlist = page.getByRole("list", { name: /Waitlist for MATH200/ });
    await expectText(waitlist.getByRole("listitem").first(), "Alan Turing");
    await expectText(page.getByRole("table", { name: "Students in MATH200" }), "Hopper, Grace");
  });

  it("moves the first waitlisted student into the seat a dropped student frees", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const seated = await addStudent(app, "Grace", "Hopper", "grace@example.edu");
    const first = await addStudent(app, "Alan", "Turing", "alan@example.edu");
    const second = await addStudent(app, "Edsger", "Dijkstra", "edsger@example.edu");
    const course = await addCourse(app, "CS300", "Algorithms", 1);
    await app.api("POST", `/api/v1/students/${seated.id}/courses`, { course_id: course.id });
    for (const student of [first, second]) {
      await app.api("POST", `/api/v1/students/${student.id}/courses`, {
        course_id: course.id,
        waitlist: true,
      });
    }

    await app.open(`/courses/${course.id}`);
    const waitlist = page.getByRole("list", { name: /Waitlist for CS300/ });
    await expectCount(waitlist.getByRole("listitem"), 2);
    await expectText(waitlist.getByRole("listitem").nth(0), "Alan Turing");
    await expectText(waitlist.getByRole("listitem").nth(1), "Edsger Dijkstra");

    await page
      .getByRole("table", { name: "Students in CS300" })
      .getByRole("link", { name: "Hopper, Grace" })
      .click();
    await page.getByRole("button", { name: "Drop CS300" }).click();
    await page.getByRole("button", { name: "Yes, drop CS300" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "Dropped" }), "Dropped CS300.");
    await expectText(page.getByText("Not enrolled in any course yet."), "Not enrolled");

    await page.goBack();
    await expectText(page.getByRole("heading", { level: 1 }), "CS300");
    const roster = page.getByRole("table", { name: "Students in CS300" });
    await expectText(roster.getByRole("row", { name: /Turing, Alan/ }), /Enrolled/);
    await expectCount(roster.getByRole("row", { name: /Hopper/ }), 0);
    await expectCount(waitlist.getByRole("listitem"), 1);
    await expectText(waitlist.getByRole("listitem").first(), "Edsger Dijkstra");
    await app.expectAccessible("a course page with a waitlist");
  });
});

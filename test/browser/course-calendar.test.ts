import { describe, expect, it } from "vitest";
import {
  expectCount,
  expectText,
  openBrowserApp,
  openBrowserAppAs,
  type BrowserApp,
  type CatalogEntry,
  type Course,
  type Instructor,
  type Student,
  type Term,
} from "./browser-app.ts";

const isFocused = (element: HTMLElement | SVGElement) => element === document.activeElement;

interface CalendarCourse extends Course {
  term_id: number | null;
  catalog_id: number | null;
  credits: number | null;
  meetings: { days: string[]; starts_at: string; ends_at: string; room: string | null }[];
  instructor_ids: number[];
}

const spring = { code: "2027SP", name: "Spring 2027", starts_on: "2027-01-18", ends_on: "2027-05-14" };
const fall = { code: "2026FA", name: "Fall 2026", starts_on: "2026-09-01", ends_on: "2026-12-18" };

async function calendar(app: BrowserApp) {
  const term = await app.api<Term>("POST", "/api/v1/terms", spring);
  const entry = await app.api<CatalogEntry>("POST", "/api/v1/catalog", {
    code: "CS201",
    title: "Data Structures",
    credits: 4,
  });
  const person = (first_name: string, last_name: string) =>
    app.api<Instructor>("POST", "/api/v1/instructors", {
      first_name,
      last_name,
      email: `${first_name.toLowerCase()}@example.edu`,
    });
  return { term, entry, grace: await person("Grace", "Hopper"), alan: await person("Alan", "Turing") };
}

describe("a course's term, catalog entry, meetings and instructors in the browser", () => {
  it("edits them in the course form and shows them on the course's page", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const { term, entry, grace, alan } = await calendar(app);
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "CS201-01",
      title: "Data Structures",
    });

    await app.open(`/courses/${course.id}`);
    await expectText(page.locator(".facts"), /Term\s*No term/);
    await page.getByRole("button", { name: "Edit course" }).click();
    const form = page.getByRole("form", { name: "Edit course" });
    await form.getByRole("combobox", { name: "Term" }).selectOption({ label: "2027SP Spring 2027" });

    await form.getByRole("searchbox", { name: "Find a catalog entry" }).fill("cs2");
    await form.getByRole("button", { name: "Choose CS201" }).click();
    const picked = form.getByRole("group", { name: /Catalog entry/ });
    await expectText(picked, "CS201 Data Structures");
    await expect
      .poll(() => picked.getByRole("button", { name: "Change catalog entry" }).evaluate(isFocused))
      .toBe(true);
    await expectText(form.getByText("Blank: the catalog entry's credits."), "Blank");

    await form.getByRole("button", { name: "Add a meeting" }).click();
    const first = form.getByRole("group", { name: "Meeting 1" });
    await expect.poll(() => first.getByRole("checkbox", { name: "Mon" }).evaluate(isFocused)).toBe(true);
    await first.getByRole("checkbox", { name: "Wed" }).check();
    await first.getByRole("checkbox", { name: "Mon" }).check();
    await first.getByLabel("Starts at").fill("09:00");
    await first.getByLabel("Ends at").fill("10:15");
    await first.getByRole("textbox", { name: "Room" }).fill("ENG 101");
    await form.getByRole("button", { name: "Add a meeting" }).click();
    const second = form.getByRole("group", { name: "Meeting 2" });
    await second.getByRole("checkbox", { name: "Fri" }).check();
    await second.getByLabel("Starts at").fill("13:00");
    await second.getByLabel("Ends at").fill("14:00");

    const addInstructor = form.getByRole("searchbox", { name: "Add an instructor" });
    await addInstructor.fill("turing");
    await form.getByRole("button", { name: "Add Alan Turing" }).click();
    await addInstructor.fill("example.edu");
    await expectText(form.getByRole("list", { name: "Matching instructors" }), "Already teaching");
    await form.getByRole("button", { name: "Add Grace Hopper" }).click();
    const order = form.getByRole("list", { name: "Instructors, in order" });
    await expectText(order.getByRole("listitem").first(), "Alan Turing");
    await form.getByRole("button", { name: "Move Grace Hopper up" }).click();
    await expectText(order.getByRole("listitem").first(), "Grace Hopper");
    // At the top, "up" is disabled: the focus stays with Grace Hopper, on "down".
    await expect
      .poll(() => form.getByRole("button", { name: "Move Grace Hopper down" }).evaluate(isFocused))
      .toBe(true);
    await app.expectAccessible("the course form with meetings and instructors");

    await form.getByRole("button", { name: "Save changes" }).click();
    await expectCount(form, 0);
    const facts = page.locator(".facts");
    await expectText(facts, /Term\s*Spring 2027 \(2027SP\)/);
    await expectText(facts, /Catalog entry\s*CS201 Data Structures/);
    await expectText(facts, /Credits\s*4 \(same as CS201\)/);
    await expectText(facts, "Mon, Wed 09:00–10:15 · ENG 101");
    await expectText(facts, "Fri 13:00–14:00");
    const instructors = page.locator(".facts ol");
    await expectText(instructors.getByRole("listitem").nth(0), "Grace Hopper");
    await expectText(instructors.getByRole("listitem").nth(1), "Alan Turing");
    await app.expectAccessible("a course page with its calendar");

    const stored = await app.api<CalendarCourse>("GET", `/api/v1/courses/${course.id}`);
    expect(stored).toMatchObject({
      term_id: term.id,
      catalog_id: entry.id,
      credits: 4,
      meetings: [
        { days: ["mon", "wed"], starts_at: "09:00", ends_at: "10:15", room: "ENG 101" },
        { days: ["fri"], starts_at: "13:00", ends_at: "14:00", room: null },
      ],
      instructor_ids: [grace.id, alan.id],
    });

    await page.getByRole("link", { name: "Spring 2027 (2027SP)" }).click();
    await expectText(page.getByRole("table", { name: "Courses in 2027SP" }), "CS201-01");
    await page.goBack();
    await page.getByRole("link", { name: "CS201 Data Structures" }).click();
    await expectText(page.getByRole("table", { name: "Sections of CS201" }), "CS201-01");
    await page.goBack();
    await page.getByRole("link", { name: "Grace Hopper" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Grace Hopper");
  });

  it("shows a meeting's errors next to its fields, and removes meetings", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of 400/);
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "CS101", title: "Intro" });

    await app.open(`/courses/${course.id}`);
    await page.getByRole("button", { name: "Edit course" }).click();
    const form = page.getByRole("form", { name: "Edit course" });
    await form.getByRole("button", { name: "Add a meeting" }).click();
    const meeting = form.getByRole("group", { name: "Meeting 1" });
    await meeting.getByLabel("Starts at").fill("11:00");
    await meeting.getByLabel("Ends at").fill("10:00");
    await form.getByRole("button", { name: "Save changes" }).click();

    await expectText(form.getByRole("alert"), "Please correct the fields marked below.");
    const days = meeting.getByRole("group", { name: "Days" });
    expect(await days.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => days.evaluate(isFocused)).toBe(true);
    await expectText(meeting.getByText("Choose at least one day."), "Choose at least one day.");
    await app.expectAccessible("a meeting with errors");

    await meeting.getByRole("checkbox", { name: "Tue" }).check();
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(meeting.getByText(/^Ends at must/), "Ends at must be after the start time");
    await expectCount(meeting.getByText("Choose at least one day."), 0);

    await meeting.getByRole("button", { name: "Remove meeting 1" }).click();
    await expectCount(meeting, 0);
    const add = form.getByRole("button", { name: "Add a meeting" });
    await expect.poll(() => add.evaluate(isFocused)).toBe(true);
    for (let count = 0; count < 10; count++) await add.click();
    expect(await add.isDisabled()).toBe(true);
    await expectText(form.getByText(/at most 10 times a week/), "A course meets at most 10 times a week.");
  });

  it("explains the API's refusals of a course's changes next to the fields they are about", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    app.allowConsoleError(/status of (400|409)/);
    const { grace } = await calendar(app);
    await app.api("POST", "/api/v1/courses", { code: "CS102", title: "Studio" });
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "CS101",
      title: "Intro",
      capacity: 2,
    });
    for (const name of ["ada", "alan"]) {
      const student = await app.api<Student>("POST", "/api/v1/students", {
        first_name: name,
        last_name: "Student",
        email: `${name}@students.example.edu`,
      });
      await app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id });
    }

    await app.open(`/courses/${course.id}`);
    await page.getByRole("button", { name: "Edit course" }).click();
    const form = page.getByRole("form", { name: "Edit course" });
    await form.getByRole("spinbutton", { name: "Capacity" }).fill("1");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(
      form.getByText(/^Capacity must/),
      "Capacity must be at least the 2 students already enrolled",
    );

    await form.getByRole("spinbutton", { name: "Capacity" }).fill("3");
    await form.getByRole("textbox", { name: "Code" }).fill("cs102");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectText(form.getByText(/Code is already taken/), "Code is already taken");

    await form.getByRole("textbox", { name: "Code" }).fill("CS101");
    await form.getByRole("searchbox", { name: "Add an instructor" }).fill("grace");
    await form.getByRole("button", { name: "Add Grace Hopper" }).click();
    // Someone deletes the instructor while the form is open.
    await app.api("DELETE", `/api/v1/instructors/${grace.id}`);
    await form.getByRole("button", { name: "Save changes" }).click();
    const row = form.getByRole("list", { name: "Instructors, in order" }).getByRole("listitem");
    await expectText(row, `Grace Hopper: instructor ${grace.id} does not exist`);
    expect(await row.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => row.evaluate(isFocused)).toBe(true);
    await app.expectAccessible("a course form with an unknown instructor");

    await form.getByRole("button", { name: "Remove Grace Hopper" }).click();
    await form.getByRole("button", { name: "Save changes" }).click();
    await expectCount(form, 0);
    await expectText(page.locator(".facts"), /Capacity\s*3/);
  });

  it("filters the courses list by term, remembered in the address, and creates a course in a term", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    const springTerm = await app.api<Term>("POST", "/api/v1/terms", spring);
    const fallTerm = await app.api<Term>("POST", "/api/v1/terms", fall);
    await app.api("POST", "/api/v1/courses", { code: "CS101-SP", title: "Intro", term_id: springTerm.id });
    await app.api("POST", "/api/v1/courses", { code: "CS101-FA", title: "Intro", term_id: fallTerm.id });
    await app.api("POST", "/api/v1/courses", { code: "ART1", title: "Drawing" });

    await app.open("/courses");
    const rows = page.getByRole("table", { name: /Courses/ }).getByRole("row");
    await expectCount(rows, 4);
    await expectText(page.getByRole("row", { name: /ART1/ }), "–");
    await expectText(page.getByRole("row", { name: /CS101-FA/ }), "2026FA");
    const filter = page.getByRole("combobox", { name: "Filter by term" });
    await expectText(filter.locator("option").nth(1), "2027SP Spring 2027");
    await filter.selectOption({ label: "2026FA Fall 2026" });
    await expectCount(rows, 2);
    await expectText(rows.nth(1), "CS101-FA");
    expect(new URL(page.url()).search).toBe(`?term_id=${fallTerm.id}`);
    await page.getByRole("searchbox", { name: "Search courses" }).fill("art");
    await expectText(page.getByText(/No courses match/), "No courses match “art” in 2026FA.");
    expect(new URLSearchParams(new URL(page.url()).search).get("term_id")).toBe(String(fallTerm.id));
    await app.expectAccessible("the courses list filtered by term");

    await page.reload();
    await expectText(page.getByText(/No courses match/), "No courses match “art” in 2026FA.");
    expect(await page.getByRole("combobox", { name: "Filter by term" }).inputValue()).toBe(
      String(fallTerm.id),
    );
    await page.getByRole("searchbox", { name: "Search courses" }).fill("");
    await expectCount(rows, 2);

    const form = page.getByRole("form", { name: "New course" });
    await form.getByRole("textbox", { name: "Code" }).fill("CS102-FA");
    await form.getByRole("textbox", { name: "Title" }).fill("Studio");
    await form.getByRole("combobox", { name: "Term" }).selectOption({ label: "2026FA Fall 2026" });
    await form.getByRole("button", { name: "Add a meeting" }).click();
    const meeting = form.getByRole("group", { name: "Meeting 1" });
    await meeting.getByRole("checkbox", { name: "Thu" }).check();
    await meeting.getByLabel("Starts at").fill("15:30");
    await meeting.getByLabel("Ends at").fill("17:00");
    await form.getByRole("button", { name: "Add course" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "CS102-FA Studio");
    await expectText(page.locator(".facts"), /Term\s*Fall 2026 \(2026FA\)/);
    await expectText(page.locator(".facts"), "Thu 15:30–17:00");
  });

  it("shows a viewer a course's calendar without any control that changes it", async () => {
    const app = await openBrowserAppAs("viewer");
    const { page } = app;
    const { term, entry, grace } = await calendar(app);
    const course = await app.api<Course>("POST", "/api/v1/courses", {
      code: "CS201-01",
      title: "Data Structures",
      credits: 3,
      term_id: term.id,
      catalog_id: entry.id,
      meetings: [{ days: ["tue", "thu"], starts_at: "10:30", ends_at: "11:45", room: "SCI 2" }],
      instructor_ids: [grace.id],
    });
    const student = await app.api<Student>("POST", "/api/v1/students", {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.edu",
    });
    await app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id });

    await app.open(`/courses/${course.id}`);
    const facts = page.locator(".facts");
    await expectText(facts, "Tue, Thu 10:30–11:45 · SCI 2");
    await expectText(facts, "Grace Hopper");
    // Its own credits differ from its catalog entry's: no hint.
    await expectText(facts, /Credits\s*3\s*Capacity/);
    await expectText(page.getByRole("table", { name: "Students in CS201-01" }), "Lovelace, Ada");
    // Reading an enrollment's history is the one thing a viewer may do with a button here.
    await expectCount(
      page
        .getByRole("main")
        .getByRole("button")
        .filter({ hasNotText: /^History/ }),
      0,
    );
    await app.expectAccessible("a course page for a viewer");

    await app.open("/courses");
    await expectText(page.getByRole("row", { name: /CS201-01/ }), "2027SP");
    await expectCount(page.getByRole("main").getByRole("form"), 0);
  });
});

import { describe, expect, it } from "vitest";
import { expectCount, expectText, openBrowserApp, type Course, type Student } from "./browser-app.ts";

const isFocused = (element: HTMLElement | SVGElement) => element === document.activeElement;

const ada = { first_name: "Ada", last_name: "Lovelace", email: "ada@example.edu" };

describe("signing in to the web UI", () => {
  it("refuses a bad token with the API's message and stays signed out", async () => {
    const app = await openBrowserApp({ signedIn: false });
    const { page } = app;
    // Chromium logs the API's 401 answers: the session check at start, and the refused token.
    app.allowConsoleError(/status of 401/);

    await app.open("/students");
    await expectText(page.getByRole("heading", { level: 1 }), "Sign in");
    expect(await page.title()).toBe("Sign in · Registrar");
    await expectText(page.getByRole("main"), "npm run registrar -- token create");
    await expectCount(page.getByRole("navigation", { name: "Main" }), 0);
    await app.expectAccessible("the sign-in page");

    const form = page.getByRole("form", { name: "Sign in" });
    const token = form.getByLabel("API token");
    expect(await token.getAttribute("type")).toBe("password");
    await token.fill("not-a-real-token");
    await form.getByRole("button", { name: "Sign in" }).click();

    await expectText(form.getByRole("alert"), /not valid/);
    await expectText(page.getByRole("heading", { level: 1 }), "Sign in");
    await expectCount(page.getByRole("button", { name: "Sign out" }), 0);
    expect((await page.request.get(`${app.url}/api/v1/session`)).status()).toBe(401);
    await app.expectAccessible("the sign-in page with an error");
  });

  it("reaches the students page with a good token and shows who is signed in", async () => {
    const app = await openBrowserApp({ signedIn: false });
    const { page } = app;
    app.allowConsoleError(/status of 401/);
    await app.api("POST", "/api/v1/students", ada);
    const registrar = await app.createToken("registrar");

    await app.open("/");
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("API token").fill(` ${registrar.token} `);
    await form.getByRole("button", { name: "Sign in" }).click();

    const heading = page.getByRole("heading", { level: 1 });
    await expectText(heading, "Students");
    await expect.poll(() => heading.evaluate(isFocused)).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/students");
    await expectText(page.getByRole("table", { name: /Students/ }), "Lovelace, Ada");
    await expectText(page.getByRole("banner"), `Signed in as ${registrar.name} (registrar)`);
    await page.getByRole("form", { name: "New student" }).waitFor();
  });

  it("signs out to the sign-in page, forgets the records, and the session no longer works", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await app.api("POST", "/api/v1/students", ada);

    await app.open("/students");
    await expectText(page.getByRole("table", { name: /Students/ }), "Lovelace, Ada");
    await expectText(page.getByRole("banner"), "(admin)");
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === "registrar_session");
    expect(session?.httpOnly).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Sign in");
    await expectCount(page.getByText("Lovelace"), 0);
    await expectCount(page.getByRole("navigation", { name: "Main" }), 0);
    expect((await page.request.get(`${app.url}/api/v1/students`)).status()).toBe(401);
    // The server ended the session itself: the old cookie, sent again, is refused too.
    const replayed = await fetch(`${app.url}/api/v1/students`, {
      headers: { cookie: `registrar_session=${session?.value ?? ""}` },
    });
    expect(replayed.status).toBe(401);

    // Held back, the list shows as loading: nothing of the previous session was kept to show instead.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route("**/api/v1/students?*", async (route) => {
      await answered;
      await route.continue();
    });
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("API token").fill(app.adminToken);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "Loading" }), "Loading students…");
    answer();
    await expectText(page.getByRole("table", { name: /Students/ }), "Lovelace, Ada");
  });

  it("shows the sign-in page when the token is revoked, then returns to the same page", async () => {
    const app = await openBrowserApp({ signedIn: false });
    const { page } = app;
    // The API answers 401 to the page's next request once the token is revoked.
    app.allowConsoleError(/status of 401/);
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "CS101", title: "Intro" });
    const registrar = await app.createToken("registrar");
    await app.signIn(registrar.token);

    await app.open(`/courses/${course.id}`);
    await expectText(page.getByRole("heading", { level: 1 }), "CS101 Intro");
    await app.api("DELETE", `/api/v1/tokens/${registrar.name}`);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Courses" }).click();
    const heading = page.getByRole("heading", { level: 1 });
    await expectText(heading, "Sign in");
    await expect.poll(() => heading.evaluate(isFocused)).toBe(true);
    await expectCount(page.getByText("CS101"), 0);
    expect(new URL(page.url()).pathname).toBe("/courses");

    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("API token").fill(registrar.token);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expectText(form.getByRole("alert"), /not valid/);
    await form.getByLabel("API token").fill(app.adminToken);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expectText(page.getByRole("table", { name: /Courses/ }), "CS101");
  });

  it("shows a viewer the records without any control that changes them", async () => {
    const app = await openBrowserApp({ signedIn: false });
    const { page } = app;
    app.allowConsoleError(/status of 401/);
    const student = await app.api<Student>("POST", "/api/v1/students", ada);
    const course = await app.api<Course>("POST", "/api/v1/courses", { code: "CS101", title: "Intro" });
    await app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id });
    const viewer = await app.createToken("viewer");

    await app.open("/students");
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("API token").fill(viewer.token);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expectText(page.getByRole("table", { name: /Students/ }), "Lovelace, Ada");
    await expectText(page.getByRole("banner"), `Signed in as ${viewer.name} (viewer)`);
    const main = page.getByRole("main");
    await expectCount(main.getByRole("form"), 0);
    await expectCount(main.getByRole("button"), 0);

    await page.getByRole("link", { name: "Lovelace, Ada" }).click();
    await expectText(page.getByRole("table", { name: "Courses of Ada Lovelace" }), /CS101.*Enrolled/s);
    // Opening an enrollment's history reads, and changes nothing.
    await expectCount(main.getByRole("button", { name: "History of CS101" }), 1);
    await expectCount(main.getByRole("button").filter({ hasNotText: "History" }), 0);
    await expectCount(main.getByRole("searchbox", { name: "Find a course" }), 0);
    await app.expectAccessible("a student's page for a viewer");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Courses" }).click();
    await expectText(page.getByRole("table", { name: /Courses/ }), "CS101");
    await expectCount(main.getByRole("form"), 0);
    await expectCount(main.getByRole("button"), 0);
  });

  it("explains a change the role may not make instead of failing", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    // The API's 403 for the viewer's write, which the form turns into its message.
    app.allowConsoleError(/status of 403/);
    const viewer = await app.createToken("viewer");

    await app.open("/students");
    const form = page.getByRole("form", { name: "New student" });
    await form.getByRole("textbox", { name: "First name" }).fill("Ada");
    await form.getByRole("textbox", { name: "Last name" }).fill("Lovelace");
    await form.getByRole("textbox", { name: "Email" }).fill("ada@example.edu");
    // Another tab signs this browser in as a viewer while the form, shown to the admin, is still open.
    await app.signIn(viewer.token);
    await form.getByRole("button", { name: "Add student" }).click();

    await expectText(form.getByRole("alert"), "Your role may not make this change.");
    await expectText(page.getByRole("heading", { level: 1 }), "Students");
    const students = await app.api<{ data: Student[] }>("GET", "/api/v1/students");
    expect(students.data).toEqual([]);
  });
});

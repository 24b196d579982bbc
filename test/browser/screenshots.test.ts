import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { expectText, openBrowserApp, type BrowserApp, type Course, type Student } from "./browser-app.ts";
import { zipWithBadRows } from "./oneroster-zip.ts";

/** npm run screenshots: the README's pictures of the main pages, on a small made-up registry. */
const folder = join(import.meta.dirname, "../../docs/screenshots");

const people = [
  ["Ada", "Lovelace"],
  ["Alan", "Turing"],
  ["Grace", "Hopper"],
  ["Edsger", "Dijkstra"],
  ["Barbara", "Liskov"],
  ["Donald", "Knuth"],
  ["Margaret", "Hamilton"],
  ["Katherine", "Johnson"],
  ["Tim", "Berners-Lee"],
  ["Radia", "Perlman"],
  ["Frances", "Allen"],
  ["John", "Backus"],
] as const;

const catalogue = [
  ["CS101", "Introduction to Programming", 4, 30],
  ["CS201", "Data Structures", 4, 25],
  ["CS240", "Operating Systems", 3, 4],
  ["CS350", "Compilers", 4, 20],
  ["MATH210", "Discrete Mathematics", 3, null],
  ["PHIL120", "Logic and Computation", 2, 15],
] as const;

async function seed(app: BrowserApp) {
  const students: Student[] = [];
  for (const [first_name, last_name] of people) {
    const email = `${first_name}.${last_name}`.toLowerCase().replace(/[^a-z.]/g, "") + "@example.edu";
    students.push(await app.api<Student>("POST", "/api/v1/students", { first_name, last_name, email }));
  }
  const courses: Course[] = [];
  for (const [code, title, credits, capacity] of catalogue) {
    courses.push(await app.api<Course>("POST", "/api/v1/courses", { code, title, credits, capacity }));
  }
  const enroll = (student: Student, course: Course, waitlist = false) =>
    app.api("POST", `/api/v1/students/${student.id}/courses`, { course_id: course.id, waitlist });
  const [cs101, cs201, cs240, cs350, math210, phil120] = courses as [Course, ...Course[]];
  for (const [index, student] of students.entries()) {
    await enroll(student, cs101);
    if (index % 2 === 0 && cs201) await enroll(student, cs201);
    if (index % 3 === 0 && math210) await enroll(student, math210);
    if (index % 4 === 1 && phil120) await enroll(student, phil120);
    if (index < 4 && cs350) await enroll(student, cs350);
  }
  // Operating Systems is full, with three students waiting.
  for (const student of students.slice(4, 8)) if (cs240) await enroll(student, cs240);
  for (const student of students.slice(8, 11)) if (cs240) await enroll(student, cs240, true);
  return { students, cs240: cs240 ?? cs101 };
}

describe.runIf(process.env.UPDATE_SCREENSHOTS === "1")("README screenshots", () => {
  it("captures the main pages", async () => {
    mkdirSync(folder, { recursive: true });
    const app = await openBrowserApp({ viewport: { width: 1200, height: 760 } });
    const { page } = app;
    app.allowConsoleError(/status of 409/);
    const { students, cs240 } = await seed(app);
    const shoot = (name: string, fullPage = false) =>
      page.screenshot({ path: join(folder, `${name}.png`), fullPage });

    await app.open("/students");
    await expectText(page.getByRole("table"), "Lovelace, Ada");
    await shoot("students");

    await app.open("/courses");
    await expectText(page.getByRole("table"), "CS240");
    await shoot("courses");

    await app.open(`/courses/${cs240.id}`);
    await expectText(page.getByRole("list", { name: /Waitlist/ }), "Tim Berners-Lee");
    await shoot("course");

    const ada = students[0];
    if (ada) await app.open(`/students/${ada.id}`);
    await page.getByRole("searchbox", { name: "Find a course" }).fill("operating");
    await page.getByRole("button", { name: "Enroll in CS240" }).click();
    await page.getByRole("group", { name: "Course full — join the waitlist?" }).waitFor();
    await shoot("student-waitlist-choice");

    await app.open("/imports");
    const upload = page.getByRole("form", { name: "Import a OneRoster zip" });
    await upload
      .getByLabel("OneRoster zip")
      .setInputFiles({ name: "roster.zip", mimeType: "application/zip", buffer: zipWithBadRows() });
    await upload.getByRole("checkbox", { name: /Dry run/ }).check();
    await upload.getByRole("button", { name: "Check the zip" }).click();
    await page.getByRole("table", { name: "Rejected rows" }).waitFor();
    await shoot("imports", true);

    await app.open("/tokens");
    const newToken = page.getByRole("form", { name: "New token" });
    await newToken.getByRole("textbox", { name: "Name" }).fill("lms-nightly");
    await newToken.getByRole("combobox", { name: "Role" }).selectOption("viewer");
    await newToken.getByRole("button", { name: "Create token" }).click();
    await page.getByRole("region", { name: "Token lms-nightly created" }).waitFor();
    await shoot("tokens");

    await page.setViewportSize({ width: 390, height: 844 });
    await app.open(`/courses/${cs240.id}`);
    await shoot("course-phone");
  });
});

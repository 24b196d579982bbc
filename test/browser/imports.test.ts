import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectCount, expectText, openBrowserApp, openBrowserAppAs, type BrowserApp } from "./browser-app.ts";
import { zipWithBadRows } from "./oneroster-zip.ts";

async function upload(app: BrowserApp, options: { dryRun?: boolean; skipInvalid?: boolean } = {}) {
  const form = app.page.getByRole("form", { name: "Import a OneRoster zip" });
  await form
    .getByLabel("OneRoster zip")
    .setInputFiles({ name: "roster.zip", mimeType: "application/zip", buffer: zipWithBadRows() });
  if (options.dryRun) await form.getByRole("checkbox", { name: /Dry run/ }).check();
  if (options.skipInvalid) await form.getByRole("checkbox", { name: /Skip invalid rows/ }).check();
  await form.getByRole("button", { name: options.dryRun ? "Check the zip" : "Import" }).click();
}

const rejectRows = (app: BrowserApp) =>
  app.page.getByRole("table", { name: "Rejected rows" }).locator("tbody tr");

const students = async (app: BrowserApp) =>
  (await app.api<{ data: { email: string }[] }>("GET", "/api/v1/students")).data.map((each) => each.email);

describe("imports in the browser", () => {
  it("dry-runs a zip: the summary per file and every rejected row, sortable, written nowhere", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await app.open("/imports");
    expect(await page.title()).toBe("Imports · Registrar");
    await app.expectAccessible("the imports page");

    await upload(app, { dryRun: true });
    // A dry run with rejected rows fails, as the import itself would, and still reports everything.
    await expectText(
      page.getByRole("status").filter({ hasText: /Finished|Failed/ }),
      "Failed: Rows were rejected: a real import would write nothing",
    );
    await expectText(page.getByRole("region", { name: "Summary" }), "Dry run: nothing was written.");
    const users = page.getByRole("table", { name: "Rows per file" }).getByRole("row", { name: /users\.csv/ });
    // rows, created, updated, unchanged, skipped, rejected
    expect(await users.locator("td").allInnerTexts()).toEqual(["4", "2", "0", "0", "0", "2"]);
    await expectCount(rejectRows(app), 2);
    expect(await rejectRows(app).first().locator("td").allInnerTexts()).toEqual([
      "users.csv",
      "3",
      "email",
      expect.stringMatching(/email/i) as string,
    ]);
    await app.expectAccessible("an import's report");

    const line = page.getByRole("columnheader", { name: "Line" });
    await line.getByRole("button").click();
    expect(await line.getAttribute("aria-sort")).toBe("ascending");
    await line.getByRole("button").click();
    expect(await line.getAttribute("aria-sort")).toBe("descending");
    expect(await rejectRows(app).first().locator("td").nth(1).innerText()).toBe("5");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download rejected rows (CSV)" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8").split("\r\n");
    expect(csv[0]).toBe("file,line,column,reason");
    expect(csv[1]).toMatch(/^users\.csv,3,email,/);
    expect(csv[2]).toMatch(/^users\.csv,5,sourcedId,/);
    expect(await students(app)).toEqual([]);
  });

  it("writes nothing when rows are rejected, and the valid rows with skip-invalid", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await app.open("/imports");
    await upload(app);
    await expectText(page.getByRole("region", { name: "Summary" }), "Nothing was written");
    expect(await students(app)).toEqual([]);

    await upload(app, { skipInvalid: true });
    await expectText(page.getByRole("region", { name: "Summary" }), "The import was written.");
    await expectCount(rejectRows(app), 2);
    expect((await students(app)).sort()).toEqual(["ada@example.edu", "grace@example.edu"]);
  });

  it("says why a file that is not a zip was refused", async () => {
    const app = await openBrowserApp();
    app.allowConsoleError(/status of 400/);
    const { page } = app;
    await app.open("/imports");
    const form = page.getByRole("form", { name: "Import a OneRoster zip" });
    await form.getByRole("button", { name: "Import" }).click();
    await expectText(form.getByText("Choose a zip file to import."), "Choose a zip");
    await form
      .getByLabel("OneRoster zip")
      .setInputFiles({ name: "roster.zip", mimeType: "application/zip", buffer: Buffer.from("not a zip") });
    await form.getByRole("button", { name: "Import" }).click();
    await expectText(page.getByRole("alert"), "The zip was not imported.");
  });

  it("downloads the OneRoster export as a zip", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await app.api("POST", "/api/v1/students", {
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.edu",
    });
    await app.open("/imports");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the OneRoster export (zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^registrar-oneroster-\d{4}-\d\d-\d\d\.zip$/);
    const files = unzipSync(readFileSync(await download.path()));
    expect(new TextDecoder().decode(files["users.csv"])).toContain("ada@example.edu");
  });

  it("shows registrars no imports link, and the page says it is for admins only", async () => {
    const app = await openBrowserAppAs("registrar");
    const { page } = app;
    await app.open("/students");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expectText(nav, "Instructors");
    await expectCount(nav.getByRole("link", { name: "Imports" }), 0);
    await expectCount(nav.getByRole("link", { name: "Tokens" }), 0);
    await app.open("/imports");
    await expectText(page.getByRole("main"), "Imports are for admins only.");
    await expectCount(page.getByRole("form"), 0);
    await app.expectAccessible("the imports page for a registrar");
  });
});

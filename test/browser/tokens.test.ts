import { describe, expect, it } from "vitest";
import { expectCount, expectText, openBrowserApp, openBrowserAppAs } from "./browser-app.ts";

describe("API tokens in the browser", () => {
  it("creates a token whose secret is shown once and works, lists it, and revokes it", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await app.open("/tokens");
    expect(await page.title()).toBe("API tokens · Registrar");
    const form = page.getByRole("form", { name: "New token" });
    await form.getByRole("textbox", { name: "Name" }).fill("ci-reports");
    await form.getByRole("combobox", { name: "Role" }).selectOption("registrar");
    await form.getByRole("button", { name: "Create token" }).click();

    const secret = page.getByRole("region", { name: "Token ci-reports created" });
    await expectText(secret, "shown only this once");
    const token = await secret.getByLabel("Secret of ci-reports").innerText();
    expect(token.length).toBeGreaterThanOrEqual(32);
    await secret.getByRole("button", { name: "Copy secret" }).click();
    await expectText(secret.getByRole("status"), "Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await app.expectAccessible("a new token's secret");

    const works = await fetch(`${app.url}/api/v1/students`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(works.status).toBe(200);
    const row = page.getByRole("row", { name: /ci-reports/ });
    await expectText(row, "registrar");
    await secret.getByRole("button", { name: "Done" }).click();
    await expectCount(page.getByLabel("Secret of ci-reports"), 0);

    await row.getByRole("button", { name: "Revoke ci-reports" }).click();
    await row.getByRole("button", { name: "Yes, revoke ci-reports" }).click();
    await expectCount(row.getByRole("button", { name: /Revoke/ }), 0);
    await expect.poll(() => row.locator("td").nth(3).innerText()).not.toBe("–");
    const revoked = await fetch(`${app.url}/api/v1/students`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(401);
    await app.expectAccessible("the token list with a revoked token");
  });

  it("shows the API's reason next to the name when it is refused", async () => {
    const app = await openBrowserApp();
    app.allowConsoleError(/status of (400|409)/);
    const { page } = app;
    await app.createToken("viewer");
    await app.open("/tokens");
    const form = page.getByRole("form", { name: "New token" });
    const name = form.getByRole("textbox", { name: "Name" });
    await name.fill("Has Spaces");
    await form.getByRole("button", { name: "Create token" }).click();
    await expectText(form.getByText(/^Name must/), "Name must be 1–64 of a–z");
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    await app.expectAccessible("the token form with a field error");

    await name.fill("browser-viewer-1");
    await form.getByRole("button", { name: "Create token" }).click();
    await expectText(form.getByRole("alert"), "browser-viewer-1");
    await expectCount(page.getByRole("region", { name: /created/ }), 0);
  });

  it("tells a viewer that tokens are for admins only", async () => {
    const app = await openBrowserAppAs("viewer");
    const { page } = app;
    await app.open("/tokens");
    await expectText(page.getByRole("main"), "API tokens are for admins only.");
    await expectCount(page.getByRole("form"), 0);
    await expectCount(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tokens" }),
      0,
    );
  });
});

import { describe, expect, it } from "vitest";
import { expectCount, expectText, openBrowserApp, openBrowserAppAs } from "./browser-app.ts";

const SCOPE = "https://purl.imsglobal.org/spec/or/v1p2/scope/";

/** What an LMS does with a client id and secret: trade them for a token at the OneRoster token endpoint. */
const tokenStatus = async (url: string, clientId: string, secret: string) =>
  (
    await fetch(`${url}/ims/oneroster/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: clientId,
        client_secret: secret,
      }).toString(),
    })
  ).status;

describe("OneRoster OAuth clients in the browser", () => {
  it("creates a client whose secret is shown once and works, lists it with its scopes, and revokes it", async () => {
    const app = await openBrowserApp();
    const { page } = app;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await app.open("/students");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "OAuth clients" }).click();
    await expect.poll(() => page.title()).toBe("OAuth clients · Registrar");
    await expectText(page.getByRole("main"), "No OAuth clients yet.");
    await app.expectAccessible("the OAuth clients page without clients");

    const form = page.getByRole("form", { name: "New OAuth client" });
    await form.getByRole("textbox", { name: "Name" }).fill("Canvas");
    const scopes = form.getByRole("group", { name: "Scopes" });
    expect(await scopes.getByRole("checkbox", { name: /^roster\.readonly/ }).isChecked()).toBe(true);
    await scopes.getByRole("checkbox", { name: /^roster\.readonly/ }).uncheck();
    await scopes.getByRole("checkbox", { name: /^roster-core\.readonly/ }).check();
    await scopes.getByRole("checkbox", { name: /^roster-demographics\.readonly/ }).check();
    await form.getByRole("button", { name: "Create client" }).click();

    const secret = page.getByRole("region", { name: "Client Canvas created" });
    await expectText(secret, "shown only this once");
    const clientId = await secret.getByLabel("Client id of Canvas").innerText();
    const clientSecret = await secret.getByLabel("Secret of Canvas").innerText();
    await secret.getByRole("button", { name: "Copy secret" }).click();
    await expectText(secret.getByRole("status"), "Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clientSecret);
    await app.expectAccessible("a new client's secret");
    expect(await tokenStatus(app.url, clientId, clientSecret)).toBe(200);

    const { data } = await app.api<{ data: { client_id: string; scopes: string[] }[] }>(
      "GET",
      "/api/v1/oauth-clients",
    );
    expect(data.find((client) => client.client_id === clientId)?.scopes.sort()).toEqual(
      [`${SCOPE}roster-core.readonly`, `${SCOPE}roster-demographics.readonly`].sort(),
    );
    const row = page.getByRole("row", { name: /Canvas/ });
    await expectText(row, "roster-core.readonly, roster-demographics.readonly");
    await expectText(row, clientId);
    await secret.getByRole("button", { name: "Done" }).click();
    await expectCount(page.getByLabel("Secret of Canvas"), 0);

    await row.getByRole("button", { name: "Revoke Canvas" }).click();
    await row.getByRole("button", { name: "Yes, revoke Canvas" }).click();
    await expectCount(row.getByRole("button", { name: /Revoke/ }), 0);
    await expect.poll(() => row.locator("td").nth(4).innerText()).not.toBe("–");
    expect(await tokenStatus(app.url, clientId, clientSecret)).toBe(401);
    await app.expectAccessible("the client list with a revoked client");
  });

  it("shows the API's reason when no scope is chosen or the name is taken", async () => {
    const app = await openBrowserApp();
    app.allowConsoleError(/status of (400|409)/);
    const { page } = app;
    await app.open("/oauth-clients");
    const form = page.getByRole("form", { name: "New OAuth client" });
    await form.getByRole("textbox", { name: "Name" }).fill("Moodle");
    await form
      .getByRole("group", { name: "Scopes" })
      .getByRole("checkbox", { name: /^roster\.readonly/ })
      .uncheck();
    await form.getByRole("button", { name: "Create client" }).click();
    await expectText(form.getByText(/^Scopes:/), "Scopes:");
    await app.expectAccessible("the client form with a scopes error");

    await form
      .getByRole("group", { name: "Scopes" })
      .getByRole("checkbox", { name: /^roster\.readonly/ })
      .check();
    await form.getByRole("button", { name: "Create client" }).click();
    await expectText(page.getByRole("region", { name: "Client Moodle created" }), "shown only this once");
    await form.getByRole("textbox", { name: "Name" }).fill("Moodle");
    await form.getByRole("button", { name: "Create client" }).click();
    await expectText(form.getByRole("alert"), "Moodle");
  });

  it.each(["viewer", "registrar"] as const)(
    "tells a %s that OAuth clients are for admins only",
    async (role) => {
      const app = await openBrowserAppAs(role);
      const { page } = app;
      await app.open("/oauth-clients");
      await expectText(page.getByRole("main"), "OAuth clients are for admins only.");
      await expectCount(page.getByRole("form"), 0);
      await expectCount(
        page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "OAuth clients" }),
        0,
      );
    },
  );
});

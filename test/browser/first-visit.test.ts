import { describe, expect, it } from "vitest";
import { expectText, openBrowserApp } from "./browser-app.ts";

describe("a first visit", () => {
  it("shows the sign-in page and logs no error in the console (no failed session probe)", async () => {
    const app = await openBrowserApp({ signedIn: false });
    const { page } = app;
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await app.open("/");
    await expectText(page.getByRole("heading", { level: 1 }), "Sign in");
    await page.waitForLoadState("networkidle");
    expect(failed).toEqual([]);
    await app.expectAccessible("the sign-in page on a first visit");
    // openBrowserApp fails the test on any console error once it ends.
  });
});

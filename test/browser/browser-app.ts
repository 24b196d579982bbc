import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, expect, onTestFinished } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { startServer } from "../helpers/server.ts";

/** Debian's Chromium (apt-get install chromium); the browser cannot be downloaded here. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * One Chromium per test file, started by its first test; each test gets a context of its own (its own cookies,
 * storage and cache), which takes milliseconds where starting a browser takes seconds.
 */
let browser: Promise<Browser> | undefined;
const sharedBrowser = () =>
  (browser ??= chromium.launch({ executablePath, args: chromiumArgs, headless: true }));
afterAll(async () => {
  await (await browser)?.close();
});

export type Role = "viewer" | "registrar" | "admin";

export interface BrowserApp {
  page: Page;
  /** The server's address, e.g. http://127.0.0.1:40123. */
  url: string;
  /** Opens a path of the app and waits for its first heading. */
  open: (path: string) => Promise<void>;
  /** Calls the API directly as the admin, to set up a situation faster than clicking through it. */
  api: <Body>(method: "GET" | "POST" | "DELETE" | "PATCH", path: string, body?: unknown) => Promise<Body>;
  /** The token the server accepts as an admin (its ADMIN_TOKEN). */
  adminToken: string;
  /** Creates an API token with the role; `token` is its secret. */
  createToken: (role: Role) => Promise<{ name: string; token: string }>;
  /**
   * Signs the browser in with the token through the API, in the browser's own cookie jar, as the sign-in form
   * would; the next page the browser opens is signed in.
   */
  signIn: (token: string) => Promise<void>;
  /** Console messages that this test expects (an API 409 that the UI turns into a choice is logged by Chromium). */
  allowConsoleError: (pattern: RegExp) => void;
  /** CSP violations that this test expects (a library probing for eval, which it does without). */
  allowCspViolation: (pattern: RegExp) => void;
  /** Runs axe-core on the page as it is now: no serious or critical violations. */
  expectAccessible: (what: string) => Promise<void>;
}

export interface BrowserAppOptions {
  viewport?: { width: number; height: number };
  /** Whether the browser starts signed in as the admin (the default), or signed out. */
  signedIn?: boolean;
}

/**
 * The real server (`npm start`'s entry point, serving the built UI) on a fresh database, and a fresh Chromium
 * profile; both are gone when the test ends. Any console error, uncaught exception or Content-Security-Policy
 * violation fails the test.
 */
export async function openBrowserApp({
  viewport = { width: 1280, height: 900 },
  signedIn = true,
}: BrowserAppOptions = {}): Promise<BrowserApp> {
  const server = await startServer(await freshDatabaseUrl());
  const adminToken = server.adminToken;
  if (adminToken === undefined) throw new Error("startServer gave the server no ADMIN_TOKEN");
  const context = await (await sharedBrowser()).newContext({ viewport, locale: "en-US", timezoneId: "UTC" });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);

  const problems: string[] = [];
  const allowed: RegExp[] = [];
  const allowedViolations: RegExp[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !allowed.some((pattern) => pattern.test(message.text()))) {
      problems.push(`console error on ${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => {
    problems.push(`uncaught exception on ${page.url()}: ${error.message}`);
  });
  // Chromium also logs most Content-Security-Policy violations to the console, but not every kind: the
  // securitypolicyviolation event reports each one.
  await page.exposeFunction("reportCspViolation", (violation: string) => {
    if (!allowedViolations.some((pattern) => pattern.test(violation))) {
      problems.push(`CSP violation on ${page.url()}: ${violation}`);
    }
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void })
        .reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} in ${event.sourceFile}`,
      );
    });
  });

  onTestFinished(async () => {
    await context.close();
  });
  onTestFinished(({ task }) => {
    if (task.result?.state === "fail") return;
    expect(problems, "console errors and uncaught exceptions").toEqual([]);
  });

  const api = async <Body>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${adminToken}`,
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as Body;
  };
  let tokens = 0;
  const signIn = async (token: string) => {
    const response = await context.request.post(`${server.url}/api/v1/session`, { data: { token } });
    if (!response.ok()) throw new Error(`signing in answered ${response.status()}: ${await response.text()}`);
  };
  if (signedIn) await signIn(adminToken);

  return {
    page,
    url: server.url,
    open: async (path) => {
      await page.goto(`${server.url}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
    },
    api,
    adminToken,
    createToken: async (role) => {
      const name = `browser-${role}-${++tokens}`;
      const { token } = await api<{ token: string }>("POST", "/api/v1/tokens", { name, role });
      return { name, token };
    },
    signIn,
    allowConsoleError: (pattern) => {
      allowed.push(pattern);
    },
    allowCspViolation: (pattern) => {
      allowedViolations.push(pattern);
    },
    expectAccessible: async (what) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map(
          (violation) =>
            `${violation.id} (${violation.impact ?? "?"}): ${violation.help} at ${violation.nodes
              .map((node) => node.target.join(" "))
              .join(", ")}`,
        );
      expect(serious, `axe on ${what}`).toEqual([]);
    },
  };
}

/** Waits until the locator's text contains the expected text (playwright-core has no web-first assertions). */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  await expect
    .poll(async () => ((await locator.count()) > 0 ? await locator.first().innerText() : ""), {
      timeout: 10_000,
    })
    .toMatch(typeof expected === "string" ? new RegExp(escapeRegExp(expected)) : expected);
}

/** Waits until the locator matches exactly this many elements. */
export async function expectCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 10_000 }).toBe(count);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface Student {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
}

export interface Course {
  id: number;
  code: string;
  title: string;
}

export interface Term {
  id: number;
  code: string;
  name: string;
}

export interface CatalogEntry {
  id: number;
  code: string;
  title: string;
}

export interface Instructor {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
}

/** Opens the app signed in with a new token of the role (a viewer sees no controls that change records). */
export async function openBrowserAppAs(role: Role, options: BrowserAppOptions = {}): Promise<BrowserApp> {
  const app = await openBrowserApp({ ...options, signedIn: false });
  await app.signIn((await app.createToken(role)).token);
  return app;
}

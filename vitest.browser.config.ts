import { defineConfig } from "vitest/config";

/**
 * npm run test:browser: the web UI in Debian's Chromium (playwright-core), each test against its own server
 * and database. Separate from npm test, which needs no browser.
 */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

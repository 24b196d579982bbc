import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // test/postgres holds what only PostgreSQL has (advisory locks, outages); npm run test:pg runs it.
    exclude: ["test/postgres/**", "test/browser/**", "node_modules/**"],
    // Generous, so that a machine busy with other work slows tests down instead of failing them; no test
    // asserts on time (speed is for npm run bench).
    testTimeout: 20_000,
    coverage: {
      provider: "v8",
      include: ["src/**"],
      exclude: ["src/server.ts", "src/cli/**"],
      thresholds: { lines: 90 },
    },
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/pg/**", "test/browser/**"],
    coverage: {
      provider: "v8",
      include: ["src/**"],
      exclude: ["src/server.ts", "src/cli/**"],
      thresholds: { lines: 90 },
    },
  },
});

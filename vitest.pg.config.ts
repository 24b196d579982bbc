import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/** The same suite on PostgreSQL (plus test/postgres): every test gets a copy of a migrated template database. */
export default defineConfig({
  test: {
    ...base.test,
    exclude: ["test/browser/**", "node_modules/**"],
    env: { REGISTRAR_TEST_ENGINE: "postgres" },
    globalSetup: ["test/helpers/pg-global-setup.ts"],
  },
});

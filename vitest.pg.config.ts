import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

/** The same suite on PostgreSQL: every test gets its own database copied from a migrated template. */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      env: { REGISTRAR_TEST_ENGINE: "postgres" },
      globalSetup: ["test/helpers/pg-global-setup.ts"],
    },
  }),
);

import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("names the OneRoster org Registrar (registrar-school) unless ORG_NAME and ORG_SOURCED_ID say otherwise", () => {
    expect(loadConfig({})).toMatchObject({ org_name: "Registrar", org_sourced_id: "registrar-school" });
    expect(loadConfig({ ORG_NAME: "Lincoln High", ORG_SOURCED_ID: "lhs-001" })).toMatchObject({
      org_name: "Lincoln High",
      org_sourced_id: "lhs-001",
    });
  });

  it.each([
    [{ ORG_SOURCED_ID: "" }, "ORG_SOURCED_ID"],
    [{ ORG_SOURCED_ID: "lincoln high" }, "ORG_SOURCED_ID"],
    [{ ORG_NAME: "" }, "ORG_NAME"],
    [{ ORG_NAME: "   " }, "ORG_NAME"],
  ])("refuses %j", (env, name) => {
    expect(configError(env).message).toContain(name);
  });

  it("uses the documented defaults for an empty environment", () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      database_url: "sqlite:./data/registrar.db",
      log_level: "info",
    });
  });

  it("reads PORT, HOST, DATABASE_URL and LOG_LEVEL", () => {
    expect(
      loadConfig({
        PORT: "8080",
        HOST: "0.0.0.0",
        DATABASE_URL: "postgres://registrar@db:5432/registrar",
        LOG_LEVEL: "warn",
      }),
    ).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      database_url: "postgres://registrar@db:5432/registrar",
      log_level: "warn",
    });
  });

  it.each(["sqlite:/var/lib/registrar.db", "postgresql://localhost/registrar"])(
    "accepts DATABASE_URL %s",
    (url) => {
      expect(loadConfig({ DATABASE_URL: url }).database_url).toBe(url);
    },
  );

  it.each(["abc", "", "70000", "-1", "80.5", "80abc"])("rejects PORT=%j naming PORT", (port) => {
    expect(configError({ PORT: port }).message).toContain("PORT");
  });

  it.each(["mysql://localhost/registrar", "./registrar.db", ""])(
    "rejects DATABASE_URL=%j naming DATABASE_URL",
    (url) => {
      expect(configError({ DATABASE_URL: url }).message).toContain("DATABASE_URL");
    },
  );

  it.each(["loud", "INFO", ""])("rejects LOG_LEVEL=%j naming LOG_LEVEL", (level) => {
    expect(configError({ LOG_LEVEL: level }).message).toContain("LOG_LEVEL");
  });

  it("names only the invalid variable", () => {
    const message = configError({ PORT: "3000", LOG_LEVEL: "loud" }).message;
    expect(message).toContain("LOG_LEVEL");
    expect(message).not.toContain("PORT");
  });

  it("limits each client to 3000 requests a minute and allows no cross-origin caller by default", () => {
    expect(loadConfig({})).toMatchObject({
      rate_limit_max: 3000,
      rate_limit_window_ms: 60_000,
      cors_origins: [],
    });
  });

  it("reads RATE_LIMIT_MAX (0 turns the limit off), RATE_LIMIT_WINDOW_MS and CORS_ORIGINS", () => {
    expect(
      loadConfig({
        RATE_LIMIT_MAX: "0",
        RATE_LIMIT_WINDOW_MS: "1000",
        CORS_ORIGINS: " https://school.example , http://localhost:5173,",
      }),
    ).toMatchObject({
      rate_limit_max: 0,
      rate_limit_window_ms: 1000,
      cors_origins: ["https://school.example", "http://localhost:5173"],
    });
  });

  it("serves at most 10,000 live seat streams per process unless SEAT_STREAMS_MAX says otherwise", () => {
    expect(loadConfig({}).seat_streams_max).toBe(10_000);
    expect(loadConfig({ SEAT_STREAMS_MAX: "250" }).seat_streams_max).toBe(250);
  });

  it.each([
    ["SEAT_STREAMS_MAX", "0"],
    ["SEAT_STREAMS_MAX", "lots"],
    ["RATE_LIMIT_MAX", "-1"],
    ["RATE_LIMIT_MAX", "many"],
    ["RATE_LIMIT_WINDOW_MS", "999"],
    ["RATE_LIMIT_WINDOW_MS", ""],
    ["CORS_ORIGINS", "*"],
    ["CORS_ORIGINS", "https://school.example/"],
    ["CORS_ORIGINS", "school.example"],
  ])("rejects %s=%j naming it", (name, value) => {
    expect(configError({ [name]: value }).message).toContain(name);
  });

  it("reads ADMIN_TOKEN (unset or empty means none) and NODE_ENV (default development)", () => {
    const token = "a".repeat(32);
    expect(loadConfig({})).toMatchObject({ admin_token: null, node_env: "development" });
    expect(loadConfig({ ADMIN_TOKEN: "" }).admin_token).toBeNull();
    expect(loadConfig({ ADMIN_TOKEN: token, NODE_ENV: "production" })).toMatchObject({
      admin_token: token,
      node_env: "production",
    });
  });

  it.each(["a".repeat(31), `${"a".repeat(20)} ${"a".repeat(20)}`])(
    "rejects ADMIN_TOKEN=%j (under 32 visible characters) without repeating it",
    (token) => {
      const message = configError({ ADMIN_TOKEN: token }).message;
      expect(message).toContain("ADMIN_TOKEN must be at least 32");
      expect(message).not.toContain(token);
    },
  );
});

import { Type, type Static } from "typebox";
import { Value } from "typebox/value";
import { SCHOOL, SCHOOL_NAME } from "./imports/sourced-ids.ts";

/** Long enough that guessing it is hopeless: `openssl rand -base64 32` gives 44 characters. */
export const ADMIN_TOKEN_MIN_LENGTH = 32;
const ADMIN_TOKEN_PATTERN = new RegExp(`^[\\x21-\\x7e]{${ADMIN_TOKEN_MIN_LENGTH},512}$`);

const LogLevel = Type.Enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  database_url: Type.String({ pattern: "^(sqlite:|postgres://|postgresql://)" }),
  log_level: LogLevel,
  database_pool_size: Type.Integer({ minimum: 1, maximum: 1000 }),
  database_statement_timeout_ms: Type.Integer({ minimum: 0 }),
  rate_limit_max: Type.Integer({ minimum: 0 }),
  rate_limit_window_ms: Type.Integer({ minimum: 1000, maximum: 86_400_000 }),
  /** Live seat streams one process serves at most (src/seats). */
  seat_streams_max: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  cors_origins: Type.Array(Type.String({ pattern: "^https?://[^/?#\\s]+$" })),
  /** Accepted as an admin token named ADMIN_TOKEN; null when unset. */
  admin_token: Type.Union([Type.String(), Type.Null()]),
  node_env: Type.String({ minLength: 1 }),
  /** The one org the OneRoster provider serves (src/oneroster-rest/sources.ts): a sourcedId has no spaces. */
  org_sourced_id: Type.String({ pattern: "^[\\x21-\\x7e]{1,255}$" }),
  org_name: Type.String({ minLength: 1, maxLength: 255, pattern: "\\S" }),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** A numeric variable: unset means the default, and anything that is not a number fails validation. */
const numberFrom = (text: string | undefined, fallback: number): number =>
  text === undefined ? fallback : text.trim() === "" ? Number.NaN : Number(text);

/** A comma-separated list; unset or blank means none. */
const listFrom = (text: string | undefined): string[] =>
  (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** The only reader of the environment: everything else receives a validated Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = {
    port: numberFrom(env.PORT, 3000),
    host: env.HOST ?? "127.0.0.1",
    database_url: env.DATABASE_URL ?? "sqlite:./data/registrar.db",
    log_level: env.LOG_LEVEL ?? "info",
    database_pool_size: numberFrom(env.DATABASE_POOL_SIZE, 10),
    database_statement_timeout_ms: numberFrom(env.DATABASE_STATEMENT_TIMEOUT_MS, 10_000),
    // 0 turns rate limiting off (the benchmark does, to measure the server rather than the limiter).
    rate_limit_max: numberFrom(env.RATE_LIMIT_MAX, 3000),
    rate_limit_window_ms: numberFrom(env.RATE_LIMIT_WINDOW_MS, 60_000),
    seat_streams_max: numberFrom(env.SEAT_STREAMS_MAX, 10_000),
    cors_origins: listFrom(env.CORS_ORIGINS),
    // Empty counts as unset, as a compose file's `ADMIN_TOKEN: ${ADMIN_TOKEN:-}` passes it.
    admin_token: env.ADMIN_TOKEN === undefined || env.ADMIN_TOKEN === "" ? null : env.ADMIN_TOKEN,
    node_env: env.NODE_ENV ?? "development",
    // The defaults are the names the provider and the CSV export have always used, so unset changes nothing.
    org_sourced_id: env.ORG_SOURCED_ID ?? SCHOOL,
    org_name: env.ORG_NAME ?? SCHOOL_NAME,
  };
  const problems = [...Value.Errors(ConfigSchema, config)].map(
    (error) => `${error.instancePath.slice(1).toUpperCase()} ${error.message}`,
  );
  // Checked apart from the schema so that the message explains the rule and never repeats the secret.
  if (config.admin_token !== null && !ADMIN_TOKEN_PATTERN.test(config.admin_token)) {
    problems.push(
      `ADMIN_TOKEN must be at least ${ADMIN_TOKEN_MIN_LENGTH} visible ASCII characters, without spaces ` +
        "(for example the output of `openssl rand -base64 32`)",
    );
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  return config as Config;
}

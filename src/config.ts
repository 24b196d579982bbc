import { Type, type Static } from "typebox";
import { Value } from "typebox/value";

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
  cors_origins: Type.Array(Type.String({ pattern: "^https?://[^/?#\\s]+$" })),
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
    cors_origins: listFrom(env.CORS_ORIGINS),
  };
  const problems = [...Value.Errors(ConfigSchema, config)].map(
    (error) => `${error.instancePath.slice(1).toUpperCase()} ${error.message}`,
  );
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  return config as Config;
}

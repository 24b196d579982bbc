import { Type, type Static } from "typebox";
import { Value } from "typebox/value";

const LogLevel = Type.Enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  database_url: Type.String({ pattern: "^(sqlite:|postgres://|postgresql://)" }),
  log_level: LogLevel,
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** The only reader of the environment: everything else receives a validated Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = {
    port: env.PORT === undefined ? 3000 : Number(env.PORT),
    host: env.HOST ?? "127.0.0.1",
    database_url: env.DATABASE_URL ?? "sqlite:./data/registrar.db",
    log_level: env.LOG_LEVEL ?? "info",
  };
  const problems = [...Value.Errors(ConfigSchema, config)].map(
    (error) => `${error.instancePath.slice(1).toUpperCase()} ${error.message}`,
  );
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  return config as Config;
}

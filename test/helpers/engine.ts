/** Which engine the suite runs on: `npm test` uses SQLite, `npm run test:pg` sets REGISTRAR_TEST_ENGINE. */
export const engine: "sqlite" | "postgres" =
  process.env.REGISTRAR_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";

export const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The URL of another database on the same PostgreSQL server. */
export function postgresUrl(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

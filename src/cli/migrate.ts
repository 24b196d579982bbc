/**
 * npm run db:migrate                 apply every pending migration
 * npm run db:migrate -- --to NAME    migrate up or down to NAME (use "none" for an empty schema)
 * npm run db:migrate -- --down       undo the newest applied migration
 * npm run db:migrate -- --status     list migrations and whether each is applied
 */
import { openDatabase } from "./database.ts";
import { parseArgs } from "node:util";
import { NO_MIGRATIONS } from "kysely/migration";
import { createMigrator, runMigrations } from "../db/migrate.ts";

/** Runs the migrate command; returns the exit code. */
export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { to: { type: "string" }, down: { type: "boolean" }, status: { type: "boolean" } },
  });
  const db = openDatabase();
  const migrator = createMigrator(db);
  try {
    if (values.status) {
      for (const migration of await migrator.getMigrations()) {
        const state = migration.executedAt ? `applied ${migration.executedAt.toISOString()}` : "pending";
        console.log(`${migration.name}  ${state}`);
      }
      return 0;
    }
    const step = values.down
      ? migrator.migrateDown()
      : values.to !== undefined
        ? migrator.migrateTo(values.to === "none" ? NO_MIGRATIONS : values.to)
        : migrator.migrateToLatest();
    const { applied, direction } = await runMigrations(step);
    if (applied.length === 0) console.log("Nothing to do: the schema is already there.");
    for (const name of applied) console.log(`${direction === "Up" ? "applied" : "reverted"} ${name}`);
    return 0;
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    console.error(`${error instanceof Error ? error.message : String(error)}${cause}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

if (import.meta.main) process.exitCode = await migrateCommand(process.argv.slice(2));

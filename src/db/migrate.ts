import { promises as fs } from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import { FileMigrationProvider, Migrator, type MigrationResultSet } from "kysely/migration";

const migrationFolder = path.join(import.meta.dirname, "migrations");

const provider = new FileMigrationProvider({ fs, path, migrationFolder });

export function createMigrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider });
}

/** The migrations this code has, oldest first. */
export async function migrationNames(): Promise<string[]> {
  return Object.keys(await provider.getMigrations()).sort();
}

/** Runs a migration step and turns Kysely's result set into an exception when any migration failed. */
export async function runMigrations(
  step: Promise<MigrationResultSet>,
): Promise<{ applied: string[]; direction: "Up" | "Down" }> {
  const { error, results = [] } = await step;
  if (error !== undefined) {
    const failed = results.find((result) => result.status === "Error")?.migrationName;
    if (failed === undefined)
      throw error instanceof Error ? error : new Error("Migration failed", { cause: error });
    throw new Error(`Migration ${failed} failed`, { cause: error });
  }
  return {
    applied: results.filter((result) => result.status === "Success").map((result) => result.migrationName),
    direction: results[0]?.direction ?? "Up",
  };
}

export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const { applied } = await runMigrations(createMigrator(db).migrateToLatest());
  return applied;
}

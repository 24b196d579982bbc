import type { Db } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { failureMessage } from "./arguments.ts";
import { openDatabase } from "./database.ts";

/** A mistake in how a command was called: its message is followed by the usage. */
export class UsageError extends Error {}

export type Subcommands = Record<string, (db: Db, args: string[]) => Promise<void>>;

/**
 * Runs `args[0]` of the subcommands on the migrated database; returns the exit code (1 with the usage for an
 * unknown subcommand or bad arguments, 1 with the message for any other failure).
 */
export async function runSubcommand(
  subcommands: Subcommands,
  usage: string,
  args: string[],
): Promise<number> {
  const [name, ...rest] = args;
  const subcommand = name === undefined ? undefined : subcommands[name];
  if (subcommand === undefined) {
    console.error(usage);
    return 1;
  }
  const db = openDatabase();
  try {
    await migrateToLatest(db);
    await subcommand(db, rest);
    return 0;
  } catch (error) {
    console.error(failureMessage(error));
    const badArguments = String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
    if (error instanceof UsageError || badArguments) console.error(usage);
    return 1;
  } finally {
    await db.destroy();
  }
}

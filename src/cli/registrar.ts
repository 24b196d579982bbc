/**
 * The Registrar command line: npm run registrar -- <command> [arguments]
 *
 *   migrate [--status | --down | --to NAME]             the database schema (also npm run db:migrate)
 *   seed [--students N --courses N --enrollments N]     demo data in an empty database (also npm run db:seed)
 *   import <dir-or-zip> [--dry-run] [--skip-invalid]    a OneRoster 1.1 or 1.2 CSV set
 *   export <dir>                                        the database as a OneRoster 1.2 CSV set
 *   backup <file> [--force]                             a copy of the SQLite database, safe while serving
 *   restore <file>                                      the SQLite database replaced by a backup (server stopped)
 *   fixtures <dir> [--students N --courses N --enrollments N --version 1.1|1.2 --plain]
 *                                                       a generated OneRoster set, for tests and benchmarks
 *   token create --name NAME --role admin|registrar|viewer   an API token (printed once, on the last line)
 *   token list | token revoke NAME                      the API tokens (never their secrets) / stop one
 *   oauth-client create --name NAME --scope S [--scope S] | list | revoke CLIENT_ID
 *                                                       OneRoster OAuth clients (the secret printed once)
 *
 * Every command reads DATABASE_URL (default sqlite:./data/registrar.db) and migrates first, except backup (which
 * copies the database as it is) and restore (which migrates the restored database afterwards).
 */
import { backupCommand, restoreCommand } from "./backup.ts";
import { exportCommand } from "./export.ts";
import { fixturesCommand } from "./fixtures.ts";
import { importCommand } from "./import.ts";
import { oauthClientCommand } from "./oauth-client.ts";
import { migrateCommand } from "./migrate.ts";
import { seedCommand } from "./seed.ts";
import { tokenCommand } from "./token.ts";

const commands: Record<string, (args: string[]) => Promise<number>> = {
  migrate: migrateCommand,
  seed: seedCommand,
  import: importCommand,
  export: exportCommand,
  fixtures: fixturesCommand,
  backup: backupCommand,
  restore: restoreCommand,
  token: tokenCommand,
  "oauth-client": oauthClientCommand,
};

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (command === undefined) {
  console.error(`usage: registrar <${Object.keys(commands).join("|")}> [arguments]`);
  process.exitCode = 1;
} else {
  process.exitCode = await command(args);
}

/** npm run registrar -- export <dir>: the database as a OneRoster 1.2 CSV set (see src/imports/export.service.ts). */
import { openDatabase } from "./database.ts";
import { parseArgs } from "node:util";
import { migrateToLatest } from "../db/migrate.ts";
import { exportRoster } from "../imports/export.service.ts";
import { failureMessage } from "./arguments.ts";

export async function exportCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [directory] = positionals;
  if (directory === undefined || positionals.length > 1) {
    console.error("usage: registrar export <dir>");
    return 1;
  }
  const db = openDatabase();
  try {
    await migrateToLatest(db);
    const started = performance.now();
    const { files } = await exportRoster(db, directory);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Exported a OneRoster 1.2 set to ${directory} in ${seconds} s:`);
    for (const [file, rows] of Object.entries(files)) console.log(`  ${file.padEnd(22)} ${rows} rows`);
    return 0;
  } catch (error) {
    console.error(`Export failed: ${failureMessage(error)}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

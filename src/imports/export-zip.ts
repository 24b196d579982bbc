/** The OneRoster export as one zip, for the HTTP download (the CLI writes the folder itself). */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zip, type AsyncZippable } from "fflate";
import type { Db } from "../db/database.ts";
import { exportRoster } from "./export.service.ts";

const deflated = (files: AsyncZippable) =>
  new Promise<Uint8Array>((resolve, reject) => {
    zip(files, { level: 6 }, (error, data) => {
      if (error) reject(error);
      else resolve(data);
    });
  });

/**
 * Exports the database to a temporary folder (the same one snapshot and files as `registrar export`), then zips
 * its CSV files, deflated off the main thread, and removes the folder.
 */
export async function exportZip(db: Db): Promise<Buffer> {
  const directory = await mkdtemp(join(tmpdir(), "registrar-export-"));
  try {
    await exportRoster(db, directory);
    const names = (await readdir(directory)).sort();
    const files: AsyncZippable = {};
    for (const name of names) files[name] = await readFile(join(directory, name));
    return Buffer.from(await deflated(files));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

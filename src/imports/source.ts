import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Readable } from "node:stream";
import { DomainError } from "../errors.ts";
import { oneRosterFiles, type OneRosterFile } from "./oneroster.ts";
import { openZip, type ZipLimits } from "./zip.ts";

/** A set of CSV files to import: a folder or a zip. `files` maps each name to its size in bytes. */
export interface ImportSource {
  files: Map<string, number>;
  open: (name: string) => Promise<Readable>;
  close: () => void;
}

/** Opens a folder of CSV files, or a zip archive, for import. */
export async function openSource(path: string, limits?: ZipLimits): Promise<ImportSource> {
  const info = await stat(path);
  if (!info.isDirectory()) return openZip(path, limits);
  const files = new Map<string, number>();
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.isFile()) files.set(entry.name, (await stat(join(path, entry.name))).size);
  }
  return {
    files,
    open: (name) => Promise.resolve(createReadStream(join(path, name), { highWaterMark: 1024 * 1024 })),
    close: () => undefined,
  };
}

const byLowerCase = new Map(oneRosterFiles.map((file) => [file.toLowerCase(), file]));

/**
 * The OneRoster files of a set, by their OneRoster name, found in any letter case at the top level or in one
 * folder (zips are often made of a folder). Two candidates for one name, or no OneRoster file, are refused.
 */
export function locateFiles(source: ImportSource): Map<OneRosterFile, { path: string; size: number }> {
  const found = new Map<OneRosterFile, { path: string; size: number }>();
  for (const [path, size] of source.files) {
    if (path.split("/").length > 2) continue;
    const file = byLowerCase.get(basename(path).toLowerCase());
    if (file === undefined) continue;
    const other = found.get(file);
    if (other) {
      throw new DomainError("not-oneroster", `The set holds two ${file} files: ${other.path} and ${path}`);
    }
    found.set(file, { path, size });
  }
  if (!["users.csv", "classes.csv", "enrollments.csv"].some((file) => found.has(file as OneRosterFile))) {
    throw new DomainError(
      "not-oneroster",
      "No OneRoster users.csv, classes.csv or enrollments.csv was found (at the top level or in one folder)",
    );
  }
  return found;
}

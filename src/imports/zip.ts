import { PassThrough, type Readable } from "node:stream";
import yauzl from "yauzl";
import { DomainError } from "../errors.ts";
import type { ImportSource } from "./source.ts";

/** What a zip may unpack to. A zip bomb is refused from its central directory, before a byte is inflated. */
export interface ZipLimits {
  /** Entries in the archive, directories included. */
  maxEntries: number;
  /** The sum of the entries' uncompressed sizes. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size of an entry larger than `ratioCheckFromBytes`. */
  maxRatio: number;
  ratioCheckFromBytes: number;
}

const MIB = 1024 * 1024;

/**
 * A term's roster for a large district (1M enrollments) is about 100 MB of CSV and compresses 5–10×; real CSV
 * never compresses 200×, a bomb does (42.zip: over 1000× per layer).
 */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 100,
  maxTotalBytes: 2048 * MIB,
  maxRatio: 200,
  ratioCheckFromBytes: MIB,
};

const unsafe = (detail: string) => new DomainError("unsafe-zip", detail);

/** yauzl's own refusals of entry names (absolute paths, `..`, backslashes) are unsafe, not unreadable. */
function zipError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/absolute path|invalid relative path|invalid characters in fileName/.test(message)) {
    return unsafe(
      `The zip has an entry that would be written outside its folder (${message}); it is refused`,
    );
  }
  return new DomainError("invalid-zip", `The file is not a readable zip archive: ${message}`);
}

const isSymlink = (entry: yauzl.Entry) => ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;

/** macOS Finder adds __MACOSX/ and ._ resource files to zips it makes; they are not part of the set. */
const isClutter = (name: string) => name.startsWith("__MACOSX/") || /(^|\/)\._/.test(name);

function checkEntry(entry: yauzl.Entry, limits: ZipLimits): void {
  const name = entry.fileName;
  if (isSymlink(entry)) throw unsafe(`The zip entry ${name} is a symbolic link; it is refused`);
  if (entry.isEncrypted()) throw new DomainError("invalid-zip", `The zip entry ${name} is encrypted`);
  const { uncompressedSize, compressedSize } = entry;
  if (uncompressedSize > limits.ratioCheckFromBytes) {
    const ratio = compressedSize === 0 ? Infinity : uncompressedSize / compressedSize;
    if (ratio > limits.maxRatio) {
      throw unsafe(
        `The zip entry ${name} would inflate ${compressedSize} bytes to ${uncompressedSize} ` +
          `(more than ${limits.maxRatio}×): it looks like a zip bomb and is refused`,
      );
    }
  }
}

/**
 * Opens a zip (a path or the bytes of an upload) as an import source after checking every entry of its central
 * directory: at most `maxEntries` entries, no absolute or `..` paths, no symbolic links, no entry compressed
 * more than `maxRatio`×, and at most `maxTotalBytes` in all. yauzl then checks while inflating that no entry
 * yields more bytes than the directory declared, so the limits hold even for a lying archive.
 */
export async function openZip(
  input: string | Buffer,
  limits: ZipLimits = defaultZipLimits,
): Promise<ImportSource> {
  const options = { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true };
  let zip: yauzl.ZipFile;
  try {
    zip =
      typeof input === "string"
        ? await yauzl.openPromise(input, options)
        : await yauzl.fromBufferPromise(input, options);
  } catch (error) {
    throw zipError(error);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw unsafe(`The zip has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`);
    }
    const entries = new Map<string, yauzl.Entry>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/") || isClutter(entry.fileName)) continue;
      checkEntry(entry, limits);
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        throw unsafe(`The zip would unpack to more than ${limits.maxTotalBytes} bytes; it is refused`);
      }
      entries.set(entry.fileName, entry);
    }
    return zipSource(zip, entries);
  } catch (error) {
    zip.close();
    throw zipError(error);
  }
}

function zipSource(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>): ImportSource {
  return {
    files: new Map([...entries].map(([name, entry]) => [name, entry.uncompressedSize])),
    open: async (name: string): Promise<Readable> => {
      const entry = entries.get(name);
      if (!entry) throw new Error(`No zip entry ${name}`);
      let raw: Readable;
      try {
        raw = await zip.openReadStreamPromise(entry);
      } catch (error) {
        throw zipError(error);
      }
      // An entry that inflates to more bytes than the directory declared fails here: a bomb, refused as one.
      const stream = new PassThrough();
      raw.on("error", (error) =>
        stream.destroy(
          /too many bytes|too few bytes/.test(error.message)
            ? unsafe(`The zip entry ${name} is not the size its directory declares: ${error.message}`)
            : zipError(error),
        ),
      );
      return raw.pipe(stream);
    },
    close: () => {
      zip.close();
    },
  };
}

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/errors.ts";
import { openSource } from "../../src/imports/source.ts";
import { defaultZipLimits, openZip } from "../../src/imports/zip.ts";
import { freshDb } from "../helpers/database.ts";
import { fixture, importFrom, summaryOf, temporaryDirectory, zipOf } from "./helpers.ts";

/** The files of a folder as zip entries, each under `prefix`. */
function entriesOf(directory: string, prefix = ""): Record<string, Uint8Array> {
  return Object.fromEntries(
    readdirSync(directory).map((name) => [`${prefix}${name}`, readFileSync(join(directory, name))]),
  );
}

function zipFile(entries: Record<string, string | Uint8Array>): string {
  const path = join(temporaryDirectory(), "roster.zip");
  writeFileSync(path, zipOf(entries));
  return path;
}

async function refusal(input: string | Buffer, limits = defaultZipLimits): Promise<DomainError> {
  const error: unknown = await openZip(input, limits).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("importing a zip", () => {
  it("reads a OneRoster set zipped at the top level", async () => {
    const db = await freshDb();
    const report = await importFrom(db, zipFile(entriesOf(await fixture())));
    expect(report.rejects).toEqual([]);
    expect(summaryOf(report, "users.csv").created).toBe(32);
  });

  it("reads a set zipped inside one folder, ignoring macOS clutter", async () => {
    const db = await freshDb();
    const entries = { ...entriesOf(await fixture(), "roster/"), "__MACOSX/roster/._users.csv": "junk" };
    const report = await importFrom(db, zipFile(entries));
    expect(report.rejects).toEqual([]);
    expect(summaryOf(report, "enrollments.csv").created).toBe(96);
  });

  it("refuses an entry whose path climbs out of the folder", async () => {
    const error = await refusal(zipOf({ "../users.csv": "sourcedId\n", "enrollments.csv": "sourcedId\n" }));
    expect(error.kind).toBe("unsafe-zip");
    expect(error.message).toMatch(/\.\.\/users\.csv/);
  });

  it("refuses an entry with an absolute path", async () => {
    const error = await refusal(zipOf({ "/etc/users.csv": "sourcedId\n" }));
    expect(error.kind).toBe("unsafe-zip");
  });

  it("refuses a zip bomb by its compression ratio, before inflating it", async () => {
    const bomb = zipOf({ "users.csv": new Uint8Array(16 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const error = await refusal(bomb);
    expect(error.kind).toBe("unsafe-zip");
    expect(error.message).toMatch(/zip bomb/);
  });

  it("refuses a zip that would unpack to more than the limit in all", async () => {
    const entries = { "users.csv": "x".repeat(600), "classes.csv": "y".repeat(600) };
    const error = await refusal(zipOf(entries), { ...defaultZipLimits, maxTotalBytes: 1000 });
    expect(error.message).toMatch(/more than 1000 bytes/);
  });

  it("refuses a zip with too many entries", async () => {
    const entries = Object.fromEntries(Array.from({ length: 5 }, (_, n) => [`file${n}.csv`, "a\n"]));
    const error = await refusal(zipOf(entries), { ...defaultZipLimits, maxEntries: 4 });
    expect(error.message).toMatch(/5 entries/);
  });

  it("answers a file that is not a zip as unreadable", async () => {
    const path = join(temporaryDirectory(), "roster.zip");
    writeFileSync(path, "sourcedId,givenName\n");
    const error: unknown = await openSource(path).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe("invalid-zip");
  });
});

import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { parse, type CsvError } from "csv-parse";
import { stringify } from "csv-stringify/sync";

export interface CsvHandlers {
  /** The header row; return false to stop reading the file (a header the caller cannot use). */
  onHeader: (header: string[]) => boolean;
  /** A data row and its line number (the header is line 1). */
  onRow: (values: string[], line: number) => void;
  /** A row the parser could not read (an unbalanced quote, a stray character). */
  onMalformed: (line: number, reason: string) => void;
  /** Bytes read so far, for progress. */
  onBytes?: (bytes: number) => void;
}

/**
 * Streams one CSV file through csv-parse as OneRoster writes them (RFC 4180, UTF-8, an optional BOM): fields are
 * trimmed, blank lines skipped, and a row the parser cannot read is reported and skipped rather than ending the
 * file, so that one stray quote does not hide every other problem in it.
 */
export async function readCsv(stream: Readable, handlers: CsvHandlers): Promise<void> {
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
  });
  parser.on("skip", (error: CsvError) => {
    // The line the parser had reached (for an unclosed quote, the end of the file).
    const line = typeof error.lines === "number" ? error.lines : parser.info.lines;
    handlers.onMalformed(line, `malformed CSV: ${error.message}`);
  });
  let bytes = 0;
  stream.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    handlers.onBytes?.(bytes);
  });

  // Records are handled as events rather than through an async iterator: a million rows, a million fewer
  // promises.
  await new Promise<void>((resolve, reject) => {
    let header: string[] | undefined;
    const stop = (error?: unknown) => {
      stream.unpipe(parser);
      stream.destroy();
      parser.destroy();
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error("Reading the CSV failed", { cause: error }));
    };
    // csv-parse emits each record as it completes it, so its line count is then the record's (last) line.
    parser.on("data", (record: string[]) => {
      try {
        if (header !== undefined) handlers.onRow(record, parser.info.lines);
        else {
          header = record;
          if (!handlers.onHeader(header)) stop();
        }
      } catch (error) {
        stop(error);
      }
    });
    parser.on("end", () => {
      resolve();
    });
    parser.on("error", stop);
    stream.on("error", stop);
    stream.pipe(parser);
  });
}

const WRITE_BATCH = 10_000;

/**
 * Writes one CSV file (RFC 4180, UTF-8, LF line ends) from rows produced lazily, so that a million rows never
 * sit in memory at once. Quoting is csv-stringify's.
 */
export async function writeCsvFile(
  path: string,
  header: readonly string[],
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
): Promise<number> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let count = 0;
  try {
    await write(stringify([header]));
    let batch: (readonly unknown[])[] = [];
    for await (const row of rows) {
      batch.push(row);
      count++;
      if (batch.length === WRITE_BATCH) {
        await write(stringify(batch, { cast: { boolean: String } }));
        batch = [];
      }
    }
    if (batch.length > 0) await write(stringify(batch, { cast: { boolean: String } }));
  } finally {
    out.end();
    await finished(out);
  }
  return count;
}

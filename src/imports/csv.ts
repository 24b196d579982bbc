import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { parse, type CsvError, type Info } from "csv-parse";
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
    info: true,
  });
  parser.on("skip", (error: CsvError) => {
    const line = typeof error.lines === "number" ? error.lines : parser.info.lines;
    handlers.onMalformed(line, `malformed CSV: ${error.message}`);
  });
  let bytes = 0;
  stream.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    handlers.onBytes?.(bytes);
  });
  stream.on("error", (error) => parser.destroy(error));
  stream.pipe(parser);

  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      if (header === undefined) {
        header = record;
        if (!handlers.onHeader(header)) break;
        continue;
      }
      handlers.onRow(record, info.lines);
    }
  } finally {
    stream.unpipe(parser);
    stream.destroy();
  }
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

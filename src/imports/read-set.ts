/**
 * Reading one file of a OneRoster set: its header, its rows by column name, and what every file's rows share
 * (sourcedIds, tobedeleted, field errors reported against the column they came from, numbers). The readers of
 * each kind of row (read-users.ts, read-calendar.ts, read-classes.ts, import.reader.ts) build on it.
 */
import type { FieldError } from "../errors.ts";
import { readCsv } from "./csv.ts";
import type { FileSummary, Progress, Reject } from "./import.schema.ts";
import type { OneRosterFile } from "./oneroster.ts";
import { locateFiles, type ImportSource } from "./source.ts";

export const MAX_LISTED_REJECTS = 10_000;

/** Rejected rows: each is counted in its file's summary; the first 10,000 are kept with their reason. */
export class RejectList {
  readonly listed: Reject[] = [];
  omitted = 0;
  readonly #summaries: Map<string, FileSummary>;

  constructor(summaries: Map<string, FileSummary>) {
    this.#summaries = summaries;
  }

  add(file: string, line: number, column: string | null, reason: string): void {
    const summary = this.#summaries.get(file);
    if (summary) summary.rejected++;
    if (this.listed.length < MAX_LISTED_REJECTS) this.listed.push({ file, line, column, reason });
    else this.omitted++;
  }

  get count(): number {
    return this.listed.length + this.omitted;
  }
}

export type ProgressListener = (progress: Progress) => void;

const notes: Partial<Record<OneRosterFile, string>> = {
  "users.csv": "students → students, teachers → instructors",
  "academicSessions.csv": "terms and semesters → terms",
  "courses.csv": "courses → catalog entries (placeholder courses skipped)",
  "classes.csv": "classes → courses",
  "enrollments.csv": "students → enrollments, teachers → course instructors",
  "roles.csv": "read for the student and teacher roles",
  "manifest.csv": "read for the version and file list",
};

const newSummary = (file: string): FileSummary => ({
  file,
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  rejected: 0,
  note: notes[file as OneRosterFile] ?? "not modelled by Registrar: rows skipped",
});

export type Columns = Record<string, number | undefined>;

/** Column positions by header name. */
function columnsOf(header: string[]): Columns {
  return Object.fromEntries(header.map((name, index) => [name, index]));
}

export const cell = (values: string[], index: number | undefined): string =>
  index === undefined ? "" : (values[index] ?? "");

export class SetReader {
  readonly #source: ImportSource;
  readonly #files: Map<OneRosterFile, { path: string; size: number }>;
  readonly #onProgress: ProgressListener;
  readonly summaries = new Map<string, FileSummary>();
  readonly rejects: RejectList;

  constructor(source: ImportSource, onProgress: ProgressListener) {
    this.#source = source;
    this.#files = locateFiles(source);
    this.#onProgress = onProgress;
    this.rejects = new RejectList(this.summaries);
  }

  /** Leaves a file out of the set (the manifest marks it absent). */
  ignore(file: OneRosterFile): void {
    this.#files.delete(file);
  }

  has(file: OneRosterFile): boolean {
    return this.#files.has(file);
  }

  get files(): OneRosterFile[] {
    return [...this.#files.keys()];
  }

  /**
   * Reads one file: checks its header for the required columns (a file without them is rejected whole, on line
   * 1), then hands every row that has the header's number of fields to `onRow`.
   */
  async read(
    file: OneRosterFile,
    required: string[],
    onRow: (values: string[], line: number, columns: Columns, summary: FileSummary) => void,
  ): Promise<Columns | undefined> {
    const located = this.#files.get(file);
    if (!located) return undefined;
    const summary = newSummary(file);
    this.summaries.set(file, summary);
    let columns: Columns = {};
    let width = 0;
    const state = { usable: true, header: false };
    const phase = `reading ${file}`;
    this.#onProgress({ phase, done: 0, total: located.size });
    await readCsv(await this.#source.open(located.path), {
      onHeader: (header) => {
        state.header = true;
        width = header.length;
        columns = columnsOf(header);
        const duplicate = header.find((name, index) => header.indexOf(name) !== index);
        if (duplicate !== undefined) {
          this.rejects.add(file, 1, duplicate, `the header names ${duplicate} twice`);
          state.usable = false;
        }
        for (const name of required.filter((column) => columns[column] === undefined)) {
          this.rejects.add(file, 1, name, `the header has no ${name} column; the file was not read`);
          state.usable = false;
        }
        return state.usable;
      },
      onRow: (values, line) => {
        summary.rows++;
        if (values.length !== width) {
          this.rejects.add(file, line, null, `has ${values.length} fields; the header has ${width}`);
          return;
        }
        onRow(values, line, columns, summary);
      },
      onMalformed: (line, reason) => {
        summary.rows++;
        this.rejects.add(file, line, null, reason);
      },
      onBytes: (bytes) => {
        this.#onProgress({ phase, done: bytes, total: located.size });
      },
    });
    if (!state.header) {
      this.rejects.add(file, 1, null, "the file is empty: OneRoster files start with a header row");
      return undefined;
    }
    return state.usable ? columns : undefined;
  }

  /** Counts the rows of a file Registrar does not model: every one is skipped. */
  async skipAll(file: OneRosterFile): Promise<void> {
    await this.read(file, [], (_values, _line, _columns, summary) => {
      summary.skipped++;
    });
  }
}

/** The sourcedId of a row, or a reject when it is blank or was already seen in this file. */
export function checkSourcedId(
  reader: SetReader,
  file: string,
  id: string,
  line: number,
  seen: Map<string, number>,
): boolean {
  if (id === "") {
    reader.rejects.add(file, line, "sourcedId", "sourcedId is required");
    return false;
  }
  const first = seen.get(id);
  if (first !== undefined) {
    reader.rejects.add(file, line, "sourcedId", `duplicate sourcedId ${id} (first on line ${first})`);
    return false;
  }
  seen.set(id, line);
  return true;
}

export const isDeleted = (values: string[], columns: Columns) =>
  cell(values, columns.status) === "tobedeleted";

/**
 * Field errors of the API's validator, reported against the CSV column each field came from. A field inside a
 * JSON column (meetings.0.ends_at) is reported against that column, with its path.
 */
export function reportFieldErrors(
  reader: SetReader,
  file: string,
  line: number,
  errors: { field: string; message: string }[],
  columnOf: Record<string, string>,
  values: Record<string, unknown>,
): void {
  const seen = new Set<string>();
  for (const { field, message } of errors) {
    if (seen.has(field)) continue;
    seen.add(field);
    const [top = field, ...path] = field.split(".");
    const column = columnOf[field] ?? columnOf[top] ?? field;
    if (columnOf[field] === undefined && columnOf[top] !== undefined && path.length > 0) {
      reader.rejects.add(file, line, column, `${column}: ${path.join(".")} ${message}`);
      continue;
    }
    const value = values[field];
    const shown = typeof value === "string" && value !== "" ? ` (got "${value}")` : "";
    reader.rejects.add(file, line, column, `${column} ${message}${shown}`);
  }
}

/** The value of a JSON extension cell, or undefined (and a reject naming the column) when it is not JSON. */
export function parseJsonCell(
  reader: SetReader,
  file: string,
  line: number,
  column: string,
  text: string,
): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    reader.rejects.add(file, line, column, `${column} is not valid JSON`);
    return undefined;
  }
}

/** A code taken from the title (the row has no code of its own) that breaks the code rule says so. */
export const codeFromTitle = (errors: FieldError[], codeColumn: string, own: string) =>
  codeColumn !== "title"
    ? errors
    : errors.map((error) =>
        error.field === "code"
          ? { ...error, message: `is the code when ${own} is blank, and ${error.message}` }
          : error,
      );

/** A whole number ≥ 0, a plain decimal number, or blank (null); anything else is reported. */
export function parseNumber(text: string, integer: boolean): number | null | string {
  if (text === "") return null;
  const pattern = integer ? /^\d{1,9}$/ : /^\d{1,9}(\.\d+)?$/;
  return pattern.test(text) ? Number(text) : text;
}

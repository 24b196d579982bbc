/**
 * npm run registrar -- import <dir-or-zip> [--dry-run] [--skip-invalid]
 *
 * Exit codes: 0 imported (or, with --dry-run, would import) without a rejected row; 1 nothing written (rejected
 * rows, an unreadable set, an error); 2 imported with --skip-invalid while some rows were rejected.
 */
import { openDatabase } from "./database.ts";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { migrateToLatest } from "../db/migrate.ts";
import type { ImportReport, Progress } from "../imports/import.schema.ts";
import { importRoster, importSucceeded } from "../imports/import.service.ts";
import { openSource, type ImportSource } from "../imports/source.ts";
import { failureMessage } from "./arguments.ts";

interface ProgressDisplay {
  update: (progress: Progress) => void;
  stop: () => void;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A progress bar on a terminal; elsewhere (a pipe, a log) one line as each phase begins. */
function progressDisplay(stream: NodeJS.WriteStream): ProgressDisplay {
  let phase = "";
  if (!stream.isTTY) {
    return {
      update: (progress) => {
        if (progress.phase === phase) return;
        phase = progress.phase;
        stream.write(`${phase}…\n`);
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: "{phase} [{bar}] {percentage}% {detail}", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (progress) => {
      const total = progress.total ?? 1;
      const reading = progress.phase.startsWith("reading");
      const detail =
        progress.total === null
          ? ""
          : reading
            ? `${megabytes(progress.done)} of ${megabytes(total)}`
            : `${progress.done} of ${total} rows`;
      if (!started) {
        bar.start(total, progress.done, { phase: progress.phase, detail });
        started = true;
      } else {
        if (progress.phase !== phase) bar.setTotal(total);
        bar.update(progress.done, { phase: progress.phase, detail });
      }
      phase = progress.phase;
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

const columns = ["rows", "created", "updated", "unchanged", "skipped", "rejected"] as const;

export function formatReport(report: ImportReport, from: string): string {
  const lines: string[] = [];
  const rejected = report.rejects.length + report.rejects_omitted;
  const outcome = report.dry_run
    ? "Dry run: nothing was written."
    : report.written
      ? "Imported."
      : rejected > 0 && !report.skip_invalid
        ? "Nothing was written: rows were rejected."
        : "Nothing to change: the database already holds this roster.";
  lines.push(`OneRoster ${report.oneroster_version} set ${from}. ${outcome}`, "");
  const width = Math.max(4, ...report.files.map((file) => file.file.length));
  lines.push(["file".padEnd(width), ...columns.map((name) => name.padStart(9))].join(" "));
  for (const file of report.files) {
    const cells = columns.map((name) => String(file[name]).padStart(9));
    lines.push([file.file.padEnd(width), ...cells, file.note ? `  ${file.note}` : ""].join(" ").trimEnd());
  }
  if (report.waitlisted > 0) {
    lines.push("", `${report.waitlisted} enrollments went on a waitlist: their course was full.`);
  }
  if (rejected > 0) {
    lines.push("", `${rejected} rejected rows:`);
    for (const reject of report.rejects) {
      const column = reject.column === null ? "" : `, ${reject.column}`;
      lines.push(`  ${reject.file} line ${reject.line}${column}: ${reject.reason}`);
    }
    if (report.rejects_omitted > 0) lines.push(`  … and ${report.rejects_omitted} more`);
    if (!report.skip_invalid && !report.dry_run) {
      lines.push("", "Fix them, or run again with --skip-invalid to import the valid rows.");
    }
  }
  return lines.join("\n");
}

/** Runs the import command; returns the exit code. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      "skip-invalid": { type: "boolean", default: false },
    },
  });
  const [path] = positionals;
  if (path === undefined || positionals.length > 1) {
    console.error("usage: registrar import <dir-or-zip> [--dry-run] [--skip-invalid]");
    return 1;
  }
  const db = openDatabase();
  const progress = progressDisplay(process.stderr);
  let source: ImportSource | undefined;
  try {
    await migrateToLatest(db);
    source = await openSource(path);
    const report = await importRoster(db, source, {
      dry_run: values["dry-run"],
      skip_invalid: values["skip-invalid"],
      onProgress: progress.update,
    });
    progress.stop();
    console.log(formatReport(report, `from ${path}`));
    if (!importSucceeded(report)) return 1;
    return report.rejects.length + report.rejects_omitted > 0 ? 2 : 0;
  } catch (error) {
    progress.stop();
    console.error(`Import failed, nothing was written: ${failureMessage(error)}`);
    return 1;
  } finally {
    source?.close();
    await db.destroy();
  }
}

import type { Db } from "../db/database.ts";
import { inTransaction } from "../db/dialect.ts";
import { planImport } from "./import.plan.ts";
import { writePlan } from "./import.writer.ts";
import { modelledFiles } from "./oneroster.ts";
import type { Plan } from "./plan-base.ts";
import { readRoster, type Roster } from "./import.reader.ts";
import type { ImportReport } from "./import.schema.ts";
import type { ProgressListener } from "./read-set.ts";
import type { ImportSource } from "./source.ts";

export interface ImportOptions {
  /** Check and report only; nothing is written. */
  dry_run: boolean;
  /** Write the valid rows even when others are rejected (otherwise a single reject means nothing is written). */
  skip_invalid: boolean;
  onProgress?: ProgressListener;
}

const hasChanges = (plan: Plan) =>
  [plan.terms, plan.catalog, plan.instructors, plan.students, plan.courses].some(
    (changes) => changes.create.length + changes.update.length > 0,
  ) || plan.catalog.prerequisites.length + plan.enrollments.length + plan.teaching.length > 0;

const fileOrder: readonly string[] = modelledFiles;
const rank = (file: string) => {
  const index = fileOrder.indexOf(file);
  return index === -1 ? fileOrder.length : index;
};
const byFile = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);

function reportOf(roster: Roster, plan: Plan, options: ImportOptions, written: boolean): ImportReport {
  return {
    oneroster_version: roster.version,
    dry_run: options.dry_run,
    skip_invalid: options.skip_invalid,
    written,
    files: [...plan.summaries.values()].sort((a, b) => byFile(a.file, b.file)),
    waitlisted: plan.waitlisted,
    rejects: [...plan.rejects.listed].sort((a, b) => byFile(a.file, b.file) || a.line - b.line),
    rejects_omitted: plan.rejects.omitted,
  };
}

/** Ends an import's transaction without committing it, carrying the report out (a dry run, or refused rows). */
class RolledBack extends Error {
  readonly report: ImportReport;

  constructor(report: ImportReport) {
    super("import rolled back");
    this.report = report;
  }
}

/**
 * Imports a OneRoster CSV set: reads and checks every file, then plans and writes in one transaction, so that
 * the database holds either the whole import or none of it (a killed process leaves it as it was). The
 * registration rules judge the enrollments against the terms, catalog and courses as the import writes them,
 * so a dry run, and an import with rejected rows (unless `skip_invalid`), writes everything and rolls it back:
 * its report is the one a real run would give, every rejected row included.
 */
export async function importRoster(
  db: Db,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const onProgress = options.onProgress ?? (() => undefined);
  const roster = await readRoster(source, onProgress);
  const run = async (trx: Db) => {
    onProgress({ phase: "checking", done: 0, total: null });
    const plan = await planImport(trx, roster, true);
    const silent = () => undefined;
    if (hasChanges(plan)) await writePlan(trx, plan, options.dry_run ? silent : onProgress, options);
    const refused = plan.rejects.count > 0 && !options.skip_invalid;
    const write = !options.dry_run && !refused && hasChanges(plan);
    const report = reportOf(roster, plan, options, write);
    if (!write) throw new RolledBack(report);
    return report;
  };
  try {
    return await inTransaction(db, run);
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}

/** Succeeded: everything valid (or --skip-invalid) and, unless a dry run, written. */
export const importSucceeded = (report: ImportReport): boolean =>
  report.rejects.length + report.rejects_omitted === 0 || (report.skip_invalid && !report.dry_run);

/**
 * Imports started over HTTP run as jobs in this process, one at a time, in the order they arrived: the upload
 * is checked (a readable, safe zip holding a OneRoster set) before the job is accepted, then imported in the
 * background while GET /imports/{id} shows its progress. A job's state lives in import_jobs; while it runs here,
 * its progress is also kept in memory, so that polling needs no database (on SQLite the import's transaction
 * holds the only connection until it commits).
 */
import type { FastifyBaseLogger } from "fastify";
import type { Selectable } from "kysely";
import type { Db, ImportJobTable } from "../db/database.ts";
import { DomainError } from "../errors.ts";
import * as jobs from "./import-job.repository.ts";
import type { ImportJob, ImportReport, Progress } from "./import.schema.ts";
import { importRoster, importSucceeded } from "./import.service.ts";
import { locateFiles, type ImportSource } from "./source.ts";
import { openZip, type ZipLimits } from "./zip.ts";

/** A job that has not been touched for this long, and is not running here, died with its process. */
const ABANDONED_AFTER_MS = 15 * 60 * 1000;
const PROGRESS_WRITE_EVERY_MS = 1000;

export interface ImportJobOptions {
  dry_run: boolean;
  skip_invalid: boolean;
}

export interface ImportJobs {
  start: (zip: Buffer, options: ImportJobOptions) => Promise<ImportJob>;
  get: (id: number) => Promise<ImportJob>;
  /** Waits for the queued and running jobs to finish. */
  drain: () => Promise<void>;
}

function toJob(row: Selectable<ImportJobTable>): ImportJob {
  return {
    id: row.id,
    status: row.status,
    dry_run: row.dry_run === 1,
    skip_invalid: row.skip_invalid === 1,
    size_bytes: row.size_bytes,
    progress: row.progress === null ? null : (JSON.parse(row.progress) as Progress),
    report: row.report === null ? null : (JSON.parse(row.report) as ImportReport),
    error: row.error,
    created_at: row.created_at,
    started_at: row.started_at,
    finished_at: row.finished_at,
  };
}

const importNotFound = (id: number) => new DomainError("import-not-found", `Import ${id} does not exist`);

export function createImportJobs(db: Db, log: FastifyBaseLogger, limits?: ZipLimits): ImportJobs {
  const live = new Map<number, ImportJob>();
  let queue: Promise<void> = Promise.resolve();

  async function run(job: ImportJob, source: ImportSource): Promise<void> {
    const started_at = new Date().toISOString();
    Object.assign(job, { status: "running", started_at });
    await jobs.update(db, job.id, { status: "running", started_at, updated_at: started_at });
    let lastWrite = 0;
    let writing: Promise<void> = Promise.resolve();
    const onProgress = (progress: Progress) => {
      job.progress = progress;
      const now = Date.now();
      if (now - lastWrite < PROGRESS_WRITE_EVERY_MS) return;
      lastWrite = now;
      // Other instances read progress from the table; a failed write only delays what they see.
      writing = writing
        .then(() =>
          jobs.update(db, job.id, {
            progress: JSON.stringify(progress),
            updated_at: new Date().toISOString(),
          }),
        )
        .catch(() => undefined);
    };
    let report: ImportReport | null = null;
    let error: string | null = null;
    try {
      report = await importRoster(db, source, {
        dry_run: job.dry_run,
        skip_invalid: job.skip_invalid,
        onProgress,
      });
      if (!importSucceeded(report)) {
        error = report.dry_run
          ? "Rows were rejected: a real import would write nothing"
          : "Rows were rejected, so nothing was written (import with skip_invalid=true to write the valid rows)";
      }
    } catch (failure) {
      if (failure instanceof DomainError) error = failure.message;
      else {
        log.error({ err: failure, import_id: job.id }, "import failed");
        error = "The import failed on an unexpected error; nothing was written. It has been logged.";
      }
    } finally {
      source.close();
    }
    await writing;
    const finished_at = new Date().toISOString();
    const status = error === null ? ("succeeded" as const) : ("failed" as const);
    Object.assign(job, { status, report, error, finished_at });
    await jobs.update(db, job.id, {
      status,
      progress: job.progress === null ? null : JSON.stringify(job.progress),
      report: report === null ? null : JSON.stringify(report),
      error,
      finished_at,
      updated_at: finished_at,
    });
  }

  return {
    async start(zip, options) {
      const source = await openZip(zip, limits);
      try {
        locateFiles(source);
        const now = new Date().toISOString();
        const row = await jobs.insert(db, {
          status: "queued",
          dry_run: options.dry_run ? 1 : 0,
          skip_invalid: options.skip_invalid ? 1 : 0,
          size_bytes: zip.length,
          created_at: now,
          updated_at: now,
        });
        const job = toJob(row);
        live.set(job.id, job);
        queue = queue
          .then(() => run(job, source))
          .catch((failure: unknown) => {
            log.error({ err: failure, import_id: job.id }, "import job could not be recorded");
          })
          .finally(() => live.delete(job.id));
        return { ...job };
      } catch (failure) {
        source.close();
        throw failure;
      }
    },

    async get(id) {
      const running = live.get(id);
      if (running) return { ...running };
      const row = await jobs.findById(db, id);
      if (!row) throw importNotFound(id);
      const stale = Date.now() - Date.parse(row.updated_at) > ABANDONED_AFTER_MS;
      if ((row.status === "queued" || row.status === "running") && stale) {
        const now = new Date().toISOString();
        const error = "The server stopped before the import finished; nothing was written. Start it again.";
        await jobs.update(db, id, { status: "failed", error, finished_at: now, updated_at: now });
        return toJob({ ...row, status: "failed", error, finished_at: now, updated_at: now });
      }
      return toJob(row);
    },

    drain: () => queue,
  };
}

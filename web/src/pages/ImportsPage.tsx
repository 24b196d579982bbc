import { useId, useState } from "react";
import { useImportJob, useStartImport, type ImportJob } from "../api/admin.ts";
import { ApiError } from "../api/client.ts";
import { AdminOnly } from "../components/AdminOnly.tsx";
import { ImportReport } from "../components/ImportReport.tsx";
import { ErrorNotice } from "../components/States.tsx";

export function ImportsPage() {
  return (
    <AdminOnly title="Imports">
      <ImportForm />
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>
          Everything as a OneRoster 1.2 CSV set: terms, catalog, courses, students, instructors, and the
          enrolled and waitlisted students of every course.
        </p>
        <p>
          <a href="/api/v1/exports/oneroster" download>
            Download the OneRoster export (zip)
          </a>
        </p>
      </section>
    </AdminOnly>
  );
}

function ImportForm() {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [missingFile, setMissingFile] = useState(false);
  const start = useStartImport();
  const job = useImportJob(start.data?.id ?? null);
  const running = start.isPending || (job.data !== undefined && !job.data.finished_at);
  return (
    <>
      <form
        className="form panel"
        aria-label="Import a OneRoster zip"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setMissingFile(file === null);
          if (file) start.mutate({ file, dry_run: dryRun, skip_invalid: skipInvalid });
        }}
      >
        <p>
          A zip of a OneRoster 1.1 or 1.2 CSV set (users.csv, classes.csv, enrollments.csv …), up to 50 MiB.
          An import writes everything or nothing, unless you choose to skip invalid rows.
        </p>
        <div className={missingFile ? "field field-invalid" : "field"}>
          <label htmlFor={fileId}>OneRoster zip</label>
          <input
            id={fileId}
            type="file"
            accept=".zip,application/zip"
            aria-invalid={missingFile || undefined}
            aria-describedby={missingFile ? `${fileId}-error` : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissingFile(false);
            }}
          />
          {missingFile && (
            <p className="field-error" id={`${fileId}-error`}>
              Choose a zip file to import.
            </p>
          )}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={dryRun}
            onChange={(event) => {
              setDryRun(event.target.checked);
            }}
          />
          Dry run: check and report, write nothing
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={skipInvalid}
            onChange={(event) => {
              setSkipInvalid(event.target.checked);
            }}
          />
          Skip invalid rows: write the valid ones even when some are rejected
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={running}>
            {running ? "Importing…" : dryRun ? "Check the zip" : "Import"}
          </button>
        </div>
      </form>
      {start.error &&
        (start.error instanceof ApiError ? (
          <div className="notice notice-error" role="alert">
            <p>
              <strong>The zip was not imported.</strong> {start.error.userMessage}
            </p>
          </div>
        ) : (
          <ErrorNotice error={start.error} />
        ))}
      {job.error && <ErrorNotice error={job.error} />}
      {job.data && <JobStatus job={job.data} />}
    </>
  );
}

function JobStatus({ job }: { job: ImportJob }) {
  const { progress } = job;
  const total = progress?.total ?? null;
  return (
    <section aria-labelledby="job-title" className="import-job">
      <h2 id="job-title">Import {job.id}</h2>
      <p role="status">
        {job.status === "queued" && "Waiting to start…"}
        {job.status === "running" && `Running: ${progress?.phase ?? "starting"}…`}
        {job.status === "succeeded" && "Finished."}
        {job.status === "failed" && `Failed: ${job.error ?? "no reason given"}`}
      </p>
      {!job.finished_at && (
        <progress
          aria-label="Import progress"
          value={total ? (progress?.done ?? 0) : undefined}
          max={total ?? undefined}
        />
      )}
      {job.report && <ImportReport report={job.report} id={job.id} />}
    </section>
  );
}

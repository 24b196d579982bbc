import { Type, type Static } from "typebox";
import { importJobStatuses } from "../db/database.ts";
import { Count, Id, Int32, ref, StrictObject, Timestamp } from "../http/schemas.ts";
import { oneRosterVersions } from "./oneroster.ts";

export const FileSummary = Type.Object(
  {
    file: Type.String({ description: "users.csv, classes.csv, …" }),
    rows: Int32({ description: "Data rows read (the header not counted)" }),
    created: Count,
    updated: Count,
    unchanged: Count,
    skipped: Int32({
      description:
        "Rows for roles, files or states Registrar does not model (teachers, orgs, tobedeleted, …)",
    }),
    rejected: Count,
    note: Type.Union([Type.String(), Type.Null()], { description: "What the file's rows are used for" }),
  },
  { $id: "FileSummary" },
);
export type FileSummary = Static<typeof FileSummary>;

export const Reject = Type.Object(
  {
    file: Type.String(),
    line: Int32({ minimum: 1, description: "Line in the file; the header is line 1" }),
    column: Type.Union([Type.String(), Type.Null()], { description: "Header name of the offending column" }),
    reason: Type.String(),
  },
  { $id: "Reject" },
);
export type Reject = Static<typeof Reject>;

export const ImportReport = Type.Object(
  {
    oneroster_version: Type.Enum(oneRosterVersions),
    dry_run: Type.Boolean(),
    skip_invalid: Type.Boolean(),
    written: Type.Boolean({ description: "Whether the database was changed" }),
    files: Type.Array(ref(FileSummary)),
    waitlisted: Int32({
      description: "Enrollments (created or re-activated) put on a waitlist because their course was full",
    }),
    rejects: Type.Array(ref(Reject), {
      description: "Every rejected row, in file and line order (up to 10,000)",
    }),
    rejects_omitted: Int32({ description: "Rejected rows beyond the ones listed" }),
  },
  { $id: "ImportReport" },
);
export type ImportReport = Static<typeof ImportReport>;

export const Progress = Type.Object(
  {
    phase: Type.String({ description: "reading users.csv, checking, writing enrollments, …" }),
    done: Count,
    total: Type.Union([Count, Type.Null()]),
  },
  { $id: "Progress" },
);
export type Progress = Static<typeof Progress>;

export const ImportJob = Type.Object(
  {
    id: Id,
    status: Type.Enum(importJobStatuses),
    dry_run: Type.Boolean(),
    skip_invalid: Type.Boolean(),
    size_bytes: Count,
    progress: Type.Union([ref(Progress), Type.Null()]),
    report: Type.Union([ref(ImportReport), Type.Null()], {
      description: "The summary and rejects, once the job has finished reading and checking",
    }),
    error: Type.Union([Type.String(), Type.Null()], { description: "Why a failed job failed" }),
    created_at: Timestamp,
    started_at: Type.Union([Timestamp, Type.Null()]),
    finished_at: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: "ImportJob" },
);
export type ImportJob = Static<typeof ImportJob>;

export const ImportQuery = StrictObject({
  dry_run: Type.Boolean({ default: false, description: "Check everything and report, but write nothing" }),
  skip_invalid: Type.Boolean({
    default: false,
    description: "Write the valid rows even when some are rejected (otherwise nothing is written)",
  }),
});

export const ImportIdParams = StrictObject({ import_id: Id });

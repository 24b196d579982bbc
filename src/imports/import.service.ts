import type { Db } from "../db/database.ts";
import { inReadSnapshot, inTransaction, withBulkLoad } from "../db/dialect.ts";
import { fillFreeSeats } from "../enrollments/enrollment.service.ts";
import * as repository from "./import.repository.ts";
import { planImport, type Plan, type PlannedEnrollment } from "./import.plan.ts";
import { readRoster, type Roster } from "./import.reader.ts";
import type { ImportReport } from "./import.schema.ts";
import type { ProgressListener } from "./read-set.ts";
import type { ImportSource } from "./source.ts";

/** The actor of every change an import makes, in the enrollment history. */
export const IMPORT_ACTOR = "import";

export interface ImportOptions {
  /** Check and report only; nothing is written. */
  dry_run: boolean;
  /** Write the valid rows even when others are rejected (otherwise a single reject means nothing is written). */
  skip_invalid: boolean;
  onProgress?: ProgressListener;
}

const ENROLLMENT_CHUNK = 20_000;

const idOf = (ref: PlannedEnrollment["student"], created: number[]): number =>
  "id" in ref ? ref.id : (created[ref.created] as number);

/** Writes a plan: students, then courses (seating waitlists a raised capacity frees), then enrollments. */
async function writePlan(trx: Db, plan: Plan, onProgress: ProgressListener): Promise<void> {
  const now = new Date().toISOString();
  const { students, courses, enrollments } = plan;
  const total =
    students.create.length +
    students.update.length +
    courses.create.length +
    courses.update.length +
    enrollments.length;
  let done = 0;
  const advance = (phase: string) => (rows: number) => {
    done += rows;
    onProgress({ phase, done, total });
  };

  await repository.updateStudents(trx, students.update, now);
  advance("writing students")(students.update.length);
  const insertedStudents = await repository.insertStudents(
    trx,
    students.create,
    now,
    advance("writing students"),
  );
  const studentIds = new Map(insertedStudents.map((row) => [row.sourced_id, row.id]));
  const createdStudents = students.create.map((student) => studentIds.get(student.sourced_id) as number);

  await repository.updateCourses(trx, courses.update, now);
  const insertedCourses = await repository.insertCourses(trx, courses.create, now);
  const courseIds = new Map(insertedCourses.map((row) => [row.sourced_id, row.id]));
  const createdCourses = courses.create.map((course) => courseIds.get(course.sourced_id) as number);
  advance("writing courses")(courses.create.length + courses.update.length);
  for (const { id } of plan.raisedCapacity) await fillFreeSeats(trx, id, IMPORT_ACTOR);

  const writeEnrollments = async () => {
    // Parameters are laid out flat, row after row, straight from the plan: a million enrollments make no
    // intermediate objects.
    for (let start = 0; start < enrollments.length; start += ENROLLMENT_CHUNK) {
      const created: unknown[] = [];
      const reactivated: unknown[][] = [];
      const events: unknown[] = [];
      const end = Math.min(start + ENROLLMENT_CHUNK, enrollments.length);
      for (let index = start; index < end; index++) {
        const e = enrollments[index] as PlannedEnrollment;
        const student_id = idOf(e.student, createdStudents);
        const course_id = idOf(e.course, createdCourses);
        const row = [student_id, course_id, e.status, e.waitlist_order, now, now];
        if (e.from_status === null) created.push(...row);
        else reactivated.push(row);
        events.push(student_id, course_id, e.event, e.from_status, e.status, IMPORT_ACTOR, now);
      }
      await repository.insertEnrollments(trx, created);
      await repository.reactivateEnrollments(trx, reactivated);
      await repository.insertEvents(trx, events);
      advance("writing enrollments")(end - start);
    }
  };
  const touchedCourses = [...new Set(enrollments.map((e) => idOf(e.course, createdCourses)))];
  await withBulkLoad(
    trx,
    "student_courses",
    enrollments.length,
    () => withBulkLoad(trx, "enrollment_events", enrollments.length, writeEnrollments),
    () => repository.recountSeats(trx, touchedCourses),
  );
}

const hasChanges = (plan: Plan) =>
  plan.students.create.length +
    plan.students.update.length +
    plan.courses.create.length +
    plan.courses.update.length +
    plan.enrollments.length >
  0;

const fileOrder = ["manifest.csv", "roles.csv", "users.csv", "courses.csv", "classes.csv", "enrollments.csv"];
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

/**
 * Imports a OneRoster CSV set: reads and checks every file, then plans and writes in one transaction, so that
 * the database holds either the whole import or none of it (a killed process leaves it as it was). With
 * rejected rows nothing is written unless `skip_invalid`; a dry run plans against a snapshot and writes nothing.
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
    const plan = await planImport(trx, roster, !options.dry_run);
    const refused = plan.rejects.count > 0 && !options.skip_invalid;
    const write = !options.dry_run && !refused && hasChanges(plan);
    if (write) await writePlan(trx, plan, onProgress);
    return reportOf(roster, plan, options, write);
  };
  return options.dry_run ? inReadSnapshot(db, run) : inTransaction(db, run);
}

/** Succeeded: everything valid (or --skip-invalid) and, unless a dry run, written. */
export const importSucceeded = (report: ImportReport): boolean =>
  report.rejects.length + report.rejects_omitted === 0 || (report.skip_invalid && !report.dry_run);

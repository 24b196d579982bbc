/**
 * Writes an import's plan inside its transaction, in the order references need: terms and catalog entries
 * (then their prerequisites, which may name entries created just before), instructors, students, courses (with
 * their terms and catalog entries; a raised capacity seats the waitlist), enrollments, and last who teaches
 * which course.
 */
import type { Db } from "../db/database.ts";
import { withBulkLoad } from "../db/bulk.ts";
import { fillFreeSeats } from "../enrollments/waitlist.ts";
import * as calendar from "./calendar.repository.ts";
import * as repository from "./import.repository.ts";
import * as seats from "./seats.repository.ts";
import { admitEnrollments, type AdmittedEnrollment } from "./import.rules.ts";
import { idOf, type Plan } from "./plan-base.ts";
import type { ProgressListener } from "./read-set.ts";

/** The actor of every change an import makes, in the enrollment history. */
export const IMPORT_ACTOR = "import";

const ENROLLMENT_CHUNK = 20_000;

/** The ids of the records created from `values`, in their order, from what the inserts returned. */
const createdIds = (
  values: { sourced_id: string }[],
  inserted: { id: number; sourced_id: string | null }[],
) => {
  const ids = new Map(inserted.map((row) => [row.sourced_id, row.id]));
  return values.map((value) => ids.get(value.sourced_id) as number);
};

async function writeCalendar(trx: Db, plan: Plan, now: string) {
  const { terms, catalog } = plan;
  await calendar.updateTerms(trx, terms.update, now);
  const createdTerms = createdIds(terms.create, await calendar.insertTerms(trx, terms.create, now));
  await calendar.updateCatalog(trx, catalog.update, now);
  const createdCatalog = createdIds(catalog.create, await calendar.insertCatalog(trx, catalog.create, now));
  const entries = catalog.prerequisites.map(({ entry }) => idOf(entry, createdCatalog));
  const rows = catalog.prerequisites.flatMap(({ groups }, index) =>
    groups.flatMap((group, group_number) =>
      group.map(({ required, min_grade, concurrent }, position) => ({
        catalog_id: entries[index] as number,
        group_number,
        position,
        required_id: idOf(required, createdCatalog),
        min_grade,
        concurrent: concurrent ? 1 : 0,
      })),
    ),
  );
  await calendar.replacePrerequisites(trx, entries, rows);
  return { createdTerms, createdCatalog };
}

/**
 * Writes the plan. The enrollments are judged by the registration rules once the courses they name are written;
 * when the rules refuse some and `skip_invalid` is off, nothing more is written (the caller rolls back).
 */
export async function writePlan(
  trx: Db,
  plan: Plan,
  onProgress: ProgressListener,
  { skip_invalid }: { skip_invalid: boolean },
): Promise<void> {
  const now = new Date().toISOString();
  const { students, instructors, courses, enrollments } = plan;
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

  const calendarChanges = [plan.terms, plan.catalog, instructors].some(
    (c) => c.create.length + c.update.length > 0,
  );
  if (calendarChanges) onProgress({ phase: "writing terms, catalog and instructors", done, total });
  const { createdTerms, createdCatalog } = await writeCalendar(trx, plan, now);
  await repository.updatePeople(trx, "instructors", instructors.update, now);
  const insertedInstructors = await repository.insertPeople(
    trx,
    "instructors",
    instructors.create,
    now,
    () => undefined,
  );
  const createdInstructors = createdIds(instructors.create, insertedInstructors);

  await repository.updatePeople(trx, "students", students.update, now);
  advance("writing students")(students.update.length);
  const insertedStudents = await repository.insertPeople(
    trx,
    "students",
    students.create,
    now,
    advance("writing students"),
  );
  const createdStudents = createdIds(students.create, insertedStudents);

  const resolved = <Course extends Plan["courses"]["create"][number]>({
    term,
    catalog,
    ...course
  }: Course) => ({
    ...course,
    term_id: term === null ? null : idOf(term, createdTerms),
    catalog_id: catalog === null ? null : idOf(catalog, createdCatalog),
  });
  await repository.updateCourses(trx, courses.update.map(resolved), now);
  const newCourses = courses.create.map(resolved);
  const createdCourses = createdIds(newCourses, await repository.insertCourses(trx, newCourses, now));
  advance("writing courses")(courses.create.length + courses.update.length);
  for (const { id } of plan.raisedCapacity) await fillFreeSeats(trx, id, IMPORT_ACTOR);

  const admitted = await admitEnrollments(trx, plan, { students: createdStudents, courses: createdCourses });
  if (plan.rejects.count > 0 && !skip_invalid) return;
  const writeEnrollments = async () => {
    // Parameters are laid out flat, row after row, straight from the plan: a million enrollments make no
    // intermediate objects.
    for (let start = 0; start < admitted.length; start += ENROLLMENT_CHUNK) {
      const created: unknown[] = [];
      const reactivated: unknown[][] = [];
      const events: unknown[] = [];
      const end = Math.min(start + ENROLLMENT_CHUNK, admitted.length);
      for (let index = start; index < end; index++) {
        const e = admitted[index] as AdmittedEnrollment;
        const { student_id, course_id } = e;
        const row = [student_id, course_id, e.status, e.waitlist_order, now, now];
        if (e.from_status === null) created.push(...row);
        else reactivated.push(row);
        const detail = e.detail === undefined ? null : JSON.stringify(e.detail);
        events.push(student_id, course_id, e.event, e.from_status, e.status, IMPORT_ACTOR, now, detail);
      }
      await seats.insertEnrollments(trx, created);
      await seats.reactivateEnrollments(trx, reactivated);
      await seats.insertEvents(trx, events);
      advance("writing enrollments")(end - start);
    }
  };
  const touchedCourses = [...new Set(admitted.map((e) => e.course_id))];
  await withBulkLoad(
    trx,
    "student_courses",
    admitted.length,
    () => withBulkLoad(trx, "enrollment_events", admitted.length, writeEnrollments),
    () => seats.recountSeats(trx, touchedCourses),
  );

  const teaching = plan.teaching.map(({ course, instructors: list }) => ({
    course_id: idOf(course, createdCourses),
    instructor_ids: list.map((ref) => idOf(ref, createdInstructors)),
  }));
  await calendar.replaceCourseInstructors(trx, teaching, now);
}

/**
 * Plans classes.csv against the database: courses matched by sourcedId or claimed by code, with their term and
 * catalog entry (of the set or the database), and the seats of every course the import touches, locked until
 * the transaction ends.
 */
import type { Db, EnrollmentStatus } from "../db/database.ts";
import * as repository from "./import.repository.ts";
import * as seatsRepository from "./seats.repository.ts";
import type { ExistingCourse } from "./import.repository.ts";
import type { Roster } from "./import.reader.ts";
import {
  fromNote,
  indexBy,
  matchOf,
  sameRef,
  summaryOf,
  type Plan,
  type PlannedCourse,
  type Ref,
} from "./plan-base.ts";
import { catalogOfClass } from "./plan-catalog.ts";
import { termOfClass } from "./plan-terms.ts";
import type { RosterCourse } from "./read-classes.ts";

/** A course's values after the import: the file's, or the database's for the fields the file does not carry. */
const courseValues = (
  course: RosterCourse,
  existing: ExistingCourse | undefined,
  term: Ref | null | undefined,
  catalog: Ref | null | undefined,
): PlannedCourse => ({
  sourced_id: course.sourced_id,
  code: course.code,
  title: course.title,
  capacity: course.capacity === undefined ? (existing?.capacity ?? null) : course.capacity,
  credits: course.credits === undefined ? (existing?.credits ?? null) : course.credits,
  description: course.description === undefined ? (existing?.description ?? null) : course.description,
  term: term === undefined ? (existing?.term_id == null ? null : { id: existing.term_id }) : term,
  catalog:
    catalog === undefined ? (existing?.catalog_id == null ? null : { id: existing.catalog_id }) : catalog,
  meetings: course.meetings ?? existing?.meetings ?? "[]",
});

const sameCourse = (a: PlannedCourse, b: ExistingCourse) =>
  a.sourced_id === b.sourced_id &&
  a.code === b.code &&
  a.title === b.title &&
  a.capacity === b.capacity &&
  a.credits === b.credits &&
  a.description === b.description &&
  sameRef(a.term, b.term_id) &&
  sameRef(a.catalog, b.catalog_id) &&
  a.meetings === b.meetings;

export interface CourseSlot {
  ref: Ref;
  capacity: number | null;
  enrolled: number;
  lastOrder: number;
  /** Existing enrollments (student id → status); empty for a course the import creates. */
  existing: Map<number, EnrollmentStatus>;
  /** Students enrolled by this import so far, by student key, with the line that did it. */
  seen: Map<number, number>;
}

/** What classes refer to besides their own rows: terms and catalog entries, of the set or the database. */
export interface ClassReferences {
  termRefs: Map<string, Ref>;
  catalogRefs: Map<string, Ref>;
  dbTerms: Map<string, number>;
  dbCatalog: Map<string, number>;
}

export async function planCourses(
  db: Db,
  roster: Roster,
  references: ClassReferences,
  lock: boolean,
  plan: Plan,
  referencedIds: Set<number>,
): Promise<Map<string, CourseSlot>> {
  const summary = summaryOf(plan.summaries, "classes.csv");
  const { courses } = roster;
  const bySourcedId = indexBy(
    await repository.coursesBySourcedId(
      db,
      courses.map((c) => c.sourced_id),
    ),
    (c) => c.sourced_id as string,
  );
  const byCode = indexBy(
    await repository.coursesByCode(
      db,
      courses.map((c) => c.code.toLowerCase()),
    ),
    (c) => c.code.toLowerCase(),
  );
  const matches: {
    course: RosterCourse;
    match: ExistingCourse | undefined;
    term: Ref | null | undefined;
    catalog: Ref | null | undefined;
  }[] = [];
  for (const course of courses) {
    const reject = (column: string, reason: string) => {
      plan.rejects.add("classes.csv", course.line, column, reason);
      plan.otherClasses.set(course.sourced_id, { line: course.line, why: "was rejected" });
    };
    const { termRefs, catalogRefs, dbTerms, dbCatalog } = references;
    const term = termOfClass(course.terms, termRefs, dbTerms, roster, plan);
    if ("reject" in term) {
      reject("termSourcedIds", term.reject);
      continue;
    }
    const catalog = catalogOfClass(course.course, catalogRefs, dbCatalog, roster, plan);
    if ("reject" in catalog) {
      reject("courseSourcedId", catalog.reject);
      continue;
    }
    const found = matchOf(bySourcedId.get(course.sourced_id), byCode.get(course.code.toLowerCase()));
    if ("conflict" in found) {
      const owner = found.conflict;
      reject("classCode", `course code ${course.code} belongs to course ${owner.id}${fromNote(owner)}`);
      continue;
    }
    matches.push({ course, match: found.match, term: term.term, catalog: catalog.catalog });
  }

  const existingIds = new Set([
    ...referencedIds,
    ...matches.flatMap(({ match }) => (match ? [match.id] : [])),
  ]);
  const seats = new Map(
    (await seatsRepository.lockSeats(db, [...existingIds], lock)).map((row) => [row.id, row]),
  );
  const enrollments = await seatsRepository.enrollmentsOfCourses(db, [...existingIds]);
  const slots = new Map<string, CourseSlot>();
  const slotOf = (ref: Ref, capacity: number | null, id: number | undefined): CourseSlot => {
    const seat = id === undefined ? undefined : seats.get(id);
    return {
      ref,
      capacity,
      enrolled: seat?.enrolled_count ?? 0,
      lastOrder: seat?.last_order ?? 0,
      existing: (id === undefined ? undefined : enrollments.get(id)) ?? new Map<number, EnrollmentStatus>(),
      seen: new Map(),
    };
  };

  for (const { course, match, term, catalog } of matches) {
    const values = courseValues(course, match, term, catalog);
    if (match === undefined) {
      const ref = { created: plan.courses.create.length };
      slots.set(course.sourced_id, slotOf(ref, values.capacity, undefined));
      plan.courses.create.push(values);
      summary.created++;
      continue;
    }
    const seat = seats.get(match.id);
    const enrolled = seat?.enrolled_count ?? 0;
    if (values.capacity !== null && values.capacity < enrolled) {
      plan.rejects.add(
        "classes.csv",
        course.line,
        "metadata.registrar.capacity",
        `capacity ${values.capacity} is below the ${enrolled} students enrolled in course ${match.id}`,
      );
      plan.otherClasses.set(course.sourced_id, { line: course.line, why: "was rejected" });
      continue;
    }
    const ref = { id: match.id };
    const slot = slotOf(ref, values.capacity, match.id);
    // A raised capacity seats the waitlist first (as a PATCH would); new arrivals get the seats left after.
    const waiting = seat?.waitlist_count ?? 0;
    const free = values.capacity === null ? waiting : values.capacity - enrolled;
    const promoted = Math.max(0, Math.min(waiting, free));
    if (promoted > 0) {
      plan.raisedCapacity.push({ id: match.id, promoted });
      slot.enrolled += promoted;
    }
    slots.set(course.sourced_id, slot);
    if (sameCourse(values, match)) summary.unchanged++;
    else {
      plan.courses.update.push({ ...values, id: match.id });
      summary.updated++;
    }
  }
  for (const id of referencedIds) {
    const seat = seats.get(id);
    if (seat) slots.set(`#${id}`, slotOf({ id }, seat.capacity, id));
  }
  return slots;
}

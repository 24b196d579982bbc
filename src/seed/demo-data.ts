/**
 * A realistic, reproducible school: two terms, a catalog with prerequisite chains, sections of it in both terms
 * with weekly meetings in rooms and one or two instructors each, and students whose enrollments keep the
 * registration rules (one section per catalog entry, no two meetings at once, at most the term's credits,
 * prerequisites met by the Fall grades). Fall 2026 is over: its enrollments are completed with grades (a few
 * dropped). Registration for Spring 2027 is under way and its most popular sections are full, with a waitlist.
 * Used by `npm run db:seed` (to try the UI) and by the benchmarks: a larger size has more students and more
 * sections of the same catalog.
 */
import type { Insertable } from "kysely";
import { insertInChunks } from "../db/bulk.ts";
import { withBulkLoad } from "../db/bulk.ts";
import { recountSeats } from "../imports/seats.repository.ts";
import { meetsMinimum } from "../registration/grades.ts";
import { demoEmail, firstNames, lastNames, random } from "./people.ts";
import { planSections, type Section } from "./sections.ts";
import { entries, entryIndex, FALL, labsOf, SPRING, terms, type Entry } from "./school.ts";
import { clash, type Span } from "./timetable.ts";
import type {
  CatalogPrerequisiteTable,
  CatalogTable,
  CourseInstructorTable,
  CourseTable,
  Db,
  EnrollmentEvent,
  EnrollmentEventTable,
  EnrollmentStatus,
  InstructorTable,
  StudentCourseTable,
  StudentTable,
  TermTable,
} from "../db/database.ts";

export interface DemoSize {
  students: number;
  /** Sections, dealt out over the catalog's offerings in both terms. */
  courses: number;
  enrollments: number;
}

/** Rows for every table the seed fills, with ids 1, 2, 3… in order (the seed fills an empty database). */
export interface DemoData {
  terms: Insertable<TermTable>[];
  catalog: Insertable<CatalogTable>[];
  catalog_prerequisites: Insertable<CatalogPrerequisiteTable>[];
  instructors: Insertable<InstructorTable>[];
  students: Insertable<StudentTable>[];
  courses: Insertable<CourseTable>[];
  course_instructors: Insertable<CourseInstructorTable>[];
  enrollments: Insertable<StudentCourseTable>[];
  enrollment_events: Insertable<EnrollmentEventTable>[];
}

const letterGrades = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"] as const;
/** How many in a hundred get each letter grade. */
const gradeShares = [3, 17, 13, 12, 13, 10, 8, 8, 5, 3, 2, 1, 5];

/**
 * A student's record so far: the entries taken (in which term, how it ended: a grade, or null for one dropped or
 * still in progress) and each term's schedule.
 */
interface StudentRecord {
  taken: Map<number, { term: number; grade: string | null }>;
  schedule: Span[][];
  credits: number[];
}

/** A grade that meets the minimum, by the registration rules' own scale; no grade here is no pass. */
const passed = (grade: string | null, minimum: string | null) =>
  grade !== null && meetsMinimum(grade, minimum);

function prerequisitesMet(record: StudentRecord, entry: Entry, term: number): boolean {
  return entry.requires.every((group) =>
    group.some(({ code, min_grade, concurrent }) => {
      const taken = record.taken.get(entryIndex.get(code) ?? -1);
      if (taken === undefined) return false;
      if (concurrent === true && taken.term === term) return true;
      return taken.term < term && passed(taken.grade, min_grade ?? null);
    }),
  );
}

/** A seeded enrollment's history event; the seed is its actor. */
const historyEvent = (
  student_id: number,
  course_id: number,
  event: EnrollmentEvent,
  from_status: EnrollmentStatus | null,
  to_status: EnrollmentStatus,
  to_grade: string | null,
  occurred_at: string,
): Insertable<EnrollmentEventTable> => ({
  student_id,
  course_id,
  event,
  from_status,
  to_status,
  from_grade: null,
  to_grade,
  actor: "seed",
  occurred_at,
});

export function generateDemoData(size: DemoSize, seed = 1): DemoData {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const now = new Date().toISOString();
  const stamps = { created_at: now, updated_at: now };

  const students = Array.from({ length: size.students }, (_, index) => {
    const first_name = pick(firstNames);
    const last_name = pick(lastNames);
    const email = demoEmail(first_name, last_name, index + 1);
    return { first_name, last_name, email, ...stamps };
  });

  const catalog = entries.map(({ code, title, description, credits }) => ({
    code,
    title,
    description,
    credits,
    ...stamps,
  }));
  const catalog_prerequisites = entries.flatMap((entry, index) =>
    entry.requires.flatMap((group, group_number) =>
      group.map(({ code, min_grade, concurrent }, position) => ({
        catalog_id: index + 1,
        group_number,
        position,
        required_id: (entryIndex.get(code) ?? -1) + 1,
        min_grade: min_grade ?? null,
        concurrent: concurrent ? 1 : 0,
      })),
    ),
  );

  const { sections, instructors } = planSections(size.courses, pick, now);

  // The offerings of each term with their sections. A student looks at them in a random order weighted by
  // their number of sections (busier courses come up first more often), and by three for a course that
  // follows on from others (whoever may take it mostly does: students keep to their sequences), then for a
  // section that fits.
  const offered = terms.map(() => new Map<number, number[]>());
  sections.forEach(({ entry, term }, index) => {
    const byEntry = offered[term] as Map<number, number[]>;
    byEntry.set(entry, [...(byEntry.get(entry) ?? []), index]);
  });
  const exponents = offered.map((byEntry) =>
    [...byEntry].map(([entry, ids]) => ({
      entry,
      exponent: 1 / (ids.length * ((entries[entry]?.requires.length ?? 0) > 0 ? 3 : 1)),
    })),
  );
  /** The term's offered entries in a weighted random order (the larger of u^(1/weight) first). */
  const weightedOrder = (term: number) =>
    (exponents[term] ?? [])
      .map(({ entry, exponent }) => ({ entry, key: next() ** exponent }))
      .sort((a, b) => b.key - a.key);

  const picks: { student: number; section: number; grade: string | null; dropped: boolean }[] = [];
  const takers = sections.map(() => 0);
  /** Enrolls the student in a section of the entry in the term, if one fits their record; whether it did. */
  const take = (student: number, record: StudentRecord, term: number, index: number): boolean => {
    const ids = offered[term]?.get(index);
    const entry = entries[index] as Entry;
    if (ids === undefined) return false;
    const credits = (record.credits[term] ?? 0) + entry.credits;
    if (credits > (terms[term]?.max_credits ?? Infinity)) return false;
    // One section per entry a term; an entry dropped or failed before may be taken again.
    const before = record.taken.get(index);
    if (before !== undefined && (before.term === term || passed(before.grade, null))) return false;
    if (!prerequisitesMet(record, entry, term)) return false;
    const schedule = record.schedule[term] ?? [];
    const start = Math.floor(next() * ids.length);
    let fits: Section | undefined;
    let id = -1;
    for (let k = 0; k < ids.length && fits === undefined; k++) {
      id = ids[(start + k) % ids.length] as number;
      const section = sections[id] as Section;
      if (!clash(schedule, section.spans)) fits = section;
    }
    if (fits === undefined) return false;
    // Fall is over: a few dropped out, the rest have a grade (the lab is pass / no pass).
    const dropped = term === FALL && next() < 0.04;
    let grade: string | null = null;
    if (term === FALL && !dropped) {
      if (entry.pattern === "lab") grade = next() < 0.95 ? "P" : "NP";
      else {
        let roll = next() * 100;
        grade = letterGrades.find((_, g) => (roll -= gradeShares[g] ?? 0) < 0) ?? "F";
      }
    }
    record.taken.set(index, { term, grade });
    schedule.push(...fits.spans);
    record.credits[term] = credits;
    picks.push({ student, section: id, grade, dropped });
    takers[id] = (takers[id] ?? 0) + 1;
    return true;
  };

  /** Up to `wanted` more courses in the term; how many it found. */
  const addCourses = (student: number, record: StudentRecord, term: number, wanted: number): number => {
    let added = 0;
    // Two passes: a corequisite may come up before the course it goes with.
    for (let pass = 0; pass < 2 && added < wanted; pass++) {
      for (const { entry } of weightedOrder(term)) {
        if (added >= wanted) break;
        if (!take(student, record, term, entry)) continue;
        added++;
        // A lecture's lab goes with it.
        for (const lab of labsOf.get(entry) ?? [])
          if (added < wanted && take(student, record, term, lab)) added++;
      }
    }
    return added;
  };

  for (let student = 0; student < size.students && picks.length < size.enrollments; student++) {
    // What is left to seat, shared among the students left, so one who cannot take more is made up for later.
    const wanted = Math.ceil((size.enrollments - picks.length) / (size.students - student));
    const record: StudentRecord = {
      taken: new Map(),
      schedule: terms.map(() => []),
      credits: terms.map(() => 0),
    };
    let added = addCourses(student, record, FALL, Math.ceil(wanted / 2));
    added += addCourses(student, record, SPRING, wanted - added);
    if (added < wanted) added += addCourses(student, record, FALL, wanted - added);
    if (added < wanted) addCourses(student, record, SPRING, wanted - added);
  }

  // Room for everyone who registered, except in the busiest quarter of the Spring sections: those filled
  // up, and a sixth of their students are on the waitlist.
  const springByDemand = sections
    .map((section, index) => ({ index, term: section.term, takers: takers[index] ?? 0 }))
    .filter(({ term }) => term === SPRING)
    .sort((a, b) => b.takers - a.takers || a.index - b.index);
  const full = new Set(
    springByDemand.slice(0, Math.ceil(springByDemand.length / 4)).map(({ index }) => index),
  );
  const capacities = sections.map((_, index) => {
    const demand = takers[index] ?? 0;
    return full.has(index)
      ? Math.max(1, Math.ceil((demand * 5) / 6))
      : Math.max(10, Math.ceil((demand * 1.2) / 5) * 5);
  });

  const courses = sections.map(({ entry, term, code, meetings }, index) => ({
    code,
    title: (entries[entry] as Entry).title,
    description: null,
    // The catalog entry's credits: a section has none of its own.
    credits: null,
    capacity: capacities[index] ?? null,
    term_id: term + 1,
    catalog_id: entry + 1,
    meetings: JSON.stringify(meetings),
    ...stamps,
  }));
  const course_instructors = sections.flatMap(({ instructor_ids }, index) =>
    instructor_ids.map((instructor_id, position) => ({ course_id: index + 1, instructor_id, position })),
  );

  const seated = sections.map(() => 0);
  const waiting = sections.map(() => 0);
  const enrollments: Insertable<StudentCourseTable>[] = [];
  const enrollment_events: Insertable<EnrollmentEventTable>[] = [];
  for (const { student, section, grade, dropped } of picks) {
    const student_id = student + 1;
    const course_id = section + 1;
    let status: EnrollmentStatus;
    if (sections[section]?.term === FALL) status = dropped ? "dropped" : "completed";
    else if ((seated[section] ?? 0) < (capacities[section] ?? 0)) status = "enrolled";
    else status = "waitlisted";
    if (status === "enrolled") seated[section] = (seated[section] ?? 0) + 1;
    if (status === "waitlisted") waiting[section] = (waiting[section] ?? 0) + 1;
    enrollments.push({
      student_id,
      course_id,
      status,
      grade,
      waitlist_order: status === "waitlisted" ? (waiting[section] ?? null) : null,
      enrolled_at: now,
      updated_at: now,
    });
    // The history tells the same story, as the API would have recorded it.
    const arrived = status === "waitlisted" ? "waitlisted" : "enrolled";
    enrollment_events.push(historyEvent(student_id, course_id, arrived, null, arrived, null, now));
    if (status === "completed" || status === "dropped") {
      const event = status === "completed" ? "completed" : "dropped";
      enrollment_events.push(historyEvent(student_id, course_id, event, "enrolled", status, grade, now));
    }
  }

  return {
    terms: terms.map(({ suffix, ...term }) => ({ ...term, ...stamps })),
    catalog,
    catalog_prerequisites,
    instructors,
    students,
    courses,
    course_instructors,
    enrollments,
    enrollment_events,
  };
}

/**
 * Writes the demo data into an empty database with the bulk helpers, parents before children. Call it inside a
 * transaction. Enrollments and their history load as an import's do: on SQLite a large first load sets the
 * tables' secondary indexes and the seat-count triggers aside, builds the indexes once afterwards and counts
 * the seats at once (the counters end as the triggers would have left them); PostgreSQL's statement triggers
 * count them as the rows arrive.
 */
export async function insertDemoData(db: Db, data: DemoData): Promise<void> {
  await insertInChunks(db, "terms", data.terms);
  await insertInChunks(db, "catalog", data.catalog);
  await insertInChunks(db, "catalog_prerequisites", data.catalog_prerequisites);
  await insertInChunks(db, "instructors", data.instructors);
  await insertInChunks(db, "students", data.students);
  await insertInChunks(db, "courses", data.courses);
  await insertInChunks(db, "course_instructors", data.course_instructors);
  const { enrollments, enrollment_events } = data;
  await withBulkLoad(
    db,
    "student_courses",
    enrollments.length,
    () =>
      withBulkLoad(db, "enrollment_events", enrollment_events.length, async () => {
        await insertInChunks(db, "student_courses", enrollments);
        await insertInChunks(db, "enrollment_events", enrollment_events);
      }),
    () =>
      recountSeats(
        db,
        data.courses.map((_, index) => index + 1),
      ),
  );
}

/**
 * What every part of an import's plan shares: the plan itself, references to records the plan creates, and
 * the matching rule (by sourcedId, else claim a record with the same key that has no sourcedId yet; rejected
 * when that record came from another sourcedId).
 */
import type { EnrollmentEvent, EnrollmentStatus } from "../db/database.ts";
import type { CatalogValues, TermValues } from "./calendar.repository.ts";
import type { CourseValues, PersonValues } from "./import.repository.ts";
import type { FileSummary } from "./import.schema.ts";
import type { Roster } from "./import.reader.ts";
import { RejectList } from "./read-set.ts";
import type { Unusable } from "./read-users.ts";

/** A record: an id in the database, or the position of one the plan creates. */
export type Ref = { id: number } | { created: number };

/** A number per record of one table that is unique within the plan: the id, or minus one less the position. */
export const refKey = (ref: Ref): number => ("id" in ref ? ref.id : -1 - ref.created);

/** Whether a planned reference is the one a record already has. */
export const sameRef = (ref: Ref | null, id: number | null): boolean =>
  ref === null ? id === null : "id" in ref && ref.id === id;

/** The id of a reference once the plan's new records are written (`created` holds their ids in order). */
export const idOf = (ref: Ref, created: number[]): number =>
  "id" in ref ? ref.id : (created[ref.created] as number);

export interface CourseSeatChange {
  id: number;
  /** Waitlisted students the raised capacity seats (fillFreeSeats does it in the write). */
  promoted: number;
}

/** An enrollment with its student and course still as references (created ones get ids when written). */
export interface PlannedEnrollment {
  /** Its line in enrollments.csv, for a row error the registration rules raise when it is written. */
  line: number;
  student: Ref;
  course: Ref;
  status: "enrolled" | "waitlisted";
  waitlist_order: number | null;
  event: EnrollmentEvent;
  /** null for a new enrollment; "dropped" for one made active again. */
  from_status: EnrollmentStatus | null;
}

/** A course with its term and catalog entry as references. */
export type PlannedCourse = Omit<CourseValues, "term_id" | "catalog_id"> & {
  term: Ref | null;
  catalog: Ref | null;
};

/** The prerequisites an entry gets (replacing its own): groups of items naming entries by reference. */
export interface PlannedPrerequisites {
  entry: Ref;
  groups: { required: Ref; min_grade: string | null; concurrent: boolean }[][];
}

interface Changes<Values> {
  create: Values[];
  update: (Values & { id: number })[];
}

export interface Plan {
  terms: Changes<TermValues>;
  catalog: Changes<CatalogValues> & { prerequisites: PlannedPrerequisites[] };
  instructors: Changes<PersonValues>;
  students: Changes<PersonValues>;
  courses: Changes<PlannedCourse>;
  raisedCapacity: CourseSeatChange[];
  enrollments: PlannedEnrollment[];
  /** Courses whose instructors change: the whole list, in order. */
  teaching: { course: Ref; instructors: Ref[] }[];
  waitlisted: number;
  summaries: Map<string, FileSummary>;
  rejects: RejectList;
  /** The reader's rows that others cannot name, plus the ones this plan rejects. */
  otherUsers: Unusable;
  nonTeachers: Unusable;
  otherSessions: Unusable;
  otherCourses: Unusable;
  otherClasses: Unusable;
}

const changes = <Values>(): Changes<Values> => ({ create: [], update: [] });

/** An empty plan on a fresh copy of the reader's counts and rejects: a retried transaction plans again. */
export function newPlan(roster: Roster): Plan {
  const summaries = new Map([...roster.summaries].map(([file, summary]) => [file, { ...summary }]));
  const rejects = new RejectList(summaries);
  rejects.listed.push(...roster.rejects.listed);
  rejects.omitted = roster.rejects.omitted;
  return {
    terms: changes(),
    catalog: { ...changes<CatalogValues>(), prerequisites: [] },
    instructors: changes(),
    students: changes(),
    courses: changes(),
    raisedCapacity: [],
    enrollments: [],
    teaching: [],
    waitlisted: 0,
    summaries,
    rejects,
    otherUsers: new Map(roster.otherUsers),
    nonTeachers: new Map(roster.nonTeachers),
    otherSessions: new Map(roster.sessions.otherSessions),
    otherCourses: new Map(roster.catalog.otherCourses),
    otherClasses: new Map(roster.otherClasses),
  };
}

export const summaryOf = (summaries: Map<string, FileSummary>, file: string): FileSummary =>
  summaries.get(file) ?? {
    file,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rejected: 0,
    note: null,
  };

interface Matchable {
  id: number;
  sourced_id: string | null;
}

/**
 * The record a row updates: the one with its sourcedId, else the one with its key (email, code) if that has
 * no sourcedId yet; `conflict` when the key belongs to a record that came from another sourcedId (or to another
 * record than the row's own).
 */
export function matchOf<Existing extends Matchable>(
  bySourcedId: Existing | undefined,
  byKey: Existing | undefined,
): { match: Existing | undefined } | { conflict: Existing } {
  if (byKey && bySourcedId?.id !== byKey.id && (bySourcedId !== undefined || byKey.sourced_id !== null)) {
    return { conflict: byKey };
  }
  return { match: bySourcedId ?? byKey };
}

/** " (sourcedId x)" for a record that came from an import, "" otherwise: for the reason of a conflict. */
export const fromNote = (record: Matchable): string =>
  record.sourced_id === null ? "" : ` (sourcedId ${record.sourced_id})`;

export const indexBy = <Row, Key>(rows: Row[], key: (row: Row) => Key) =>
  new Map(rows.map((row) => [key(row), row]));

/** The reason for a reference to a row others cannot name, or to nothing at all. */
export const unknownReference = (
  column: string,
  id: string,
  file: string,
  other: { line: number; why: string } | undefined,
  registrar = "in Registrar",
): string =>
  other
    ? `${column} ${id} ${other.why} (${file} line ${other.line})`
    : `${column} ${id} is neither in ${file} nor ${registrar}`;

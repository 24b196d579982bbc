/**
 * How a Registrar record is named in OneRoster: its stored sourcedId, else one derived from its id that never
 * changes (ADR 0004). The CSV export calls the functions; the REST provider needs the same names inside SQL
 * (to filter and sort on them), so each kind's prefix is written once and both forms are built from it.
 */
import { sql, type RawBuilder } from "kysely";

/** The one org Registrar presents: the institution, a school. */
export const SCHOOL = "registrar-school";
export const SCHOOL_NAME = "Registrar";
/** The one school year: what classes without a term name as their term (OneRoster requires one). */
export const SCHOOL_YEAR = "registrar-school-year";
/** The OneRoster course of a class without a catalog entry is named after the class. */
export const PLACEHOLDER_PREFIX = "course-of-";

const prefixes = {
  student: "registrar-student-",
  course: "registrar-course-",
  term: "registrar-term-",
  catalog: "registrar-catalog-",
  instructor: "registrar-instructor-",
} as const;
export type Kind = keyof typeof prefixes;

interface Identified {
  id: number;
  sourced_id: string | null;
}

export const exportedId = (kind: Kind, record: Identified): string =>
  record.sourced_id ?? `${prefixes[kind]}${record.id}`;

/** The same name computed in SQL from the table aliased `alias` (its id and sourced_id columns). */
export const exportedIdSql = (kind: Kind, alias: string): RawBuilder<string> =>
  exportedIdOf(kind, sql.ref(`${alias}.id`), sql.ref(`${alias}.sourced_id`));

/** The same from any id and sourced_id expressions (a tombstone keeps them in columns of its own). */
export const exportedIdOf = (
  kind: Kind,
  id: RawBuilder<unknown>,
  sourcedId: RawBuilder<unknown>,
): RawBuilder<string> =>
  sql<string>`coalesce(${sourcedId}, ${sql.lit(prefixes[kind])} || cast(${id} as text))`;

/** A student enrollment is identified by its student and course, a teacher's by the instructor and course. */
export const studentEnrollmentId = (student_id: number, course_id: number) =>
  `enr-${student_id}-${course_id}`;
export const teacherEnrollmentId = (instructor_id: number, course_id: number) =>
  `enr-t${instructor_id}-${course_id}`;

export const studentEnrollmentIdSql = (student_id: RawBuilder<number>, course_id: RawBuilder<number>) =>
  sql<string>`'enr-' || cast(${student_id} as text) || '-' || cast(${course_id} as text)`;
export const teacherEnrollmentIdSql = (instructor_id: RawBuilder<number>, course_id: RawBuilder<number>) =>
  sql<string>`'enr-t' || cast(${instructor_id} as text) || '-' || cast(${course_id} as text)`;

/** The school year session: the calendar year of `now` (Registrar keeps no school years of its own). */
export function schoolYearOf(now: Date) {
  const year = now.getUTCFullYear();
  return {
    sourcedId: SCHOOL_YEAR,
    title: `Registrar ${year}`,
    type: "schoolYear",
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    schoolYear: String(year),
  } as const;
}

/**
 * Writes the database as a OneRoster 1.2 CSV set (bulk), read from one snapshot, so that importing it into an
 * empty database gives back the same records: terms as academic sessions of type term, the catalog as courses
 * (prerequisites by sourcedId), courses as classes (with their term, catalog entry, meetings and the Registrar
 * fields in `metadata.registrar.*` columns), students and instructors as users with the student and teacher
 * roles, and per course its teachers (in order, the first primary), its enrolled students and then its
 * waitlist in order. A class without a catalog entry gets a placeholder course of its own (OneRoster gives
 * every class a course; the import skips placeholders), and a class without a term names the school year (not
 * a term, so none on import). Completed and dropped enrollments are history, not roster, and are not exported.
 * A record without a sourcedId is exported as registrar-<kind>-<id>.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "../db/database.ts";
import { inReadSnapshot } from "../db/dialect.ts";
import { writeCsvFile } from "./csv.ts";
import * as repository from "./export.repository.ts";
import {
  catalogExtensionColumns,
  courseExtensionColumns,
  headers,
  manifestKey,
  termExtensionColumns,
} from "./oneroster.ts";
import {
  exportedId,
  PLACEHOLDER_PREFIX,
  SCHOOL,
  SCHOOL_NAME,
  SCHOOL_YEAR,
  schoolYearOf,
  studentEnrollmentId,
  teacherEnrollmentId,
} from "./sourced-ids.ts";

type Identified = Parameters<typeof exportedId>[1];

const PAGE = 10_000;

export const exportedStudentId = (student: Identified) => exportedId("student", student);
export const exportedCourseId = (course: Identified) => exportedId("course", course);
export const exportedTermId = (term: Identified) => exportedId("term", term);
export const exportedCatalogId = (entry: Identified) => exportedId("catalog", entry);
export const exportedInstructorId = (instructor: Identified) => exportedId("instructor", instructor);
/** The OneRoster course of a class that has no catalog entry. */
const placeholderId = (course: Identified) => `${PLACEHOLDER_PREFIX}${exportedCourseId(course)}`;

const rowOf = (header: readonly string[], values: Record<string, unknown>) =>
  header.map((name) => values[name] ?? "");

/** Every row of a keyset-paged table, a page at a time. */
async function* paged<Row extends { id: number }>(page: (after: number) => Promise<Row[]>) {
  let after = 0;
  for (;;) {
    const rows = await page(after);
    yield* rows;
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < PAGE) return;
    after = last.id;
  }
}

export interface ExportSummary {
  files: Record<string, number>;
}

type Write = (
  file: string,
  header: readonly string[],
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
) => Promise<void>;

/** academicSessions.csv: the school year, and every term with its Registrar fields. */
async function writeSessions(snapshot: Db, write: Write): Promise<Map<number, string>> {
  const terms = await repository.terms(snapshot);
  const header = [...headers.both["academicSessions.csv"], ...Object.values(termExtensionColumns)];
  await write("academicSessions.csv", header, [
    rowOf(header, schoolYearOf(new Date())),
    ...terms.map((term) =>
      rowOf(header, {
        sourcedId: exportedTermId(term),
        title: term.name,
        type: "term",
        startDate: term.starts_on,
        endDate: term.ends_on,
        schoolYear: term.ends_on.slice(0, 4),
        [termExtensionColumns.code]: term.code,
        [termExtensionColumns.registration_opens_at]: term.registration_opens_at,
        [termExtensionColumns.registration_closes_at]: term.registration_closes_at,
        [termExtensionColumns.add_drop_ends_on]: term.add_drop_ends_on,
        [termExtensionColumns.max_credits]: term.max_credits,
      }),
    ),
  ]);
  return new Map(terms.map((term) => [term.id, exportedTermId(term)]));
}

/** users.csv and roles.csv: students, then instructors (one user, two roles, for a sourcedId with both). */
async function writeUsers(snapshot: Db, write: Write): Promise<Map<number, string>> {
  const instructors = await repository.instructors(snapshot);
  const dual = await repository.studentSourcedIds(
    snapshot,
    instructors.flatMap((instructor) => (instructor.sourced_id === null ? [] : [instructor.sourced_id])),
  );
  const students = () => paged((after) => repository.studentsAfter(snapshot, after, PAGE));
  const users = headers["1.2"]["users.csv"];
  const userRow = (sourcedId: string, person: { first_name: string; last_name: string; email: string }) =>
    rowOf(users, {
      sourcedId,
      enabledUser: "true",
      username: person.email,
      givenName: person.first_name,
      familyName: person.last_name,
      email: person.email,
      primaryOrgSourcedId: SCHOOL,
    });
  async function* userRows() {
    for await (const student of students()) yield userRow(exportedStudentId(student), student);
    for (const instructor of instructors) {
      if (!dual.has(exportedInstructorId(instructor))) {
        yield userRow(exportedInstructorId(instructor), instructor);
      }
    }
  }
  await write("users.csv", users, userRows());
  const roles = headers["1.2"]["roles.csv"];
  async function* roleRows() {
    for await (const student of students()) {
      const sourcedId = exportedStudentId(student);
      yield rowOf(roles, {
        sourcedId: `role-${sourcedId}`,
        userSourcedId: sourcedId,
        roleType: "primary",
        role: "student",
        orgSourcedId: SCHOOL,
      });
    }
    for (const instructor of instructors) {
      const sourcedId = exportedInstructorId(instructor);
      yield rowOf(roles, {
        sourcedId: `role-teacher-${sourcedId}`,
        userSourcedId: sourcedId,
        roleType: dual.has(sourcedId) ? "secondary" : "primary",
        role: "teacher",
        orgSourcedId: SCHOOL,
      });
    }
  }
  await write("roles.csv", roles, roleRows());
  return new Map(instructors.map((instructor) => [instructor.id, exportedInstructorId(instructor)]));
}

/** courses.csv: the catalog (prerequisites by sourcedId), then a placeholder course per class without one. */
async function writeCourses(snapshot: Db, write: Write): Promise<Map<number, string>> {
  const { entries, items } = await repository.catalog(snapshot);
  const ids = new Map(entries.map((entry) => [entry.id, exportedCatalogId(entry)]));
  const prerequisites = new Map<number, Record<string, unknown>[][]>();
  for (const item of items) {
    const groups = prerequisites.get(item.catalog_id) ?? [];
    prerequisites.set(item.catalog_id, groups);
    (groups[item.group_number] ??= []).push({
      courseSourcedId: ids.get(item.required_id),
      ...(item.min_grade !== null && { min_grade: item.min_grade }),
      ...(item.concurrent === 1 && { concurrent: true }),
    });
  }
  const header = [...headers.both["courses.csv"], ...Object.values(catalogExtensionColumns)];
  async function* courseRows() {
    for (const entry of entries) {
      yield rowOf(header, {
        sourcedId: exportedCatalogId(entry),
        title: entry.title,
        courseCode: entry.code,
        orgSourcedId: SCHOOL,
        [catalogExtensionColumns.credits]: entry.credits,
        [catalogExtensionColumns.description]: entry.description,
        [catalogExtensionColumns.prerequisites]: JSON.stringify(prerequisites.get(entry.id) ?? []),
      });
    }
    for await (const course of paged((after) => repository.coursesAfter(snapshot, after, PAGE))) {
      if (course.catalog_id !== null) continue;
      yield rowOf(header, {
        sourcedId: placeholderId(course),
        title: course.title,
        courseCode: course.code,
        orgSourcedId: SCHOOL,
        [catalogExtensionColumns.placeholder]: "true",
      });
    }
  }
  await write("courses.csv", header, courseRows());
  return ids;
}

export async function exportRoster(db: Db, directory: string): Promise<ExportSummary> {
  await mkdir(directory, { recursive: true });
  return inReadSnapshot(db, async (snapshot) => {
    const files: Record<string, number> = {};
    const write: Write = async (file, header, rows) => {
      files[file] = await writeCsvFile(join(directory, file), header, rows);
    };

    await write("orgs.csv", headers.both["orgs.csv"], [
      rowOf(headers.both["orgs.csv"], { sourcedId: SCHOOL, name: SCHOOL_NAME, type: "school" }),
    ]);
    const termIds = await writeSessions(snapshot, write);
    const instructorIds = await writeUsers(snapshot, write);
    const catalogIds = await writeCourses(snapshot, write);

    const courses = () => paged((after) => repository.coursesAfter(snapshot, after, PAGE));
    const classes = [...headers.both["classes.csv"], ...Object.values(courseExtensionColumns)];
    async function* classRows() {
      for await (const course of courses()) {
        yield rowOf(classes, {
          sourcedId: exportedCourseId(course),
          title: course.title,
          courseSourcedId:
            course.catalog_id === null ? placeholderId(course) : catalogIds.get(course.catalog_id),
          classCode: course.code,
          classType: "scheduled",
          schoolSourcedId: SCHOOL,
          termSourcedIds: course.term_id === null ? SCHOOL_YEAR : termIds.get(course.term_id),
          [courseExtensionColumns.capacity]: course.capacity,
          [courseExtensionColumns.credits]: course.credits,
          [courseExtensionColumns.description]: course.description,
          [courseExtensionColumns.meetings]: course.meetings,
        });
      }
    }
    await write("classes.csv", classes, classRows());

    const teachers = await repository.courseInstructors(snapshot);
    const enrollments = headers.both["enrollments.csv"];
    async function* enrollmentRows() {
      for await (const course of courses()) {
        const klass = exportedCourseId(course);
        for (const [position, instructor] of (teachers.get(course.id) ?? []).entries()) {
          yield rowOf(enrollments, {
            sourcedId: teacherEnrollmentId(instructor, course.id),
            classSourcedId: klass,
            schoolSourcedId: SCHOOL,
            userSourcedId: instructorIds.get(instructor),
            role: "teacher",
            primary: position === 0 ? "true" : "false",
          });
        }
        for (const student of await repository.activeRoster(snapshot, course.id)) {
          yield rowOf(enrollments, {
            sourcedId: studentEnrollmentId(student.id, course.id),
            classSourcedId: klass,
            schoolSourcedId: SCHOOL,
            userSourcedId: exportedStudentId(student),
            role: "student",
            primary: "false",
          });
        }
      }
    }
    await write("enrollments.csv", enrollments, enrollmentRows());

    const written = new Set(Object.keys(files));
    const manifestFiles = [
      "academicSessions.csv",
      "categories.csv",
      "classes.csv",
      "classResources.csv",
      "courses.csv",
      "courseResources.csv",
      "demographics.csv",
      "enrollments.csv",
      "lineItems.csv",
      "orgs.csv",
      "resources.csv",
      "results.csv",
      "roles.csv",
      "userProfiles.csv",
      "userResources.csv",
      "users.csv",
    ];
    await write(
      "manifest.csv",
      ["propertyName", "value"],
      [
        ["manifest.version", "1.0"],
        ["oneroster.version", "1.2"],
        ...manifestFiles.map((file) => [manifestKey(file), written.has(file) ? "bulk" : "absent"]),
        ["source.systemName", "Registrar"],
        ["source.systemCode", "registrar"],
      ],
    );
    return { files };
  });
}

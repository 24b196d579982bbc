/**
 * Writes the database as a OneRoster 1.2 CSV set (bulk), read from one snapshot: students as users with the
 * student role, courses as classes (each with a OneRoster course of its own), and the enrolled and waitlisted
 * enrollments, per course enrolled first and then the waitlist in order, so that importing the set seats the
 * same students and queues the same waitlist. Course fields OneRoster has no column for travel in
 * `metadata.registrar.*` extension columns. Completed and dropped enrollments are history, not roster, and
 * are not exported. A record without a sourcedId is exported as registrar-student-<id> / registrar-course-<id>.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "../db/database.ts";
import { inReadSnapshot } from "../db/dialect.ts";
import { writeCsvFile } from "./csv.ts";
import * as repository from "./export.repository.ts";
import { courseExtensionColumns, headers, manifestKey } from "./oneroster.ts";

const PAGE = 10_000;
const SCHOOL = "registrar-school";
const TERM = "registrar-term";

export const exportedStudentId = (student: { id: number; sourced_id: string | null }) =>
  student.sourced_id ?? `registrar-student-${student.id}`;
export const exportedCourseId = (course: { id: number; sourced_id: string | null }) =>
  course.sourced_id ?? `registrar-course-${course.id}`;

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

export async function exportRoster(db: Db, directory: string): Promise<ExportSummary> {
  await mkdir(directory, { recursive: true });
  return inReadSnapshot(db, async (snapshot) => {
    const files: Record<string, number> = {};
    const write = async (
      file: string,
      header: readonly string[],
      rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
    ) => {
      files[file] = await writeCsvFile(join(directory, file), header, rows);
    };
    const year = new Date().getUTCFullYear();

    await write("orgs.csv", headers.both["orgs.csv"], [
      rowOf(headers.both["orgs.csv"], { sourcedId: SCHOOL, name: "Registrar", type: "school" }),
    ]);
    const sessions = headers.both["academicSessions.csv"];
    await write("academicSessions.csv", sessions, [
      rowOf(sessions, {
        sourcedId: TERM,
        title: `Registrar ${year}`,
        type: "term",
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
        schoolYear: String(year),
      }),
    ]);

    const users = headers["1.2"]["users.csv"];
    const students = () => paged((after) => repository.studentsAfter(snapshot, after, PAGE));
    async function* userRows() {
      for await (const student of students()) {
        yield rowOf(users, {
          sourcedId: exportedStudentId(student),
          enabledUser: "true",
          username: student.email,
          givenName: student.first_name,
          familyName: student.last_name,
          email: student.email,
          primaryOrgSourcedId: SCHOOL,
        });
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
    }
    await write("roles.csv", roles, roleRows());

    const courses = () => paged((after) => repository.coursesAfter(snapshot, after, PAGE));
    const oneRosterCourses = headers.both["courses.csv"];
    async function* courseRows() {
      for await (const course of courses()) {
        yield rowOf(oneRosterCourses, {
          sourcedId: `course-of-${exportedCourseId(course)}`,
          title: course.title,
          courseCode: course.code,
          orgSourcedId: SCHOOL,
        });
      }
    }
    await write("courses.csv", oneRosterCourses, courseRows());
    const classes = [
      ...headers.both["classes.csv"],
      courseExtensionColumns.capacity,
      courseExtensionColumns.credits,
      courseExtensionColumns.description,
    ];
    async function* classRows() {
      for await (const course of courses()) {
        yield rowOf(classes, {
          sourcedId: exportedCourseId(course),
          title: course.title,
          courseSourcedId: `course-of-${exportedCourseId(course)}`,
          classCode: course.code,
          classType: "scheduled",
          schoolSourcedId: SCHOOL,
          termSourcedIds: TERM,
          [courseExtensionColumns.capacity]: course.capacity,
          [courseExtensionColumns.credits]: course.credits,
          [courseExtensionColumns.description]: course.description,
        });
      }
    }
    await write("classes.csv", classes, classRows());

    const enrollments = headers.both["enrollments.csv"];
    async function* enrollmentRows() {
      for await (const course of courses()) {
        for (const student of await repository.activeRoster(snapshot, course.id)) {
          yield rowOf(enrollments, {
            sourcedId: `enr-${student.id}-${course.id}`,
            classSourcedId: exportedCourseId(course),
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

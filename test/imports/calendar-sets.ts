/** OneRoster sets for the calendar import tests: terms, a catalog with prerequisites, sections and teachers. */
import {
  catalogExtensionColumns,
  courseExtensionColumns,
  headers,
  termExtensionColumns,
} from "../../src/imports/oneroster.ts";
import { csvOf } from "./helpers.ts";

export const sessionsHeader = [
  ...headers.both["academicSessions.csv"],
  ...Object.values(termExtensionColumns),
];
export const coursesHeader = [...headers.both["courses.csv"], ...Object.values(catalogExtensionColumns)];
export const classesHeader = [...headers.both["classes.csv"], ...Object.values(courseExtensionColumns)];
export const usersHeader = headers["1.2"]["users.csv"];
export const rolesHeader = headers["1.2"]["roles.csv"];
export const enrollmentsHeader = headers.both["enrollments.csv"];

export const session = (
  sourcedId: string,
  type: string,
  title: string,
  startDate: string,
  endDate: string,
  extra: Record<string, string> = {},
) => ({ sourcedId, type, title, startDate, endDate, ...extra });

export const course = (
  sourcedId: string,
  courseCode: string,
  title: string,
  extra: Record<string, string> = {},
) => ({
  sourcedId,
  courseCode,
  title,
  ...extra,
});

export const klass = (
  sourcedId: string,
  classCode: string,
  courseSourcedId: string,
  termSourcedIds: string,
  extra: Record<string, string> = {},
) => ({ sourcedId, classCode, title: `Section ${classCode}`, courseSourcedId, termSourcedIds, ...extra });

export const user = (sourcedId: string, givenName: string, email: string) => ({
  sourcedId,
  givenName,
  familyName: "Example",
  email,
});

export const role = (userSourcedId: string, name: string) => ({
  sourcedId: `role-${name}-${userSourcedId}`,
  userSourcedId,
  role: name,
});

export const enrollment = (
  sourcedId: string,
  userSourcedId: string,
  classSourcedId: string,
  roleName: "student" | "teacher",
  primary = false,
) => ({ sourcedId, userSourcedId, classSourcedId, role: roleName, primary: String(primary) });

/** The files of a set, each given as its rows; a file left out is not in the set. */
export function calendarFiles(rows: {
  sessions?: Record<string, string>[];
  courses?: Record<string, string>[];
  classes?: Record<string, string>[];
  users?: Record<string, string>[];
  roles?: Record<string, string>[];
  enrollments?: Record<string, string>[];
}): Record<string, string> {
  const files: Record<string, string> = {};
  if (rows.sessions) files["academicSessions.csv"] = csvOf(sessionsHeader, rows.sessions);
  if (rows.courses) files["courses.csv"] = csvOf(coursesHeader, rows.courses);
  if (rows.classes) files["classes.csv"] = csvOf(classesHeader, rows.classes);
  if (rows.users) files["users.csv"] = csvOf(usersHeader, rows.users);
  if (rows.roles) files["roles.csv"] = csvOf(rolesHeader, rows.roles);
  if (rows.enrollments) files["enrollments.csv"] = csvOf(enrollmentsHeader, rows.enrollments);
  return files;
}

const meetingsOf = (value: unknown) => JSON.stringify(value);

/**
 * A term, a semester, a school year and a grading period; a catalog whose CS201 requires CS101 (C or better)
 * and MA101 or MA102 (which may be taken alongside, and comes later in the file), and a placeholder course;
 * three sections; two students, two teachers and Kim, who is both; teacher enrollments in a given order.
 * Fall's registration stays open for decades, so that the registration rules let its enrollments in.
 */
export const calendarSet = {
  sessions: [
    session("sy-2027", "schoolYear", "2026–2027", "2026-08-15", "2027-06-15"),
    session("t-fall", "term", "Fall 2026", "2026-08-20", "2026-12-18", {
      [termExtensionColumns.code]: "2026FA",
      [termExtensionColumns.registration_opens_at]: "2026-04-01T09:00:00+02:00",
      [termExtensionColumns.registration_closes_at]: "2099-09-01T00:00:00Z",
      [termExtensionColumns.add_drop_ends_on]: "2026-09-04",
      [termExtensionColumns.max_credits]: "18",
    }),
    session("t-spring", "semester", "Spring 2027", "2027-01-18", "2027-05-14"),
    session("gp-1", "gradingPeriod", "Q1", "2026-08-20", "2026-10-20"),
  ],
  courses: [
    course("crs-cs101", "CS101", "Intro to Programming", {
      [catalogExtensionColumns.credits]: "4",
      [catalogExtensionColumns.description]: "Variables, loops, functions",
    }),
    course("crs-cs201", "CS201", "Data Structures", {
      [catalogExtensionColumns.credits]: "4",
      [catalogExtensionColumns.prerequisites]: JSON.stringify([
        [{ courseSourcedId: "crs-cs101", min_grade: "C" }],
        [{ courseSourcedId: "crs-ma101" }, { courseSourcedId: "crs-ma102", concurrent: true }],
      ]),
    }),
    course("crs-ma101", "MA101", "Calculus I"),
    course("crs-ma102", "MA102", "Calculus II"),
    course("crs-home", "HOME", "Homeroom", { [catalogExtensionColumns.placeholder]: "true" }),
  ],
  classes: [
    klass("cls-cs101-1", "CS101-01", "crs-cs101", "sy-2027,t-fall", {
      [courseExtensionColumns.capacity]: "2",
      [courseExtensionColumns.meetings]: meetingsOf([
        { days: ["wed", "mon"], starts_at: "09:00", ends_at: "10:15", room: "ENG 101" },
      ]),
    }),
    klass("cls-cs201-1", "CS201-01", "crs-cs201", "t-spring", {
      [courseExtensionColumns.meetings]: meetingsOf([
        { days: ["tue", "thu"], starts_at: "13:00", ends_at: "14:15" },
        { days: ["fri"], starts_at: "08:00", ends_at: "09:50", room: "LAB 2" },
      ]),
    }),
    { ...klass("cls-home", "", "crs-home", "sy-2027"), title: "" },
  ],
  users: [
    user("u-ada", "Ada", "ada@example.edu"),
    user("u-bob", "Bob", "bob@example.edu"),
    user("t-grace", "Grace", "grace@example.edu"),
    user("t-alan", "Alan", "alan@example.edu"),
    user("u-kim", "Kim", "kim@example.edu"),
  ],
  roles: [
    role("u-ada", "student"),
    role("u-bob", "student"),
    role("t-grace", "teacher"),
    role("t-alan", "teacher"),
    role("u-kim", "student"),
    role("u-kim", "teacher"),
    role("u-ada", "guardian"),
  ],
  enrollments: [
    enrollment("e1", "u-ada", "cls-cs101-1", "student"),
    enrollment("e2", "u-bob", "cls-cs101-1", "student"),
    enrollment("e3", "u-kim", "cls-cs101-1", "student"),
    enrollment("e4", "t-grace", "cls-cs101-1", "teacher"),
    enrollment("e5", "t-alan", "cls-cs101-1", "teacher", true),
    enrollment("e6", "u-kim", "cls-cs201-1", "teacher"),
    enrollment("e7", "t-grace", "cls-cs201-1", "teacher"),
  ],
};

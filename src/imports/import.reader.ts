/**
 * Reads a OneRoster CSV set into plain rows and checks everything that needs no database: required ids and
 * columns, field rules (the API's own validators), duplicate sourcedIds, duplicate emails and codes within the
 * set, and references between the files. What needs the database (a sourcedId that only the database knows, an
 * email another student already has) is checked by the planner.
 */
import { CourseCreate } from "../courses/course.schema.ts";
import { compileValidator } from "../http/validation.ts";
import { StudentCreate } from "../students/student.schema.ts";
import type { FileSummary } from "./import.schema.ts";
import { courseExtensionColumns, type OneRosterFile, type OneRosterVersion } from "./oneroster.ts";
import {
  cell,
  checkSourcedId,
  isDeleted,
  parseNumber,
  RejectList,
  reportFieldErrors,
  SetReader,
  type ProgressListener,
} from "./read-set.ts";
import type { ImportSource } from "./source.ts";

export interface RosterStudent {
  sourced_id: string;
  first_name: string;
  last_name: string;
  email: string;
  line: number;
}

/** A course's Registrar-only fields are undefined when the set has no column for them (they are then kept). */
export interface RosterCourse {
  sourced_id: string;
  code: string;
  title: string;
  capacity: number | null | undefined;
  credits: number | null | undefined;
  description: string | null | undefined;
  line: number;
}

/** Student enrollments as parallel arrays: a term's 1M rows stay three arrays rather than 1M objects. */
export interface RosterEnrollments {
  users: string[];
  classes: string[];
  lines: number[];
}

export interface Roster {
  version: OneRosterVersion;
  students: RosterStudent[];
  courses: RosterCourse[];
  enrollments: RosterEnrollments;
  /** roles.csv rows giving the student role to a user that users.csv does not list (checked in the database). */
  studentRolesOfUnlistedUsers: { user: string; line: number }[];
  /** Users that are not students (teachers, guardians, …) and users whose row was rejected, by sourcedId. */
  otherUsers: Map<string, { line: number; why: string }>;
  /** Classes whose row was rejected or skipped, by sourcedId. */
  otherClasses: Map<string, { line: number; why: string }>;
  summaries: Map<string, FileSummary>;
  rejects: RejectList;
}

async function readManifest(reader: SetReader): Promise<Map<string, { value: string; line: number }>> {
  const manifest = new Map<string, { value: string; line: number }>();
  await reader.read("manifest.csv", ["propertyName", "value"], (values, line, columns, summary) => {
    manifest.set(cell(values, columns.propertyName), { value: cell(values, columns.value), line });
    summary.skipped++;
  });
  return manifest;
}

/**
 * Follows the manifest: a file it marks absent is not read even when present; a file it lists as bulk or delta
 * must be there.
 */
function applyManifest(reader: SetReader, manifest: Map<string, { value: string; line: number }>): void {
  for (const [key, { value, line }] of manifest) {
    if (!key.startsWith("file.")) continue;
    const file = `${key.slice("file.".length)}.csv` as OneRosterFile;
    if (value === "absent") reader.ignore(file);
    else if ((value === "bulk" || value === "delta") && !reader.has(file)) {
      reader.rejects.add(
        "manifest.csv",
        line,
        "value",
        `the manifest lists ${file} (${value}), but the set has no such file`,
      );
    }
  }
}

function versionOf(
  reader: SetReader,
  manifest: Map<string, { value: string; line: number }>,
  usersHeaderHasRole: boolean | undefined,
): OneRosterVersion {
  const entry = manifest.get("oneroster.version");
  const declared = entry?.value;
  if (declared === "1.1" || declared === "1.2") return declared;
  if (entry !== undefined && declared !== "") {
    reader.rejects.add(
      "manifest.csv",
      entry.line,
      "value",
      `oneroster.version ${declared} is not supported (1.1 and 1.2 are); read as ${reader.has("roles.csv") ? "1.2" : "1.1"}`,
    );
  }
  return reader.has("roles.csv") || usersHeaderHasRole === false ? "1.2" : "1.1";
}

const validateStudent = compileValidator(StudentCreate);
const validateCourse = compileValidator(CourseCreate);

export async function readRoster(source: ImportSource, onProgress: ProgressListener): Promise<Roster> {
  const reader = new SetReader(source, onProgress);
  const manifest = await readManifest(reader);
  applyManifest(reader, manifest);

  // roles.csv (1.2): which users are students.
  const studentRoles = new Map<string, number>();
  await reader.read("roles.csv", ["userSourcedId", "role"], (values, line, columns, summary) => {
    const user = cell(values, columns.userSourcedId);
    const role = cell(values, columns.role);
    if (isDeleted(values, columns) || role !== "student") {
      summary.skipped++;
      return;
    }
    if (user === "") {
      reader.rejects.add("roles.csv", line, "userSourcedId", "userSourcedId is required");
      return;
    }
    summary.skipped++;
    if (!studentRoles.has(user)) studentRoles.set(user, line);
  });

  // users.csv: students, and who else is there (for enrollments that name them).
  const students: RosterStudent[] = [];
  const otherUsers = new Map<string, { line: number; why: string }>();
  const userLines = new Map<string, number>();
  const emails = new Map<string, number>();
  const userColumns = { first_name: "givenName", last_name: "familyName", email: "email" };
  const requiredUserColumns = ["sourcedId", "givenName", "familyName", "email"];
  const userHeader = await reader.read(
    "users.csv",
    reader.has("roles.csv") ? requiredUserColumns : [...requiredUserColumns, "role"],
    (values, line, columns, summary) => {
      const usersHaveRole = columns.role !== undefined;
      const sourced_id = cell(values, columns.sourcedId);
      if (!checkSourcedId(reader, "users.csv", sourced_id, line, userLines)) return;
      const role = usersHaveRole ? cell(values, columns.role) : studentRoles.has(sourced_id) ? "student" : "";
      if (isDeleted(values, columns)) {
        otherUsers.set(sourced_id, { line, why: "is marked tobedeleted" });
        summary.skipped++;
        return;
      }
      if (usersHaveRole && role === "") {
        reader.rejects.add("users.csv", line, "role", "role is required");
        otherUsers.set(sourced_id, { line, why: "was rejected" });
        return;
      }
      if (role !== "student") {
        otherUsers.set(sourced_id, { line, why: `is not a student (role ${role || "none"})` });
        summary.skipped++;
        return;
      }
      const student = {
        first_name: cell(values, columns.givenName),
        last_name: cell(values, columns.familyName),
        email: cell(values, columns.email),
      };
      const errors = validateStudent(student);
      if (student.email === "") {
        errors.unshift({
          field: "email",
          message: "is required (Registrar needs an email for every student)",
        });
      }
      if (errors.length > 0) {
        reportFieldErrors(reader, "users.csv", line, errors, userColumns, student);
        otherUsers.set(sourced_id, { line, why: "was rejected" });
        return;
      }
      const key = student.email.toLowerCase();
      const first = emails.get(key);
      if (first !== undefined) {
        reader.rejects.add(
          "users.csv",
          line,
          "email",
          `email ${student.email} is also on line ${first} (emails are unique without regard to case)`,
        );
        otherUsers.set(sourced_id, { line, why: "was rejected" });
        return;
      }
      emails.set(key, line);
      students.push({
        sourced_id,
        first_name: student.first_name.trim(),
        last_name: student.last_name.trim(),
        email: student.email,
        line,
      });
    },
  );
  const version = versionOf(reader, manifest, userHeader && userHeader.role !== undefined);

  // roles.csv rows for users that users.csv does not have: only the database can tell whether they exist.
  const studentRolesOfUnlistedUsers = [...studentRoles]
    .filter(([user]) => !userLines.has(user))
    .map(([user, line]) => ({ user, line }));

  // courses.csv: course codes and titles for the classes.
  const oneRosterCourses = new Map<string, { code: string; title: string; line: number }>();
  const courseLines = new Map<string, number>();
  await reader.read("courses.csv", ["sourcedId", "title"], (values, line, columns, summary) => {
    const id = cell(values, columns.sourcedId);
    if (!checkSourcedId(reader, "courses.csv", id, line, courseLines)) return;
    summary.skipped++;
    if (isDeleted(values, columns)) return;
    oneRosterCourses.set(id, {
      code: cell(values, columns.courseCode),
      title: cell(values, columns.title),
      line,
    });
  });

  // classes.csv: Registrar's courses.
  const courses: RosterCourse[] = [];
  const otherClasses = new Map<string, { line: number; why: string }>();
  const classLines = new Map<string, number>();
  const codes = new Map<string, number>();
  const courseFieldColumns = { code: "classCode", title: "title", ...courseExtensionColumns };
  await reader.read(
    "classes.csv",
    ["sourcedId", "title", "courseSourcedId"],
    (values, line, columns, summary) => {
      const sourced_id = cell(values, columns.sourcedId);
      if (!checkSourcedId(reader, "classes.csv", sourced_id, line, classLines)) return;
      const reject = (column: string | null, reason: string) => {
        reader.rejects.add("classes.csv", line, column, reason);
        otherClasses.set(sourced_id, { line, why: "was rejected" });
      };
      if (isDeleted(values, columns)) {
        otherClasses.set(sourced_id, { line, why: "is marked tobedeleted" });
        summary.skipped++;
        return;
      }
      const courseId = cell(values, columns.courseSourcedId);
      if (courseId === "") {
        reject("courseSourcedId", "courseSourcedId is required");
        return;
      }
      const course = oneRosterCourses.get(courseId);
      if (reader.has("courses.csv") && course === undefined) {
        reject("courseSourcedId", `courseSourcedId ${courseId} is not in courses.csv`);
        return;
      }
      const code = cell(values, columns.classCode) || (course?.code ?? "");
      if (code === "") {
        reject("classCode", "classCode is required when the class's course has no courseCode");
        return;
      }
      const fields: Record<string, unknown> = {
        code,
        title: cell(values, columns.title) || (course?.title ?? ""),
      };
      const extensions = [
        ["capacity", true],
        ["credits", false],
      ] as const;
      for (const [field, integer] of extensions) {
        const index = columns[courseExtensionColumns[field]];
        if (index !== undefined) fields[field] = parseNumber(cell(values, index), integer);
      }
      const descriptionIndex = columns[courseExtensionColumns.description];
      if (descriptionIndex !== undefined) fields.description = cell(values, descriptionIndex) || null;
      const errors = validateCourse(fields);
      if (errors.length > 0) {
        reportFieldErrors(reader, "classes.csv", line, errors, courseFieldColumns, fields);
        otherClasses.set(sourced_id, { line, why: "was rejected" });
        return;
      }
      const key = code.trim().toLowerCase();
      const first = codes.get(key);
      if (first !== undefined) {
        reject(
          columns.classCode === undefined ? "courseSourcedId" : "classCode",
          `course code ${code.trim()} is also on line ${first} (codes are unique without regard to case)`,
        );
        return;
      }
      codes.set(key, line);
      courses.push({
        sourced_id,
        code: code.trim(),
        title: String(fields.title).trim(),
        capacity: fields.capacity as number | null | undefined,
        credits: fields.credits as number | null | undefined,
        description: fields.description as string | null | undefined,
        line,
      });
    },
  );

  // enrollments.csv: student enrollments; references are resolved by the planner (the database may know them).
  const enrollments: RosterEnrollments = { users: [], classes: [], lines: [] };
  const enrollmentIds = new Map<string, number>();
  await reader.read(
    "enrollments.csv",
    ["sourcedId", "classSourcedId", "userSourcedId", "role"],
    (values, line, columns, summary) => {
      const id = cell(values, columns.sourcedId);
      if (!checkSourcedId(reader, "enrollments.csv", id, line, enrollmentIds)) return;
      const role = cell(values, columns.role);
      if (role === "") {
        reader.rejects.add("enrollments.csv", line, "role", "role is required");
        return;
      }
      if (role !== "student" || isDeleted(values, columns)) {
        summary.skipped++;
        return;
      }
      const user = cell(values, columns.userSourcedId);
      const klass = cell(values, columns.classSourcedId);
      if (user === "") {
        reader.rejects.add("enrollments.csv", line, "userSourcedId", "userSourcedId is required");
        return;
      }
      if (klass === "") {
        reader.rejects.add("enrollments.csv", line, "classSourcedId", "classSourcedId is required");
        return;
      }
      enrollments.users.push(user);
      enrollments.classes.push(klass);
      enrollments.lines.push(line);
    },
  );

  const modelled = new Set<string>([
    "manifest.csv",
    "roles.csv",
    "users.csv",
    "courses.csv",
    "classes.csv",
    "enrollments.csv",
  ]);
  for (const file of reader.files) {
    if (!modelled.has(file)) await reader.skipAll(file);
  }

  return {
    version,
    students,
    courses,
    enrollments,
    studentRolesOfUnlistedUsers,
    otherUsers,
    otherClasses,
    summaries: reader.summaries,
    rejects: reader.rejects,
  };
}

/**
 * Reads a OneRoster CSV set into plain rows and checks everything that needs no database: required ids and
 * columns, field rules (the API's own validators), duplicate sourcedIds, duplicate emails and codes within the
 * set, and references between the files. What needs the database (a sourcedId that only the database knows, an
 * email another student already has) is checked by the planner.
 */
import { CourseCreate } from "../courses/course.schema.ts";
import { compileValidator } from "../http/validation.ts";
import { StudentCreate } from "../students/student.schema.ts";
import { readCsv } from "./csv.ts";
import type { FileSummary, Progress, Reject } from "./import.schema.ts";
import { courseExtensionColumns, type OneRosterFile, type OneRosterVersion } from "./oneroster.ts";
import { locateFiles, type ImportSource } from "./source.ts";

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

export const MAX_LISTED_REJECTS = 10_000;

/** Rejected rows: each is counted in its file's summary; the first 10,000 are kept with their reason. */
export class RejectList {
  readonly listed: Reject[] = [];
  omitted = 0;
  readonly #summaries: Map<string, FileSummary>;

  constructor(summaries: Map<string, FileSummary>) {
    this.#summaries = summaries;
  }

  add(file: string, line: number, column: string | null, reason: string): void {
    const summary = this.#summaries.get(file);
    if (summary) summary.rejected++;
    if (this.listed.length < MAX_LISTED_REJECTS) this.listed.push({ file, line, column, reason });
    else this.omitted++;
  }

  get count(): number {
    return this.listed.length + this.omitted;
  }
}

export type ProgressListener = (progress: Progress) => void;

const notes: Partial<Record<OneRosterFile, string>> = {
  "users.csv": "users with the student role → students",
  "classes.csv": "classes → courses",
  "enrollments.csv": "student enrollments → enrollments",
  "roles.csv": "read for the student role",
  "courses.csv": "read for course codes and titles",
  "manifest.csv": "read for the version and file list",
};

const newSummary = (file: string): FileSummary => ({
  file,
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  rejected: 0,
  note: notes[file as OneRosterFile] ?? "not modelled by Registrar: rows skipped",
});

const validateStudent = compileValidator(StudentCreate);
const validateCourse = compileValidator(CourseCreate);

type Columns = Record<string, number | undefined>;

/** Column positions by header name. */
function columnsOf(header: string[]): Columns {
  return Object.fromEntries(header.map((name, index) => [name, index]));
}

const cell = (values: string[], index: number | undefined): string =>
  index === undefined ? "" : (values[index] ?? "");

class SetReader {
  readonly #source: ImportSource;
  readonly #files: Map<OneRosterFile, { path: string; size: number }>;
  readonly #onProgress: ProgressListener;
  readonly summaries = new Map<string, FileSummary>();
  readonly rejects: RejectList;

  constructor(source: ImportSource, onProgress: ProgressListener) {
    this.#source = source;
    this.#files = locateFiles(source);
    this.#onProgress = onProgress;
    this.rejects = new RejectList(this.summaries);
  }

  /** Leaves a file out of the set (the manifest marks it absent). */
  ignore(file: OneRosterFile): void {
    this.#files.delete(file);
  }

  has(file: OneRosterFile): boolean {
    return this.#files.has(file);
  }

  get files(): OneRosterFile[] {
    return [...this.#files.keys()];
  }

  /**
   * Reads one file: checks its header for the required columns (a file without them is rejected whole, on line
   * 1), then hands every row that has the header's number of fields to `onRow`.
   */
  async read(
    file: OneRosterFile,
    required: string[],
    onRow: (values: string[], line: number, columns: Columns, summary: FileSummary) => void,
  ): Promise<Columns | undefined> {
    const located = this.#files.get(file);
    if (!located) return undefined;
    const summary = newSummary(file);
    this.summaries.set(file, summary);
    let columns: Columns = {};
    let width = 0;
    const state = { usable: true, header: false };
    const phase = `reading ${file}`;
    this.#onProgress({ phase, done: 0, total: located.size });
    await readCsv(await this.#source.open(located.path), {
      onHeader: (header) => {
        state.header = true;
        width = header.length;
        columns = columnsOf(header);
        const duplicate = header.find((name, index) => header.indexOf(name) !== index);
        if (duplicate !== undefined) {
          this.rejects.add(file, 1, duplicate, `the header names ${duplicate} twice`);
          state.usable = false;
        }
        for (const name of required.filter((column) => columns[column] === undefined)) {
          this.rejects.add(file, 1, name, `the header has no ${name} column; the file was not read`);
          state.usable = false;
        }
        return state.usable;
      },
      onRow: (values, line) => {
        summary.rows++;
        if (values.length !== width) {
          this.rejects.add(file, line, null, `has ${values.length} fields; the header has ${width}`);
          return;
        }
        onRow(values, line, columns, summary);
      },
      onMalformed: (line, reason) => {
        summary.rows++;
        this.rejects.add(file, line, null, reason);
      },
      onBytes: (bytes) => {
        this.#onProgress({ phase, done: bytes, total: located.size });
      },
    });
    if (!state.header) {
      this.rejects.add(file, 1, null, "the file is empty: OneRoster files start with a header row");
      return undefined;
    }
    return state.usable ? columns : undefined;
  }

  /** Counts the rows of a file Registrar does not model: every one is skipped. */
  async skipAll(file: OneRosterFile): Promise<void> {
    await this.read(file, [], (_values, _line, _columns, summary) => {
      summary.skipped++;
    });
  }
}

/** The sourcedId of a row, or a reject when it is blank or was already seen in this file. */
function checkSourcedId(
  reader: SetReader,
  file: string,
  id: string,
  line: number,
  seen: Map<string, number>,
): boolean {
  if (id === "") {
    reader.rejects.add(file, line, "sourcedId", "sourcedId is required");
    return false;
  }
  const first = seen.get(id);
  if (first !== undefined) {
    reader.rejects.add(file, line, "sourcedId", `duplicate sourcedId ${id} (first on line ${first})`);
    return false;
  }
  seen.set(id, line);
  return true;
}

const isDeleted = (values: string[], columns: Columns) => cell(values, columns.status) === "tobedeleted";

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

/** Field errors of the API's validator, reported against the CSV column each field came from. */
function reportFieldErrors(
  reader: SetReader,
  file: string,
  line: number,
  errors: { field: string; message: string }[],
  columnOf: Record<string, string>,
  values: Record<string, unknown>,
): void {
  const seen = new Set<string>();
  for (const { field, message } of errors) {
    if (seen.has(field)) continue;
    seen.add(field);
    const column = columnOf[field] ?? field;
    const value = values[field];
    const shown = typeof value === "string" && value !== "" ? ` (got "${value}")` : "";
    reader.rejects.add(file, line, column, `${column} ${message}${shown}`);
  }
}

/** A whole number ≥ 0, a plain decimal number, or blank (null); anything else is reported. */
function parseNumber(text: string, integer: boolean): number | null | string {
  if (text === "") return null;
  const pattern = integer ? /^\d{1,9}$/ : /^\d{1,9}(\.\d+)?$/;
  return pattern.test(text) ? Number(text) : text;
}

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

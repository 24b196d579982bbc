/**
 * Reads roles.csv and users.csv: users with the student role become students, users with the teacher role
 * instructors, and a user with both becomes both (one row, two records). Checks the API's person rules and
 * emails unique within the set (among students, and among instructors); the database is the planner's.
 */
import { compileValidator } from "../http/validation.ts";
import { InstructorCreate } from "../instructors/instructor.schema.ts";
import { StudentCreate } from "../students/student.schema.ts";
import { cell, checkSourcedId, isDeleted, reportFieldErrors, type SetReader } from "./read-set.ts";

/** A student or an instructor as a users.csv row gives them. */
export interface RosterPerson {
  sourced_id: string;
  first_name: string;
  last_name: string;
  email: string;
  line: number;
}

export type PersonRole = "student" | "teacher";

/** Why a user cannot be named by an enrollment of some role: what the user is instead, with its line. */
export type Unusable = Map<string, { line: number; why: string }>;

export interface RosterUsers {
  students: RosterPerson[];
  instructors: RosterPerson[];
  /** roles.csv rows giving the student or teacher role to a user users.csv does not list (for the planner). */
  rolesOfUnlistedUsers: { user: string; line: number; role: PersonRole }[];
  /** Users that student enrollments cannot name (not students, rejected, tobedeleted), by sourcedId. */
  otherUsers: Unusable;
  /** Users that teacher enrollments cannot name, likewise, but for students (the planner knows them). */
  nonTeachers: Unusable;
  /** Whether users.csv has a role column (undefined without users.csv): it tells 1.1 from 1.2. */
  usersHeaderHasRole: boolean | undefined;
}

const validators = {
  student: compileValidator(StudentCreate),
  teacher: compileValidator(InstructorCreate),
};
const userColumns = { first_name: "givenName", last_name: "familyName", email: "email" };
const requiredUserColumns = ["sourcedId", "givenName", "familyName", "email"];

/** roles.csv (1.2): who is a student, who a teacher, and the first other role of everyone else. */
async function readRoles(reader: SetReader) {
  const roles = { student: new Map<string, number>(), teacher: new Map<string, number>() };
  const otherRoles = new Map<string, string>();
  await reader.read("roles.csv", ["userSourcedId", "role"], (values, line, columns, summary) => {
    const user = cell(values, columns.userSourcedId);
    const role = cell(values, columns.role);
    if (isDeleted(values, columns)) {
      summary.skipped++;
      return;
    }
    if (role !== "student" && role !== "teacher") {
      if (user !== "" && !otherRoles.has(user)) otherRoles.set(user, role || "none");
      summary.skipped++;
      return;
    }
    if (user === "") {
      reader.rejects.add("roles.csv", line, "userSourcedId", "userSourcedId is required");
      return;
    }
    summary.skipped++;
    if (!roles[role].has(user)) roles[role].set(user, line);
  });
  return { roles, otherRoles };
}

export async function readUsers(reader: SetReader): Promise<RosterUsers> {
  const { roles, otherRoles } = await readRoles(reader);
  const result: RosterUsers = {
    students: [],
    instructors: [],
    rolesOfUnlistedUsers: [],
    otherUsers: new Map(),
    nonTeachers: new Map(),
    usersHeaderHasRole: undefined,
  };
  const userLines = new Map<string, number>();
  const emails = { student: new Map<string, number>(), teacher: new Map<string, number>() };
  const unusable = (sourced_id: string, line: number, why: string) => {
    result.otherUsers.set(sourced_id, { line, why });
    result.nonTeachers.set(sourced_id, { line, why });
  };
  const header = await reader.read(
    "users.csv",
    reader.has("roles.csv") ? requiredUserColumns : [...requiredUserColumns, "role"],
    (values, line, columns, summary) => {
      const sourced_id = cell(values, columns.sourcedId);
      if (!checkSourcedId(reader, "users.csv", sourced_id, line, userLines)) return;
      if (isDeleted(values, columns)) {
        unusable(sourced_id, line, "is marked tobedeleted");
        summary.skipped++;
        return;
      }
      const usersHaveRole = columns.role !== undefined;
      const role = cell(values, columns.role);
      if (usersHaveRole && role === "") {
        reader.rejects.add("users.csv", line, "role", "role is required");
        unusable(sourced_id, line, "was rejected");
        return;
      }
      const student = usersHaveRole ? role === "student" : roles.student.has(sourced_id);
      const teacher = usersHaveRole ? role === "teacher" : roles.teacher.has(sourced_id);
      if (!student) {
        const shown = usersHaveRole ? role : teacher ? "teacher" : (otherRoles.get(sourced_id) ?? "none");
        result.otherUsers.set(sourced_id, { line, why: `is not a student (role ${shown})` });
        // Students are not listed as non-teachers (a term has 100k of them): the planner tells them apart.
        if (!teacher) result.nonTeachers.set(sourced_id, { line, why: `is not a teacher (role ${shown})` });
      }
      if (!student && !teacher) {
        summary.skipped++;
        return;
      }
      const person = {
        first_name: cell(values, columns.givenName),
        last_name: cell(values, columns.familyName),
        email: cell(values, columns.email),
      };
      const errors = validators[student ? "student" : "teacher"](person);
      if (person.email === "") {
        errors.unshift({
          field: "email",
          message: `is required (Registrar needs an email for every ${student ? "student" : "instructor"})`,
        });
      }
      if (errors.length > 0) {
        reportFieldErrors(reader, "users.csv", line, errors, userColumns, person);
        unusable(sourced_id, line, "was rejected");
        return;
      }
      const key = person.email.toLowerCase();
      const taken =
        (student ? emails.student.get(key) : undefined) ?? (teacher ? emails.teacher.get(key) : undefined);
      if (taken !== undefined) {
        reader.rejects.add(
          "users.csv",
          line,
          "email",
          `email ${person.email} is also on line ${taken} (emails are unique without regard to case)`,
        );
        unusable(sourced_id, line, "was rejected");
        return;
      }
      const record = {
        sourced_id,
        first_name: person.first_name.trim(),
        last_name: person.last_name.trim(),
        email: person.email,
        line,
      };
      if (student) {
        emails.student.set(key, line);
        result.students.push(record);
      }
      if (teacher) {
        emails.teacher.set(key, line);
        result.instructors.push(record);
      }
    },
  );
  result.usersHeaderHasRole = header && header.role !== undefined;
  for (const role of ["student", "teacher"] as const) {
    for (const [user, line] of roles[role]) {
      if (!userLines.has(user)) result.rolesOfUnlistedUsers.push({ user, line, role });
    }
  }
  result.rolesOfUnlistedUsers.sort((a, b) => a.line - b.line);
  return result;
}

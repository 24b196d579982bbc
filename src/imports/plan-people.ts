/**
 * Plans users.csv (students and instructors, matched by sourcedId or claimed by email) and teacher enrollments
 * (who teaches which course). A user with both roles is one row: rejected as a whole when either record is.
 */
import type { Db } from "../db/database.ts";
import { MAX_INSTRUCTORS } from "../courses/course.schema.ts";
import * as calendar from "./calendar.repository.ts";
import * as repository from "./import.repository.ts";
import type { ExistingPerson, PersonTable } from "./import.repository.ts";
import type { Roster } from "./import.reader.ts";
import {
  fromNote,
  indexBy,
  matchOf,
  refKey,
  summaryOf,
  unknownReference,
  type Plan,
  type Ref,
} from "./plan-base.ts";
import type { RosterPerson } from "./read-users.ts";

type Outcome = "created" | "updated" | "unchanged";
const strength: Record<Outcome, number> = { unchanged: 0, updated: 1, created: 2 };

type Decision =
  | { person: RosterPerson; reject: string }
  | { person: RosterPerson; existing: ExistingPerson | undefined; outcome: Outcome };

async function decide(db: Db, table: PersonTable, people: RosterPerson[]): Promise<Decision[]> {
  const bySourcedId = indexBy(
    await repository.peopleBySourcedId(
      db,
      table,
      people.map((person) => person.sourced_id),
    ),
    (row) => row.sourced_id as string,
  );
  const byEmail = indexBy(
    await repository.peopleByEmail(
      db,
      table,
      people.map((person) => person.email.toLowerCase()),
    ),
    (row) => row.email.toLowerCase(),
  );
  const noun = table === "students" ? "student" : "instructor";
  return people.map((person) => {
    const found = matchOf(bySourcedId.get(person.sourced_id), byEmail.get(person.email.toLowerCase()));
    if ("conflict" in found) {
      const owner = found.conflict;
      return { person, reject: `email ${person.email} belongs to ${noun} ${owner.id}${fromNote(owner)}` };
    }
    const existing = found.match;
    const same =
      existing !== undefined &&
      existing.sourced_id === person.sourced_id &&
      existing.first_name === person.first_name &&
      existing.last_name === person.last_name &&
      existing.email === person.email;
    return { person, existing, outcome: existing === undefined ? "created" : same ? "unchanged" : "updated" };
  });
}

/** Students and instructors: every users.csv row that has either role. Returns their references by sourcedId. */
export async function planPeople(db: Db, roster: Roster, plan: Plan) {
  const decisions = {
    students: await decide(db, "students", roster.students),
    instructors: await decide(db, "instructors", roster.instructors),
  };
  const rejected = new Set<string>();
  for (const decision of decisions.students.concat(decisions.instructors)) {
    if (!("reject" in decision)) continue;
    const { line, sourced_id } = decision.person;
    plan.rejects.add("users.csv", line, "email", decision.reject);
    rejected.add(sourced_id);
    plan.otherUsers.set(sourced_id, { line, why: "was rejected" });
    plan.nonTeachers.set(sourced_id, { line, why: "was rejected" });
  }
  const summary = summaryOf(plan.summaries, "users.csv");
  const teachers = new Set(roster.instructors.map((person) => person.sourced_id));
  // A user with both roles counts once, by the larger of its two outcomes.
  const both = new Map<string, Outcome>();
  const refs = { students: new Map<string, Ref>(), instructors: new Map<string, Ref>() };
  for (const table of ["students", "instructors"] as const) {
    for (const decision of decisions[table]) {
      if ("reject" in decision || rejected.has(decision.person.sourced_id)) continue;
      const { line: _line, ...values } = decision.person;
      const { existing, outcome } = decision;
      if (existing === undefined) {
        refs[table].set(values.sourced_id, { created: plan[table].create.length });
        plan[table].create.push(values);
      } else {
        refs[table].set(values.sourced_id, { id: existing.id });
        if (outcome === "updated") plan[table].update.push({ ...values, id: existing.id });
      }
      const dual =
        table === "students" ? teachers.has(values.sourced_id) : refs.students.has(values.sourced_id);
      if (!dual) summary[outcome]++;
      else {
        const other = both.get(values.sourced_id);
        both.set(values.sourced_id, other && strength[other] > strength[outcome] ? other : outcome);
      }
    }
  }
  for (const outcome of both.values()) summary[outcome]++;
  return refs;
}

/** roles.csv rows that give a role to a user that neither users.csv nor the database has in that role. */
export function checkUnlistedRoles(
  roster: Roster,
  dbStudents: Map<string, number>,
  dbInstructors: Map<string, number>,
  plan: Plan,
): void {
  for (const { user, line, role } of roster.rolesOfUnlistedUsers) {
    const known = role === "student" ? dbStudents.has(user) : dbInstructors.has(user);
    if (known) continue;
    const where = role === "student" ? "in Registrar" : "an instructor in Registrar";
    plan.rejects.add(
      "roles.csv",
      line,
      "userSourcedId",
      `userSourcedId ${user} is neither in users.csv nor ${where}`,
    );
  }
}

interface Teaching {
  instructor: Ref;
  primary: boolean;
  line: number;
}

/**
 * Teacher enrollments: a class's instructors become the ones listed (the primary ones first, then in file
 * order), followed by those it already has that the set does not list, since an import never deletes.
 */
export async function planTeachings(
  db: Db,
  roster: Roster,
  instructorRefs: Map<string, Ref>,
  dbInstructors: Map<string, number>,
  courseOf: (klass: string) => Ref | undefined,
  plan: Plan,
): Promise<void> {
  if (roster.teachings.length === 0) return;
  const summary = summaryOf(plan.summaries, "enrollments.csv");
  const courses = new Map<
    number,
    { course: Ref; klass: string; listed: Teaching[]; seen: Map<number, number> }
  >();
  // Users that are only students, by sourcedId, to say so: built only when a teacher enrollment names a non-teacher.
  let studentLines: Map<string, number> | undefined;
  for (const { user, klass, primary, line } of roster.teachings) {
    const dbInstructor = dbInstructors.get(user);
    const instructor =
      instructorRefs.get(user) ?? (dbInstructor === undefined ? undefined : { id: dbInstructor });
    const reject = (column: string, reason: string) => {
      plan.rejects.add("enrollments.csv", line, column, reason);
    };
    if (instructor === undefined) {
      studentLines ??= new Map(roster.students.map((student) => [student.sourced_id, student.line]));
      const studentLine = studentLines.get(user);
      const other =
        plan.nonTeachers.get(user) ??
        (studentLine === undefined
          ? undefined
          : { line: studentLine, why: "is not a teacher (role student)" });
      reject(
        "userSourcedId",
        unknownReference("userSourcedId", user, "users.csv", other, "an instructor in Registrar"),
      );
      continue;
    }
    const course = courseOf(klass);
    if (course === undefined) {
      reject(
        "classSourcedId",
        unknownReference("classSourcedId", klass, "classes.csv", plan.otherClasses.get(klass)),
      );
      continue;
    }
    const entry = courses.get(refKey(course)) ?? {
      course,
      klass,
      listed: [],
      seen: new Map<number, number>(),
    };
    courses.set(refKey(course), entry);
    const first = entry.seen.get(refKey(instructor));
    if (first !== undefined) {
      reject("userSourcedId", `user ${user} already teaches class ${klass} on line ${first}`);
      continue;
    }
    entry.seen.set(refKey(instructor), line);
    entry.listed.push({ instructor, primary, line });
  }
  const existingIds = [...courses.values()].flatMap(({ course }) => ("id" in course ? [course.id] : []));
  const current = await calendar.instructorsOfCourses(db, existingIds);
  for (const { course, klass, listed } of courses.values()) {
    const had = ("id" in course ? current.get(course.id) : undefined) ?? [];
    let size = had.length;
    const usable = listed.filter(({ instructor, line }) => {
      if (("id" in instructor && had.includes(instructor.id)) || ++size <= MAX_INSTRUCTORS) return true;
      const reason = `class ${klass} would have more than ${MAX_INSTRUCTORS} instructors`;
      plan.rejects.add("enrollments.csv", line, "classSourcedId", reason);
      return false;
    });
    // The primary teachers first, then in file order (the sort is stable).
    usable.sort((a, b) => Number(b.primary) - Number(a.primary));
    const listedIds = new Set(
      usable.flatMap(({ instructor }) => ("id" in instructor ? [instructor.id] : [])),
    );
    const unlisted = had.filter((id) => !listedIds.has(id)).map((id) => ({ id }));
    const instructors = [...usable.map((teaching) => teaching.instructor), ...unlisted];
    usable.forEach(({ instructor }, position) => {
      const before = "id" in instructor ? had.indexOf(instructor.id) : -1;
      summary[before === -1 ? "created" : before === position ? "unchanged" : "updated"]++;
    });
    const same = instructors.every((ref, position) => "id" in ref && ref.id === had[position]);
    if (!same || instructors.length !== had.length) plan.teaching.push({ course, instructors });
  }
}

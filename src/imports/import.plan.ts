/**
 * Decides, against the database, what an import does to every row: create, update, leave unchanged or reject.
 * It runs in the import's transaction (with the touched courses locked) and writes nothing; a dry run stops
 * here, a real run hands the plan to the writer. Records are matched by sourcedId first; a row whose sourcedId
 * is new claims a record with the same email (students, instructors) or code (terms, catalog entries, courses)
 * that has no sourcedId yet, and is rejected when that record came from another sourcedId. Terms and the
 * catalog are planned in plan-terms.ts and plan-catalog.ts, students, instructors and teachers in
 * plan-people.ts, classes in plan-courses.ts; student enrollments here.
 */
import { PREREQUISITE_GRAPH } from "../catalog/catalog.service.ts";
import type { Db } from "../db/database.ts";
import { lockNamed } from "../db/dialect.ts";
import * as calendar from "./calendar.repository.ts";
import * as repository from "./import.repository.ts";
import type { Roster } from "./import.reader.ts";
import { newPlan, refKey, summaryOf, unknownReference, type Plan, type Ref } from "./plan-base.ts";
import { planCatalog } from "./plan-catalog.ts";
import { planCourses, type CourseSlot } from "./plan-courses.ts";
import { checkUnlistedRoles, planPeople, planTeachings } from "./plan-people.ts";
import { planTerms } from "./plan-terms.ts";

/** Student enrollments: in file order, new ones take free seats, then join the waitlist. */
function planEnrollments(
  roster: Roster,
  studentRefs: Map<string, Ref>,
  dbStudents: Map<string, number>,
  courseSlots: Map<string, CourseSlot>,
  dbCourses: Map<string, number>,
  plan: Plan,
): void {
  const summary = summaryOf(plan.summaries, "enrollments.csv");
  const { users, classes, lines } = roster.enrollments;
  for (let index = 0; index < lines.length; index++) {
    const user = users[index] as string;
    const klass = classes[index] as string;
    const line = lines[index] as number;
    const dbStudent = dbStudents.get(user);
    const student = studentRefs.get(user) ?? (dbStudent === undefined ? undefined : { id: dbStudent });
    if (student === undefined) {
      plan.rejects.add(
        "enrollments.csv",
        line,
        "userSourcedId",
        unknownReference("userSourcedId", user, "users.csv", plan.otherUsers.get(user)),
      );
      continue;
    }
    const dbCourse = dbCourses.get(klass);
    const slot =
      courseSlots.get(klass) ?? (dbCourse === undefined ? undefined : courseSlots.get(`#${dbCourse}`));
    if (slot === undefined) {
      plan.rejects.add(
        "enrollments.csv",
        line,
        "classSourcedId",
        unknownReference("classSourcedId", klass, "classes.csv", plan.otherClasses.get(klass)),
      );
      continue;
    }
    const key = refKey(student);
    const first = slot.seen.get(key);
    if (first !== undefined) {
      plan.rejects.add(
        "enrollments.csv",
        line,
        "userSourcedId",
        `user ${user} is already enrolled in class ${klass} on line ${first}`,
      );
      continue;
    }
    slot.seen.set(key, line);
    const existing = "id" in student ? slot.existing.get(student.id) : undefined;
    if (existing !== undefined && existing !== "dropped") {
      summary.unchanged++;
      continue;
    }
    const seatFree = slot.capacity === null || slot.enrolled < slot.capacity;
    if (seatFree) slot.enrolled++;
    else plan.waitlisted++;
    plan.enrollments.push({
      line,
      student,
      course: slot.ref,
      status: seatFree ? "enrolled" : "waitlisted",
      waitlist_order: seatFree ? null : ++slot.lastOrder,
      event: existing === "dropped" ? "re-enrolled" : seatFree ? "enrolled" : "waitlisted",
      from_status: existing ?? null,
    });
    if (existing === "dropped") summary.updated++;
    else summary.created++;
  }
}

/** Everything the database knows by sourcedId of what the rows name but the files lack. */
async function unlistedReferences(
  db: Db,
  roster: Roster,
  plan: Plan,
  refs: { students: Map<string, Ref>; instructors: Map<string, Ref>; terms: Map<string, Ref> },
) {
  const users = new Set<string>();
  const teachers = new Set<string>();
  for (const { user, role } of roster.rolesOfUnlistedUsers) (role === "student" ? users : teachers).add(user);
  const classes = new Set<string>();
  const listedClasses = new Set(roster.courses.map((course) => course.sourced_id));
  const enrollments = roster.enrollments;
  for (let index = 0; index < enrollments.users.length; index++) {
    const user = enrollments.users[index] as string;
    const klass = enrollments.classes[index] as string;
    if (!refs.students.has(user) && !plan.otherUsers.has(user)) users.add(user);
    if (!listedClasses.has(klass) && !plan.otherClasses.has(klass)) classes.add(klass);
  }
  for (const { user, klass } of roster.teachings) {
    if (!refs.instructors.has(user) && !plan.nonTeachers.has(user)) teachers.add(user);
    if (!listedClasses.has(klass) && !plan.otherClasses.has(klass)) classes.add(klass);
  }
  const { nonTerms } = roster.sessions;
  const terms = roster.courses.flatMap((course) =>
    (course.terms ?? []).filter(
      (id) => !refs.terms.has(id) && !nonTerms.has(id) && !plan.otherSessions.has(id),
    ),
  );
  const catalog = roster.hasCourses ? [] : roster.courses.map((course) => course.course);
  const bySourcedId = (rows: { id: number; sourced_id: string | null }[]) =>
    new Map(rows.map((row) => [row.sourced_id as string, row.id]));
  return {
    dbStudents: bySourcedId(await repository.peopleBySourcedId(db, "students", [...users])),
    dbInstructors: bySourcedId(await repository.peopleBySourcedId(db, "instructors", [...teachers])),
    dbCourses: bySourcedId(await repository.coursesBySourcedId(db, [...classes])),
    dbTerms: bySourcedId(await calendar.termsBySourcedId(db, [...new Set(terms)])),
    dbCatalog: bySourcedId(await calendar.catalogBySourcedId(db, [...new Set(catalog)])),
  };
}

export async function planImport(db: Db, roster: Roster, lock: boolean): Promise<Plan> {
  const plan = newPlan(roster);
  // Prerequisites are checked for cycles against the whole catalog: no other change to it may interleave.
  if (lock && roster.catalog.entries.some((entry) => entry.prerequisites !== undefined)) {
    await lockNamed(db, PREREQUISITE_GRAPH);
  }
  const termRefs = await planTerms(db, roster, plan);
  const catalogRefs = await planCatalog(db, roster, plan);
  const people = await planPeople(db, roster, plan);
  const { dbStudents, dbInstructors, dbCourses, dbTerms, dbCatalog } = await unlistedReferences(
    db,
    roster,
    plan,
    {
      ...people,
      terms: termRefs,
    },
  );
  const slots = await planCourses(
    db,
    roster,
    { termRefs, catalogRefs, dbTerms, dbCatalog },
    lock,
    plan,
    new Set(dbCourses.values()),
  );
  checkUnlistedRoles(roster, dbStudents, dbInstructors, plan);
  planEnrollments(roster, people.students, dbStudents, slots, dbCourses, plan);
  const courseOf = (klass: string) => {
    const dbCourse = dbCourses.get(klass);
    return (slots.get(klass) ?? (dbCourse === undefined ? undefined : slots.get(`#${dbCourse}`)))?.ref;
  };
  await planTeachings(db, roster, people.instructors, dbInstructors, courseOf, plan);
  return plan;
}

/**
 * Decides, against the database, what an import does to every row: create, update, leave unchanged or reject.
 * It runs in the import's transaction (with the touched courses locked) and writes nothing; a dry run stops
 * here, a real run hands the plan to the writer. Records are matched by sourcedId first; a row whose sourcedId
 * is new claims a record with the same email (students) or code (courses) that has no sourcedId yet, and is
 * rejected when that record came from another sourcedId.
 */
import type { Db, EnrollmentEvent, EnrollmentStatus } from "../db/database.ts";
import * as repository from "./import.repository.ts";
import type { CourseValues, ExistingCourse, ExistingStudent, StudentValues } from "./import.repository.ts";
import type { FileSummary } from "./import.schema.ts";
import type { Roster, RosterCourse, RosterStudent } from "./import.reader.ts";
import { RejectList } from "./read-set.ts";

/** A student or course: an id in the database, or the position of one the plan creates. */
type Ref = { id: number } | { created: number };

export interface CourseSeatChange {
  id: number;
  /** Waitlisted students the raised capacity seats (fillFreeSeats does it in the write). */
  promoted: number;
}

/** An enrollment with its student and course still as references (created ones get ids when written). */
export interface PlannedEnrollment {
  student: Ref;
  course: Ref;
  status: "enrolled" | "waitlisted";
  waitlist_order: number | null;
  event: EnrollmentEvent;
  /** null for a new enrollment; "dropped" for one made active again. */
  from_status: EnrollmentStatus | null;
}

export interface Plan {
  students: { create: StudentValues[]; update: (StudentValues & { id: number })[] };
  courses: { create: CourseValues[]; update: (CourseValues & { id: number })[] };
  raisedCapacity: CourseSeatChange[];
  enrollments: PlannedEnrollment[];
  waitlisted: number;
  summaries: Map<string, FileSummary>;
  rejects: RejectList;
  /** The reader's users and classes that enrollments cannot use, plus the ones this plan rejects. */
  otherUsers: Map<string, { line: number; why: string }>;
  otherClasses: Map<string, { line: number; why: string }>;
}

/** A fresh copy of the reader's counts and rejects: a transaction that is retried plans again from them. */
function copyOfReaderResults(roster: Roster): { summaries: Map<string, FileSummary>; rejects: RejectList } {
  const summaries = new Map([...roster.summaries].map(([file, summary]) => [file, { ...summary }]));
  const rejects = new RejectList(summaries);
  rejects.listed.push(...roster.rejects.listed);
  rejects.omitted = roster.rejects.omitted;
  return { summaries, rejects };
}

const summaryOf = (summaries: Map<string, FileSummary>, file: string): FileSummary =>
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

function planStudents(
  roster: Roster,
  bySourcedId: Map<string, ExistingStudent>,
  byEmail: Map<string, ExistingStudent>,
  plan: Plan,
  refs: Map<string, Ref>,
): void {
  const summary = summaryOf(plan.summaries, "users.csv");
  const reject = (student: RosterStudent, reason: string) => {
    plan.rejects.add("users.csv", student.line, "email", reason);
    plan.otherUsers.set(student.sourced_id, { line: student.line, why: "was rejected" });
  };
  for (const student of roster.students) {
    const { sourced_id, first_name, last_name, email } = student;
    const values = { sourced_id, first_name, last_name, email };
    const existing = bySourcedId.get(sourced_id);
    const owner = byEmail.get(email.toLowerCase());
    if (owner && existing?.id !== owner.id && (existing !== undefined || owner.sourced_id !== null)) {
      const from = owner.sourced_id === null ? "" : ` (sourcedId ${owner.sourced_id})`;
      reject(student, `email ${email} belongs to student ${owner.id}${from}`);
      continue;
    }
    const match = existing ?? owner;
    if (match === undefined) {
      refs.set(sourced_id, { created: plan.students.create.length });
      plan.students.create.push(values);
      summary.created++;
      continue;
    }
    refs.set(sourced_id, { id: match.id });
    const same =
      match.sourced_id === sourced_id &&
      match.first_name === first_name &&
      match.last_name === last_name &&
      match.email === email;
    if (same) summary.unchanged++;
    else {
      plan.students.update.push({ ...values, id: match.id });
      summary.updated++;
    }
  }
}

/** A course's values after the import: the file's, or the database's for the fields the file does not carry. */
const courseValues = (course: RosterCourse, existing: ExistingCourse | undefined): CourseValues => ({
  sourced_id: course.sourced_id,
  code: course.code,
  title: course.title,
  capacity: course.capacity === undefined ? (existing?.capacity ?? null) : course.capacity,
  credits: course.credits === undefined ? (existing?.credits ?? null) : course.credits,
  description: course.description === undefined ? (existing?.description ?? null) : course.description,
});

const sameCourse = (a: CourseValues, b: ExistingCourse) =>
  a.sourced_id === b.sourced_id &&
  a.code === b.code &&
  a.title === b.title &&
  a.capacity === b.capacity &&
  a.credits === b.credits &&
  a.description === b.description;

interface CourseSlot {
  ref: Ref;
  capacity: number | null;
  enrolled: number;
  lastOrder: number;
  /** Existing enrollments (student id → status); empty for a course the import creates. */
  existing: Map<number, EnrollmentStatus>;
  /** Students enrolled by this import so far, by student key, with the line that did it. */
  seen: Map<number, number>;
}

async function planCourses(
  db: Db,
  roster: Roster,
  bySourcedId: Map<string, ExistingCourse>,
  byCode: Map<string, ExistingCourse>,
  lock: boolean,
  plan: Plan,
  referencedIds: Set<number>,
): Promise<Map<string, CourseSlot>> {
  const summary = summaryOf(plan.summaries, "classes.csv");
  const matches: { course: RosterCourse; match: ExistingCourse | undefined }[] = [];
  for (const course of roster.courses) {
    const existing = bySourcedId.get(course.sourced_id);
    const owner = byCode.get(course.code.toLowerCase());
    if (owner && existing?.id !== owner.id && (existing !== undefined || owner.sourced_id !== null)) {
      const from = owner.sourced_id === null ? "" : ` (sourcedId ${owner.sourced_id})`;
      plan.rejects.add(
        "classes.csv",
        course.line,
        "classCode",
        `course code ${course.code} belongs to course ${owner.id}${from}`,
      );
      plan.otherClasses.set(course.sourced_id, { line: course.line, why: "was rejected" });
      continue;
    }
    matches.push({ course, match: existing ?? owner });
  }

  const existingIds = new Set([
    ...referencedIds,
    ...matches.flatMap(({ match }) => (match ? [match.id] : [])),
  ]);
  const seats = new Map((await repository.lockSeats(db, [...existingIds], lock)).map((row) => [row.id, row]));
  const enrollments = await repository.enrollmentsOfCourses(db, [...existingIds]);
  const slots = new Map<string, CourseSlot>();
  const slotOf = (ref: Ref, capacity: number | null, id: number | undefined): CourseSlot => {
    const seat = id === undefined ? undefined : seats.get(id);
    return {
      ref,
      capacity,
      enrolled: seat?.enrolled_count ?? 0,
      lastOrder: seat?.last_order ?? 0,
      existing: (id === undefined ? undefined : enrollments.get(id)) ?? new Map<number, EnrollmentStatus>(),
      seen: new Map(),
    };
  };

  for (const { course, match } of matches) {
    const values = courseValues(course, match);
    if (match === undefined) {
      const ref = { created: plan.courses.create.length };
      slots.set(course.sourced_id, slotOf(ref, values.capacity, undefined));
      plan.courses.create.push(values);
      summary.created++;
      continue;
    }
    const seat = seats.get(match.id);
    const enrolled = seat?.enrolled_count ?? 0;
    if (values.capacity !== null && values.capacity < enrolled) {
      plan.rejects.add(
        "classes.csv",
        course.line,
        "metadata.registrar.capacity",
        `capacity ${values.capacity} is below the ${enrolled} students enrolled in course ${match.id}`,
      );
      plan.otherClasses.set(course.sourced_id, { line: course.line, why: "was rejected" });
      continue;
    }
    const ref = { id: match.id };
    const slot = slotOf(ref, values.capacity, match.id);
    // A raised capacity seats the waitlist first (as a PATCH would); new arrivals get the seats left after.
    const waiting = seat?.waitlist_count ?? 0;
    const free = values.capacity === null ? waiting : values.capacity - enrolled;
    const promoted = Math.max(0, Math.min(waiting, free));
    if (promoted > 0) {
      plan.raisedCapacity.push({ id: match.id, promoted });
      slot.enrolled += promoted;
    }
    slots.set(course.sourced_id, slot);
    if (sameCourse(values, match)) summary.unchanged++;
    else {
      plan.courses.update.push({ ...values, id: match.id });
      summary.updated++;
    }
  }
  for (const id of referencedIds) {
    const seat = seats.get(id);
    if (seat) slots.set(`#${id}`, slotOf({ id }, seat.capacity, id));
  }
  return slots;
}

/** A number per student that is unique within the plan: the id, or minus one less the created position. */
const studentKey = (ref: Ref): number => ("id" in ref ? ref.id : -1 - ref.created);

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
  const unknown = (kind: "user" | "class", id: string, other: { line: number; why: string } | undefined) => {
    const file = kind === "user" ? "users.csv" : "classes.csv";
    return other
      ? `${kind}SourcedId ${id} ${other.why} (${file} line ${other.line})`
      : `${kind}SourcedId ${id} is neither in ${file} nor in Registrar`;
  };
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
        unknown("user", user, plan.otherUsers.get(user)),
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
        unknown("class", klass, plan.otherClasses.get(klass)),
      );
      continue;
    }
    const key = studentKey(student);
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

/** roles.csv rows that give the student role to a user that neither users.csv nor the database has. */
function checkUnlistedRoles(roster: Roster, dbStudents: Map<string, number>, plan: Plan): void {
  for (const { user, line } of roster.studentRolesOfUnlistedUsers) {
    if (!dbStudents.has(user)) {
      plan.rejects.add(
        "roles.csv",
        line,
        "userSourcedId",
        `userSourcedId ${user} is neither in users.csv nor in Registrar`,
      );
    }
  }
}

const indexBy = <Row, Key>(rows: Row[], key: (row: Row) => Key) =>
  new Map(rows.map((row) => [key(row), row]));

/** Everything the database knows by sourcedId of the users and classes that the rows name but the files lack. */
async function unlistedReferences(db: Db, roster: Roster, plan: Plan, studentRefs: Map<string, Ref>) {
  const users = new Set<string>(roster.studentRolesOfUnlistedUsers.map((role) => role.user));
  const classes = new Set<string>();
  const listedClasses = new Set(roster.courses.map((course) => course.sourced_id));
  const enrollments = roster.enrollments;
  for (let index = 0; index < enrollments.users.length; index++) {
    const user = enrollments.users[index] as string;
    const klass = enrollments.classes[index] as string;
    if (!studentRefs.has(user) && !plan.otherUsers.has(user)) users.add(user);
    if (!listedClasses.has(klass) && !plan.otherClasses.has(klass)) classes.add(klass);
  }
  const students = await repository.studentsBySourcedId(db, [...users]);
  const courses = await repository.coursesBySourcedId(db, [...classes]);
  return {
    dbStudents: new Map(students.map((student) => [student.sourced_id as string, student.id])),
    dbCourses: new Map(courses.map((course) => [course.sourced_id as string, course.id])),
  };
}

export async function planImport(db: Db, roster: Roster, lock: boolean): Promise<Plan> {
  const plan: Plan = {
    students: { create: [], update: [] },
    courses: { create: [], update: [] },
    raisedCapacity: [],
    enrollments: [],
    waitlisted: 0,
    ...copyOfReaderResults(roster),
    otherUsers: new Map(roster.otherUsers),
    otherClasses: new Map(roster.otherClasses),
  };
  const { students, courses } = roster;
  const studentRefs = new Map<string, Ref>();
  planStudents(
    roster,
    indexBy(
      await repository.studentsBySourcedId(
        db,
        students.map((s) => s.sourced_id),
      ),
      (s) => s.sourced_id as string,
    ),
    indexBy(
      await repository.studentsByEmail(
        db,
        students.map((s) => s.email.toLowerCase()),
      ),
      (s) => s.email.toLowerCase(),
    ),
    plan,
    studentRefs,
  );
  const { dbStudents, dbCourses } = await unlistedReferences(db, roster, plan, studentRefs);
  const slots = await planCourses(
    db,
    roster,
    indexBy(
      await repository.coursesBySourcedId(
        db,
        courses.map((c) => c.sourced_id),
      ),
      (c) => c.sourced_id as string,
    ),
    indexBy(
      await repository.coursesByCode(
        db,
        courses.map((c) => c.code.toLowerCase()),
      ),
      (c) => c.code.toLowerCase(),
    ),
    lock,
    plan,
    new Set(dbCourses.values()),
  );
  checkUnlistedRoles(roster, dbStudents, plan);
  planEnrollments(roster, studentRefs, dbStudents, slots, dbCourses, plan);
  return plan;
}

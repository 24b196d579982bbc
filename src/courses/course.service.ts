import type { Db } from "../db/database.ts";
import { inTransaction, onUniqueViolation } from "../db/dialect.ts";
import { fillFreeSeats } from "../enrollments/waitlist.ts";
import * as history from "../enrollments/history.repository.ts";
import { courseNotFound, DomainError } from "../errors.ts";
import { checkReferences } from "./course-references.ts";
import * as courses from "./course.repository.ts";
import {
  weekdays,
  type Course,
  type CourseCreate,
  type CourseListQuery,
  type CoursePatch,
  type Meeting,
  type MeetingInput,
} from "./course.schema.ts";

const codeTaken = (code: string) =>
  new DomainError("code-taken", `A course with code ${code.trim()} already exists`, [
    { field: "code", message: "is already taken" },
  ]);

/** Meetings as stored and answered: days in week order, a room or null (imports store them the same way). */
export const storedMeetings = (meetings: MeetingInput[]): Meeting[] =>
  meetings.map(({ days, starts_at, ends_at, room }) => ({
    days: weekdays.filter((day) => days.includes(day)),
    starts_at,
    ends_at,
    room: room ?? null,
  }));

/** The course's own columns from a create or patch body: trimmed text, meetings as JSON, no instructors. */
function columnsOf<Fields extends CoursePatch>(fields: Fields) {
  const { instructor_ids, meetings, ...rest } = fields;
  return {
    ...rest,
    ...(rest.code !== undefined && { code: rest.code.trim() }),
    ...(rest.title !== undefined && { title: rest.title.trim() }),
    ...(meetings !== undefined && { meetings: JSON.stringify(storedMeetings(meetings)) }),
  };
}

export async function createCourse(db: Db, input: CourseCreate): Promise<Course> {
  return inTransaction(db, async (trx) => {
    await checkReferences(trx, input);
    const now = new Date().toISOString();
    const values = {
      description: null,
      credits: null,
      capacity: null,
      term_id: null,
      catalog_id: null,
      ...columnsOf(input),
      created_at: now,
      updated_at: now,
    };
    const { id } = await onUniqueViolation(courses.insert(trx, values), () => codeTaken(input.code));
    await courses.replaceInstructors(trx, id, input.instructor_ids ?? []);
    return (await courses.findById(trx, id)) as Course;
  });
}

export async function getCourse(db: Db, id: number): Promise<Course> {
  const course = await courses.findById(db, id);
  if (!course) throw courseNotFound(id);
  return course;
}

/** Changes a course; a raised capacity seats waitlisted students at once, a lowered one never unseats anyone. */
export async function updateCourse(db: Db, id: number, patch: CoursePatch, actor: string): Promise<Course> {
  return inTransaction(db, async (trx) => {
    const locked = await courses.findForUpdate(trx, id);
    if (!locked) throw courseNotFound(id);
    if (typeof patch.capacity === "number" && patch.capacity < locked.enrolled_count) {
      throw new DomainError(
        "capacity-below-enrollment",
        `Course ${id} has ${locked.enrolled_count} enrolled students; its capacity cannot be lowered to ${patch.capacity}`,
        [
          {
            field: "capacity",
            message: `must be at least the ${locked.enrolled_count} students already enrolled`,
          },
        ],
      );
    }
    await checkReferences(trx, patch);
    const changes = { ...columnsOf(patch), updated_at: new Date().toISOString() };
    await onUniqueViolation(courses.update(trx, id, changes), () => codeTaken(patch.code ?? ""));
    if (patch.instructor_ids !== undefined) await courses.replaceInstructors(trx, id, patch.instructor_ids);
    await fillFreeSeats(trx, id, actor);
    return (await courses.findById(trx, id)) as Course;
  });
}

/** Deletes a course; one with enrolled or waitlisted students only when forced, taking them with it. */
export async function deleteCourse(db: Db, id: number, force: boolean, actor: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const course = await courses.findForUpdate(trx, id);
    if (!course) throw courseNotFound(id);
    const active = course.enrolled_count + course.waitlist_count;
    if (active > 0 && !force) {
      throw new DomainError(
        "course-has-enrollments",
        `Course ${id} has ${active} enrolled or waitlisted students; delete with ?force=true to remove them too`,
      );
    }
    await history.recordDeletion(trx, { course_id: id }, actor, new Date().toISOString());
    await courses.remove(trx, id);
  });
}

export const listCourses = (db: Db, query: CourseListQuery) => courses.list(db, query);

import type { Db } from "../db/database.ts";
import { inTransaction, onUniqueViolation } from "../db/dialect.ts";
import * as enrollments from "../enrollments/enrollment.repository.ts";
import { fillFreeSeats } from "../enrollments/enrollment.service.ts";
import { courseNotFound, DomainError } from "../errors.ts";
import * as courses from "./course.repository.ts";
import type { Course, CourseCreate, CourseListQuery, CoursePatch } from "./course.schema.ts";

const codeTaken = (code: string) =>
  new DomainError("code-taken", `A course with code ${code.trim()} already exists`, [
    { field: "code", message: "is already taken" },
  ]);

function normalized<Fields extends CoursePatch>(fields: Fields): Fields {
  return {
    ...fields,
    ...(fields.code !== undefined && { code: fields.code.trim() }),
    ...(fields.title !== undefined && { title: fields.title.trim() }),
  };
}

export async function createCourse(db: Db, input: CourseCreate): Promise<Course> {
  const now = new Date().toISOString();
  const values = {
    description: null,
    credits: null,
    capacity: null,
    ...normalized(input),
    created_at: now,
    updated_at: now,
  };
  return onUniqueViolation(courses.insert(db, values), () => codeTaken(input.code));
}

export async function getCourse(db: Db, id: number): Promise<Course> {
  const course = await courses.findById(db, id);
  if (!course) throw courseNotFound(id);
  return course;
}

async function refuseCapacityBelowSeated(trx: Db, id: number, capacity: number): Promise<void> {
  const seated = await enrollments.countWithStatus(trx, id, ["enrolled"]);
  if (capacity < seated) {
    throw new DomainError(
      "capacity-below-enrollment",
      `Course ${id} has ${seated} enrolled students; its capacity cannot be lowered to ${capacity}`,
      [{ field: "capacity", message: `must be at least the ${seated} students already enrolled` }],
    );
  }
}

/** Changes a course; a raised capacity seats waitlisted students at once, a lowered one never unseats anyone. */
export async function updateCourse(db: Db, id: number, patch: CoursePatch): Promise<Course> {
  return inTransaction(db, async (trx) => {
    if (!(await courses.findForUpdate(trx, id))) throw courseNotFound(id);
    if (typeof patch.capacity === "number") await refuseCapacityBelowSeated(trx, id, patch.capacity);
    const changes = { ...normalized(patch), updated_at: new Date().toISOString() };
    const course = await onUniqueViolation(courses.update(trx, id, changes), () =>
      codeTaken(patch.code ?? ""),
    );
    if (!course) throw courseNotFound(id);
    await fillFreeSeats(trx, course);
    return course;
  });
}

/** Deletes a course; one with enrolled or waitlisted students only when forced, taking them with it. */
export async function deleteCourse(db: Db, id: number, force: boolean): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await courses.findForUpdate(trx, id))) throw courseNotFound(id);
    const active = await enrollments.countWithStatus(trx, id, ["enrolled", "waitlisted"]);
    if (active > 0 && !force) {
      throw new DomainError(
        "course-has-enrollments",
        `Course ${id} has ${active} enrolled or waitlisted students; delete with ?force=true to remove them too`,
      );
    }
    await courses.remove(trx, id);
  });
}

export const listCourses = (db: Db, query: CourseListQuery) => courses.list(db, query);

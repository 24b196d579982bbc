import type { Db } from "../db/database.ts";
import { onUniqueViolation } from "../db/dialect.ts";
import { DomainError } from "../errors.ts";
import * as courses from "./course.repository.ts";
import type { Course, CourseCreate, CourseListQuery, CoursePatch } from "./course.schema.ts";

export const courseNotFound = (id: number) =>
  new DomainError("course-not-found", `Course ${id} does not exist`);

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

export async function updateCourse(db: Db, id: number, patch: CoursePatch): Promise<Course> {
  const changes = { ...normalized(patch), updated_at: new Date().toISOString() };
  const course = await onUniqueViolation(courses.update(db, id, changes), () => codeTaken(patch.code ?? ""));
  if (!course) throw courseNotFound(id);
  return course;
}

export async function deleteCourse(db: Db, id: number): Promise<void> {
  if (!(await courses.remove(db, id))) throw courseNotFound(id);
}

export const listCourses = (db: Db, query: CourseListQuery) => courses.list(db, query);

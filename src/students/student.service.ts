import type { Db } from "../db/database.ts";
import { inTransaction, onUniqueViolation } from "../db/dialect.ts";
import * as enrollments from "../enrollments/enrollment.repository.ts";
import { fillFreeSeats } from "../enrollments/waitlist.ts";
import * as history from "../enrollments/history.repository.ts";
import * as courses from "../courses/course.repository.ts";
import { DomainError, studentNotFound } from "../errors.ts";
import * as students from "./student.repository.ts";
import type { Student, StudentCreate, StudentListQuery, StudentPatch } from "./student.schema.ts";

const emailTaken = (email: string) =>
  new DomainError("email-taken", `A student with email ${email} already exists`, [
    { field: "email", message: "is already taken" },
  ]);

function normalized<Fields extends StudentPatch>(fields: Fields): Fields {
  return {
    ...fields,
    ...(fields.first_name !== undefined && { first_name: fields.first_name.trim() }),
    ...(fields.last_name !== undefined && { last_name: fields.last_name.trim() }),
  };
}

export async function createStudent(db: Db, input: StudentCreate): Promise<Student> {
  const now = new Date().toISOString();
  const values = { ...normalized(input), created_at: now, updated_at: now };
  return onUniqueViolation(students.insert(db, values), () => emailTaken(input.email));
}

export async function getStudent(db: Db, id: number): Promise<Student> {
  const student = await students.findById(db, id);
  if (!student) throw studentNotFound(id);
  return student;
}

export async function updateStudent(db: Db, id: number, patch: StudentPatch): Promise<Student> {
  const changes = { ...normalized(patch), updated_at: new Date().toISOString() };
  const student = await onUniqueViolation(students.update(db, id, changes), () =>
    emailTaken(patch.email ?? ""),
  );
  if (!student) throw studentNotFound(id);
  return student;
}

/**
 * Deletes the student with their enrollments (recorded in the history); the seats they held go to those
 * waiting longest. Locks follow the enrollment order (the student, then their courses in id order), so a
 * concurrent enrollment queues behind this deletion instead of deadlocking with it.
 */
export async function deleteStudent(db: Db, id: number, actor: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await students.findForUpdate(trx, id))) throw studentNotFound(id);
    const active = await enrollments.courseIdsOfStudent(trx, id, ["enrolled", "waitlisted"]);
    for (const course_id of active) await courses.findForUpdate(trx, course_id);
    await history.recordDeletion(trx, { student_id: id }, actor, new Date().toISOString());
    await students.remove(trx, id);
    for (const course_id of active) await fillFreeSeats(trx, course_id, actor);
  });
}

export const listStudents = (db: Db, query: StudentListQuery) => students.list(db, query);

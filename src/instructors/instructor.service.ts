import type { Db } from "../db/database.ts";
import { inTransaction, onUniqueViolation } from "../db/dialect.ts";
import { DomainError, instructorNotFound, invalidField } from "../errors.ts";
import * as instructors from "./instructor.repository.ts";
import {
  fieldsHiddenFromStudents,
  type Instructor,
  type InstructorCreate,
  type InstructorListQuery,
  type InstructorPatch,
} from "./instructor.schema.ts";

const emailTaken = (email: string) =>
  new DomainError("email-taken", `An instructor with email ${email} already exists`, [
    { field: "email", message: "is already taken" },
  ]);

function normalized<Fields extends InstructorPatch>(fields: Fields): Fields {
  return {
    ...fields,
    ...(fields.first_name !== undefined && { first_name: fields.first_name.trim() }),
    ...(fields.last_name !== undefined && { last_name: fields.last_name.trim() }),
  };
}

export async function createInstructor(db: Db, input: InstructorCreate): Promise<Instructor> {
  const now = new Date().toISOString();
  const values = { ...normalized(input), created_at: now, updated_at: now };
  return onUniqueViolation(instructors.insert(db, values), () => emailTaken(input.email));
}

export async function getInstructor(db: Db, id: number): Promise<Instructor> {
  const instructor = await instructors.findById(db, id);
  if (!instructor) throw instructorNotFound(id);
  return instructor;
}

export async function updateInstructor(db: Db, id: number, patch: InstructorPatch): Promise<Instructor> {
  const changes = { ...normalized(patch), updated_at: new Date().toISOString() };
  const instructor = await onUniqueViolation(instructors.update(db, id, changes), () =>
    emailTaken(patch.email ?? ""),
  );
  if (!instructor) throw instructorNotFound(id);
  return instructor;
}

/** Deletes the instructor and takes them off every course they teach (those courses count as changed). */
export async function deleteInstructor(db: Db, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await instructors.remove(trx, id, new Date().toISOString()))) throw instructorNotFound(id);
  });
}

/**
 * A page of instructors. A student sees no emails, so it may not find them out either: its q searches names
 * only, and sorting by email (whose cursor would carry one) is 400.
 */
export function listInstructors(db: Db, query: InstructorListQuery, { student = false } = {}) {
  if (student && fieldsHiddenFromStudents.has(query.sort)) {
    throw invalidField("sort", "email is not shown to students, so they cannot sort by it");
  }
  return instructors.list(db, query, student);
}

/**
 * The given ids that are not instructors, in the order given; the others cannot be deleted until the
 * transaction ends (a course is being given them).
 */
export async function unknownInstructors(trx: Db, ids: number[]): Promise<number[]> {
  const found = await instructors.existingForKeyShare(trx, ids);
  return ids.filter((id) => !found.has(id));
}

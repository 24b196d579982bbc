/**
 * Holds and overrides. Each change takes the student's lock, as enrollments do, so a hold placed while an
 * enrollment is being decided comes either before it (and refuses it) or after it, never half-way.
 */
import * as courses from "../courses/course.repository.ts";
import type { Db } from "../db/database.ts";
import { inTransaction } from "../db/dialect.ts";
import { courseNotFound, DomainError, studentNotFound } from "../errors.ts";
import * as students from "../students/student.repository.ts";
import * as registration from "./registration.repository.ts";
import type { Hold, Override, OverrideCreate } from "./registration.schema.ts";

async function lockStudent(trx: Db, student_id: number): Promise<void> {
  if (!(await students.findForRegistration(trx, student_id))) throw studentNotFound(student_id);
}

async function requireStudent(db: Db, student_id: number): Promise<void> {
  if (!(await students.findById(db, student_id))) throw studentNotFound(student_id);
}

export async function placeHold(db: Db, student_id: number, reason: string, actor: string): Promise<Hold> {
  return inTransaction(db, async (trx) => {
    await lockStudent(trx, student_id);
    const created_at = new Date().toISOString();
    return registration.insertHold(trx, { student_id, reason: reason.trim(), created_at, created_by: actor });
  });
}

export async function holdsOf(db: Db, student_id: number): Promise<Hold[]> {
  await requireStudent(db, student_id);
  return registration.holdsOf(db, student_id);
}

/** Releases a hold (kept, with who and when); releasing a released hold changes nothing. */
export async function releaseHold(db: Db, student_id: number, hold_id: number, actor: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await lockStudent(trx, student_id);
    const hold = await registration.findHold(trx, student_id, hold_id);
    if (!hold) throw new DomainError("hold-not-found", `Student ${student_id} has no hold ${hold_id}`);
    if (hold.released_at === null)
      await registration.releaseHold(trx, hold_id, actor, new Date().toISOString());
  });
}

export async function grantOverride(
  db: Db,
  student_id: number,
  { course_id, rules, reason }: OverrideCreate,
  actor: string,
): Promise<Override> {
  return inTransaction(db, async (trx) => {
    await lockStudent(trx, student_id);
    if (!(await courses.findSeats(trx, course_id))) throw courseNotFound(course_id);
    const created_at = new Date().toISOString();
    return registration.insertOverride(trx, {
      student_id,
      course_id,
      rules,
      reason: reason.trim(),
      created_at,
      created_by: actor,
    });
  });
}

export async function overridesOf(db: Db, student_id: number): Promise<Override[]> {
  await requireStudent(db, student_id);
  return registration.overridesOf(db, student_id);
}

/** Revokes an override (kept, with who and when); revoking a revoked one changes nothing. */
export async function revokeOverride(
  db: Db,
  student_id: number,
  override_id: number,
  actor: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await lockStudent(trx, student_id);
    const override = await registration.findOverride(trx, student_id, override_id);
    if (!override) {
      throw new DomainError("override-not-found", `Student ${student_id} has no override ${override_id}`);
    }
    if (override.revoked_at === null) {
      await registration.revokeOverride(trx, override_id, actor, new Date().toISOString());
    }
  });
}

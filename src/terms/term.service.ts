import type { Db } from "../db/database.ts";
import { inTransaction, onForeignKeyViolation, onUniqueViolation } from "../db/dialect.ts";
import { DomainError, type FieldError, invalidFields, termNotFound } from "../errors.ts";
import * as terms from "./term.repository.ts";
import type { Term, TermCreate, TermListQuery, TermPatch } from "./term.schema.ts";

const codeTaken = (code: string) =>
  new DomainError("term-code-taken", `A term with code ${code.trim()} already exists`, [
    { field: "code", message: "is already taken" },
  ]);

type TermFields = Omit<Term, "id" | "sourced_id" | "created_at" | "updated_at">;

/**
 * A client's timestamp in UTC; one the validator lets through but no clock has (23:59:60) is a 400 here (and an
 * import's row error).
 */
export function inUtc(field: string, value: string | null | undefined, errors: FieldError[]) {
  if (value === null || value === undefined) return value;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    errors.push({ field, message: "must be a date-time that exists (no leap seconds)" });
    return value;
  }
  return time.toISOString();
}

function normalized<Fields extends TermPatch>(fields: Fields, errors: FieldError[]): Fields {
  return {
    ...fields,
    ...(fields.code !== undefined && { code: fields.code.trim() }),
    ...(fields.name !== undefined && { name: fields.name.trim() }),
    ...(fields.registration_opens_at !== undefined && {
      registration_opens_at: inUtc("registration_opens_at", fields.registration_opens_at, errors),
    }),
    ...(fields.registration_closes_at !== undefined && {
      registration_closes_at: inUtc("registration_closes_at", fields.registration_closes_at, errors),
    }),
  };
}

/** The rules between a term's fields, on the term as it would be after the change (imports check them too). */
export function dateRuleErrors(term: TermFields): FieldError[] {
  const errors: FieldError[] = [];
  if (term.ends_on < term.starts_on)
    errors.push({ field: "ends_on", message: "must not be before starts_on" });
  if (term.add_drop_ends_on !== null && term.add_drop_ends_on > term.ends_on) {
    errors.push({ field: "add_drop_ends_on", message: "must not be after ends_on" });
  }
  const { registration_opens_at: opens, registration_closes_at: closes } = term;
  if (opens !== null && closes !== null && closes <= opens) {
    errors.push({ field: "registration_closes_at", message: "must be after registration_opens_at" });
  }
  return errors;
}

/** Reports every rule a term breaks at once: the field errors found so far and the rules between fields. */
function checkDates(term: TermFields, errors: FieldError[]): void {
  errors.push(...dateRuleErrors(term));
  if (errors.length > 0) throw invalidFields(errors);
}

export async function createTerm(db: Db, input: TermCreate): Promise<Term> {
  const errors: FieldError[] = [];
  const fields = {
    registration_opens_at: null,
    registration_closes_at: null,
    add_drop_ends_on: null,
    max_credits: null,
    ...normalized(input, errors),
  };
  checkDates(fields, errors);
  const now = new Date().toISOString();
  return onUniqueViolation(terms.insert(db, { ...fields, created_at: now, updated_at: now }), () =>
    codeTaken(input.code),
  );
}

export async function getTerm(db: Db, id: number): Promise<Term> {
  const term = await terms.findById(db, id);
  if (!term) throw termNotFound(id);
  return term;
}

export async function updateTerm(db: Db, id: number, patch: TermPatch): Promise<Term> {
  return inTransaction(db, async (trx) => {
    const existing = await terms.findForUpdate(trx, id);
    if (!existing) throw termNotFound(id);
    const errors: FieldError[] = [];
    const changes = normalized(patch, errors);
    checkDates({ ...existing, ...changes }, errors);
    const write = terms.update(trx, id, { ...changes, updated_at: new Date().toISOString() });
    return onUniqueViolation(write, () => codeTaken(patch.code ?? ""));
  });
}

const termHasCourses = (id: number, count: number) =>
  new DomainError(
    "term-has-courses",
    `Term ${id} has ${count === 1 ? "a course" : `${count} courses`}; move or delete ${count === 1 ? "it" : "them"} first`,
  );

/**
 * Deletes a term that no course belongs to. The lock keeps a course from joining the term between the check
 * and the delete; the foreign key is the last word if one did anyway.
 */
export async function deleteTerm(db: Db, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await terms.findForUpdate(trx, id))) throw termNotFound(id);
    const count = await terms.countCourses(trx, id);
    if (count > 0) throw termHasCourses(id, count);
    await onForeignKeyViolation(terms.remove(trx, id), () => termHasCourses(id, 1));
  });
}

/** Whether the term exists; it cannot be deleted until the transaction ends (a course is joining it). */
export const termExists = async (trx: Db, id: number): Promise<boolean> =>
  (await terms.findForKeyShare(trx, id)) !== undefined;

export const listTerms = (db: Db, query: TermListQuery) => terms.list(db, query);

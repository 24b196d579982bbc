/**
 * Plans academicSessions.csv against the database: terms matched by sourcedId or claimed by code, the date
 * rules checked again with the values an import keeps, and the term each class names.
 */
import type { Db } from "../db/database.ts";
import * as calendar from "./calendar.repository.ts";
import type { TermValues } from "./calendar.repository.ts";
import type { Roster } from "./import.reader.ts";
import { fromNote, indexBy, matchOf, summaryOf, unknownReference, type Plan, type Ref } from "./plan-base.ts";
import { dateRules, optionalTermFields, termColumns } from "./read-terms.ts";

export async function planTerms(db: Db, roster: Roster, plan: Plan): Promise<Map<string, Ref>> {
  const { terms } = roster.sessions;
  const bySourcedId = indexBy(
    await calendar.termsBySourcedId(
      db,
      terms.map((term) => term.sourced_id),
    ),
    (row) => row.sourced_id as string,
  );
  const byCode = indexBy(
    await calendar.termsByCode(
      db,
      terms.map((term) => term.code.toLowerCase()),
    ),
    (row) => row.code.toLowerCase(),
  );
  const summary = summaryOf(plan.summaries, "academicSessions.csv");
  const refs = new Map<string, Ref>();
  for (const term of terms) {
    const reject = (column: string, reason: string) => {
      plan.rejects.add("academicSessions.csv", term.line, column, reason);
      plan.otherSessions.set(term.sourced_id, { line: term.line, why: "was rejected" });
    };
    const found = matchOf(bySourcedId.get(term.sourced_id), byCode.get(term.code.toLowerCase()));
    if ("conflict" in found) {
      const owner = found.conflict;
      reject(term.codeColumn, `term code ${term.code} belongs to term ${owner.id}${fromNote(owner)}`);
      continue;
    }
    const existing = found.match;
    const values: TermValues = {
      sourced_id: term.sourced_id,
      code: term.code,
      name: term.name,
      starts_on: term.starts_on,
      ends_on: term.ends_on,
      registration_opens_at: null,
      registration_closes_at: null,
      add_drop_ends_on: null,
      max_credits: null,
    };
    for (const field of optionalTermFields) {
      const kept = existing?.[field] ?? null;
      Object.assign(values, { [field]: term[field] === undefined ? kept : term[field] });
    }
    // The reader checked the rules with the file's values; a value the set has no column for is kept.
    const [broken] = optionalTermFields.some((field) => term[field] === undefined) ? dateRules(values) : [];
    if (broken !== undefined) {
      const column = termColumns[broken.field] ?? broken.field;
      reject(column, `${column} ${broken.message} (the term keeps the values the set has no column for)`);
      continue;
    }
    if (existing === undefined) {
      refs.set(term.sourced_id, { created: plan.terms.create.length });
      plan.terms.create.push(values);
      summary.created++;
      continue;
    }
    refs.set(term.sourced_id, { id: existing.id });
    const same = (Object.keys(values) as (keyof TermValues)[]).every((key) => values[key] === existing[key]);
    if (same) summary.unchanged++;
    else {
      plan.terms.update.push({ ...values, id: existing.id });
      summary.updated++;
    }
  }
  return refs;
}

/**
 * The term of a class: the first of its termSourcedIds that is a term (of the set or the database); null when
 * none is (a school year, a grading period); undefined without the column (the course keeps its term). A
 * termSourcedId that names a rejected term, or nothing, rejects the class.
 */
export function termOfClass(
  ids: string[] | undefined,
  termRefs: Map<string, Ref>,
  dbTerms: Map<string, number>,
  roster: Roster,
  plan: Plan,
): { term: Ref | null | undefined } | { reject: string } {
  if (ids === undefined) return { term: undefined };
  let term: Ref | null = null;
  for (const id of ids) {
    const ref = termRefs.get(id) ?? (dbTerms.has(id) ? { id: dbTerms.get(id) as number } : undefined);
    if (ref !== undefined) term ??= ref;
    else if (!roster.sessions.nonTerms.has(id)) {
      const other = plan.otherSessions.get(id);
      return { reject: unknownReference("termSourcedIds", id, "academicSessions.csv", other) };
    }
  }
  return { term };
}

/**
 * Reads academicSessions.csv: sessions of type term or semester become terms (school years and grading periods
 * are skipped, counted), checking the API's own rules (TermCreate, timestamps that exist, the rules between a
 * term's dates). Claims and references only the database can answer are the planner's.
 */
import type { FieldError } from "../errors.ts";
import { compileValidator } from "../http/validation.ts";
import { TermCreate } from "../terms/term.schema.ts";
import { dateRuleErrors, inUtc } from "../terms/term.service.ts";
import { termExtensionColumns } from "./oneroster.ts";
import {
  cell,
  checkSourcedId,
  codeFromTitle,
  isDeleted,
  parseNumber,
  reportFieldErrors,
  type Columns,
  type SetReader,
} from "./read-set.ts";
import type { Unusable } from "./read-users.ts";

/** A term's optional fields are undefined when the set has no column for them (they are then kept). */
export interface RosterTerm {
  sourced_id: string;
  code: string;
  name: string;
  starts_on: string;
  ends_on: string;
  registration_opens_at: string | null | undefined;
  registration_closes_at: string | null | undefined;
  add_drop_ends_on: string | null | undefined;
  max_credits: number | null | undefined;
  line: number;
  /** The column the code came from: metadata.registrar.code, or title when that is blank. */
  codeColumn: string;
}

export type OptionalTermField =
  "registration_opens_at" | "registration_closes_at" | "add_drop_ends_on" | "max_credits";
export const optionalTermFields: OptionalTermField[] = [
  "registration_opens_at",
  "registration_closes_at",
  "add_drop_ends_on",
  "max_credits",
];

export interface RosterSessions {
  terms: RosterTerm[];
  /** Sessions that are not terms (school years, grading periods, …): a class may name them, and gets no term. */
  nonTerms: Set<string>;
  /** Terms that classes cannot name (rejected, tobedeleted), by sourcedId. */
  otherSessions: Unusable;
}

export const termColumns: Record<string, string> = {
  name: "title",
  starts_on: "startDate",
  ends_on: "endDate",
  ...termExtensionColumns,
};

const validateTerm = compileValidator(TermCreate);

/**
 * A term's field errors: the API's schema, then its timestamps in UTC (stored so, as the API does) and the rules
 * between its dates (a field without a column counts as null here; the planner checks again with the kept value).
 */
function termErrors(fields: Record<string, unknown>): FieldError[] {
  const errors = validateTerm(fields);
  if (errors.length > 0) return errors;
  for (const field of ["registration_opens_at", "registration_closes_at"]) {
    if (field in fields) fields[field] = inUtc(field, fields[field] as string | null, errors);
  }
  const term = fields as Omit<RosterTerm, "sourced_id" | "line" | "codeColumn">;
  return [...errors, ...dateRules(termWithNulls(term))];
}

/** The API's rules between a term's dates, naming the CSV columns rather than the API's fields. */
export const dateRules = (term: Parameters<typeof dateRuleErrors>[0]): FieldError[] =>
  dateRuleErrors(term).map((error) => ({
    ...error,
    message: error.message.replace(
      /\b(starts_on|ends_on|registration_opens_at)\b/g,
      (field) => termColumns[field] ?? field,
    ),
  }));

/** The term's fields for the date rules, with null for those the set does not carry. */
const termWithNulls = (term: Omit<RosterTerm, "sourced_id" | "line" | "codeColumn">) => ({
  ...term,
  registration_opens_at: term.registration_opens_at ?? null,
  registration_closes_at: term.registration_closes_at ?? null,
  add_drop_ends_on: term.add_drop_ends_on ?? null,
  max_credits: term.max_credits ?? null,
});

function readTerm(reader: SetReader, values: string[], line: number, columns: Columns, sourced_id: string) {
  const ownCode = cell(values, columns[termExtensionColumns.code]);
  const codeColumn = ownCode === "" ? "title" : termExtensionColumns.code;
  const fields: Record<string, unknown> = {
    code: ownCode || cell(values, columns.title),
    name: cell(values, columns.title),
    starts_on: cell(values, columns.startDate),
    ends_on: cell(values, columns.endDate),
  };
  for (const field of optionalTermFields) {
    const index = columns[termExtensionColumns[field]];
    if (index === undefined) continue;
    const text = cell(values, index);
    fields[field] = field === "max_credits" ? parseNumber(text, false) : text || null;
  }
  const errors = codeFromTitle(termErrors(fields), codeColumn, termExtensionColumns.code);
  if (errors.length > 0) {
    reportFieldErrors(
      reader,
      "academicSessions.csv",
      line,
      errors,
      { ...termColumns, code: codeColumn },
      fields,
    );
    return undefined;
  }
  const term = fields as Omit<RosterTerm, "sourced_id" | "line" | "codeColumn">;
  return { ...term, sourced_id, code: term.code.trim(), name: term.name.trim(), line, codeColumn };
}

export async function readSessions(reader: SetReader): Promise<RosterSessions> {
  const result: RosterSessions = { terms: [], nonTerms: new Set(), otherSessions: new Map() };
  const lines = new Map<string, number>();
  const codes = new Map<string, number>();
  const required = ["sourcedId", "title", "type", "startDate", "endDate"];
  await reader.read("academicSessions.csv", required, (values, line, columns, summary) => {
    const sourced_id = cell(values, columns.sourcedId);
    if (!checkSourcedId(reader, "academicSessions.csv", sourced_id, line, lines)) return;
    const type = cell(values, columns.type);
    const isTerm = type === "term" || type === "semester";
    if (type === "") {
      reader.rejects.add("academicSessions.csv", line, "type", "type is required");
      result.otherSessions.set(sourced_id, { line, why: "was rejected" });
      return;
    }
    if (!isTerm || isDeleted(values, columns)) {
      if (isTerm) result.otherSessions.set(sourced_id, { line, why: "is marked tobedeleted" });
      else result.nonTerms.add(sourced_id);
      summary.skipped++;
      return;
    }
    const term = readTerm(reader, values, line, columns, sourced_id);
    const key = term?.code.toLowerCase() ?? "";
    const first = codes.get(key);
    if (term !== undefined && first !== undefined) {
      reader.rejects.add(
        "academicSessions.csv",
        line,
        term.codeColumn,
        `term code ${term.code} is also on line ${first} (codes are unique without regard to case)`,
      );
    }
    if (term === undefined || first !== undefined) {
      result.otherSessions.set(sourced_id, { line, why: "was rejected" });
      return;
    }
    codes.set(key, line);
    result.terms.push(term);
  });
  return result;
}

/**
 * The OneRoster 1.2 filter grammar (REST binding §3.4.2): one predicate `field op 'value'`, or two joined by
 * one ` AND ` or ` OR `. Values are always single-quoted; a quote inside a value is written twice (`'O''Brien'`).
 * Parsing knows nothing about entities: which fields exist, and what their values mean, is checked afterwards
 * (query.ts), so that this stays a small pure function with its own tests.
 */
export const filterOperators = ["=", "!=", ">=", "<=", ">", "<", "~"] as const;
export type FilterOperator = (typeof filterOperators)[number];

export interface Predicate {
  field: string;
  operator: FilterOperator;
  value: string;
}

export interface Filter {
  predicates: [Predicate] | [Predicate, Predicate];
  /** How the two predicates combine; null with one predicate. */
  logical: "AND" | "OR" | null;
}

export class FilterSyntaxError extends Error {}

const FIELD = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*/;
const LOGICAL = /^ +(AND|OR) +/;

/** Reads `field op 'value'` at the start of `text`; returns it and what follows. */
function readPredicate(text: string): { predicate: Predicate; rest: string } {
  const field = FIELD.exec(text)?.[0];
  if (field === undefined) throw new FilterSyntaxError(`Expected a field name at "${text}"`);
  let rest = text.slice(field.length).trimStart();
  // Longest operators first, so that ">=" is not read as ">" followed by "=".
  const operator = filterOperators.find((candidate) => rest.startsWith(candidate));
  if (operator === undefined) {
    throw new FilterSyntaxError(`Expected one of ${filterOperators.join(" ")} after ${field}`);
  }
  rest = rest.slice(operator.length).trimStart();
  if (!rest.startsWith("'")) throw new FilterSyntaxError(`The value for ${field} must be in single quotes`);
  let value = "";
  let position = 1;
  for (;;) {
    const quote = rest.indexOf("'", position);
    if (quote === -1) throw new FilterSyntaxError(`The value for ${field} has no closing quote`);
    value += rest.slice(position, quote);
    if (rest[quote + 1] === "'") {
      value += "'";
      position = quote + 2;
      continue;
    }
    return { predicate: { field, operator, value }, rest: rest.slice(quote + 1) };
  }
}

export function parseFilter(text: string): Filter {
  const first = readPredicate(text.trim());
  if (first.rest.trim() === "") return { predicates: [first.predicate], logical: null };
  const logical = LOGICAL.exec(first.rest);
  if (logical === null) throw new FilterSyntaxError(`Expected AND or OR at "${first.rest.trim()}"`);
  const second = readPredicate(first.rest.slice(logical[0].length));
  if (second.rest.trim() !== "") {
    throw new FilterSyntaxError(
      `A filter has at most two predicates and one AND or OR: "${second.rest.trim()}"`,
    );
  }
  return { predicates: [first.predicate, second.predicate], logical: logical[1] as "AND" | "OR" };
}

/**
 * Reads courses.csv: each course becomes a catalog entry (courseCode, title and the metadata.registrar.*
 * columns, prerequisites by sourcedId), checked with the API's own rules (CatalogCreate, no entry twice in a
 * group); a placeholder course (metadata.registrar.placeholder = true) is only there because OneRoster gives
 * every class a course, and is skipped. Unknown references and cycles are the planner's.
 */
import { Type } from "typebox";
import { CatalogCreate, PrerequisiteGroups, prerequisiteItemFields } from "../catalog/catalog.schema.ts";
import { StrictObject } from "../http/schemas.ts";
import { compileValidator } from "../http/validation.ts";
import { catalogExtensionColumns } from "./oneroster.ts";
import {
  cell,
  checkSourcedId,
  codeFromTitle,
  isDeleted,
  parseJsonCell,
  parseNumber,
  reportFieldErrors,
  type Columns,
  type SetReader,
} from "./read-set.ts";
import type { Unusable } from "./read-users.ts";

/** A prerequisite item as courses.csv names it: by the sourcedId of the course it requires. */
export interface RosterRequirement {
  courseSourcedId: string;
  min_grade: string | null;
  concurrent: boolean;
}

export interface RosterCatalogEntry {
  sourced_id: string;
  code: string;
  title: string;
  credits: number | null | undefined;
  description: string | null | undefined;
  /** undefined without a prerequisites column (they are then kept); [] for a blank cell. */
  prerequisites: RosterRequirement[][] | undefined;
  line: number;
  codeColumn: string;
}

/** A courses.csv row as classes use it: its code and title are their fallbacks. */
export interface OneRosterCourse {
  code: string;
  title: string;
  line: number;
  placeholder: boolean;
}

export interface RosterCatalog {
  entries: RosterCatalogEntry[];
  /** Every usable courses.csv row (placeholders too), by sourcedId. */
  courses: Map<string, OneRosterCourse>;
  /** Rows classes and prerequisites cannot name (rejected, tobedeleted), by sourcedId. */
  otherCourses: Unusable;
}

const RequirementInput = StrictObject({
  courseSourcedId: Type.String({ minLength: 1, description: "The sourcedId of the required course" }),
  ...prerequisiteItemFields,
});
const validateCatalogEntry = compileValidator(
  StrictObject({
    ...CatalogCreate.properties,
    prerequisites: Type.Optional(PrerequisiteGroups(RequirementInput)),
  }),
);

/** The rule requirementsOf keeps in the API: no group names one entry twice. */
function repeatedRequirement(groups: { courseSourcedId: string }[][]): string | undefined {
  for (const [index, group] of groups.entries()) {
    const ids = group.map((item) => item.courseSourcedId);
    const twice = ids.find((id, position) => ids.indexOf(id) !== position);
    if (twice !== undefined) return `group ${index} names courseSourcedId ${twice} twice`;
  }
  return undefined;
}

function readEntry(reader: SetReader, values: string[], line: number, columns: Columns, sourced_id: string) {
  const columnOf = {
    code: cell(values, columns.courseCode) === "" ? "title" : "courseCode",
    title: "title",
    ...catalogExtensionColumns,
  };
  const fields: Record<string, unknown> = {
    code: cell(values, columns.courseCode) || cell(values, columns.title),
    title: cell(values, columns.title),
  };
  const credits = columns[catalogExtensionColumns.credits];
  if (credits !== undefined) fields.credits = parseNumber(cell(values, credits), false);
  const description = columns[catalogExtensionColumns.description];
  if (description !== undefined) fields.description = cell(values, description) || null;
  const prerequisites = columns[catalogExtensionColumns.prerequisites];
  if (prerequisites !== undefined) {
    const text = cell(values, prerequisites);
    const parsed =
      text === "" ? { value: [] } : parseJsonCell(reader, "courses.csv", line, columnOf.prerequisites, text);
    if (parsed === undefined) return undefined;
    fields.prerequisites = parsed.value;
  }
  const errors = codeFromTitle(validateCatalogEntry(fields), columnOf.code, "courseCode");
  if (errors.length > 0) {
    reportFieldErrors(reader, "courses.csv", line, errors, columnOf, fields);
    return undefined;
  }
  const groups = fields.prerequisites as
    { courseSourcedId: string; min_grade?: string; concurrent?: boolean }[][] | undefined;
  const repeated = groups && repeatedRequirement(groups);
  if (repeated !== undefined) {
    reader.rejects.add("courses.csv", line, columnOf.prerequisites, `${columnOf.prerequisites}: ${repeated}`);
    return undefined;
  }
  return {
    sourced_id,
    code: String(fields.code).trim(),
    title: String(fields.title).trim(),
    credits: fields.credits as number | null | undefined,
    description: fields.description as string | null | undefined,
    prerequisites: groups?.map((group) =>
      group.map(({ courseSourcedId, min_grade, concurrent }) => ({
        courseSourcedId,
        min_grade: min_grade ?? null,
        concurrent: concurrent === true,
      })),
    ),
    line,
    codeColumn: columnOf.code,
  };
}

export async function readCatalog(reader: SetReader): Promise<RosterCatalog> {
  const result: RosterCatalog = { entries: [], courses: new Map(), otherCourses: new Map() };
  const lines = new Map<string, number>();
  const codes = new Map<string, number>();
  await reader.read("courses.csv", ["sourcedId", "title"], (values, line, columns, summary) => {
    const sourced_id = cell(values, columns.sourcedId);
    if (!checkSourcedId(reader, "courses.csv", sourced_id, line, lines)) return;
    const reject = (column: string, reason: string) => {
      reader.rejects.add("courses.csv", line, column, reason);
      result.otherCourses.set(sourced_id, { line, why: "was rejected" });
    };
    if (isDeleted(values, columns)) {
      result.otherCourses.set(sourced_id, { line, why: "is marked tobedeleted" });
      summary.skipped++;
      return;
    }
    const placeholderColumn = catalogExtensionColumns.placeholder;
    const placeholder = cell(values, columns[placeholderColumn]);
    if (placeholder !== "" && placeholder !== "true" && placeholder !== "false") {
      reject(placeholderColumn, `${placeholderColumn} must be true, false or blank (got "${placeholder}")`);
      return;
    }
    const course = {
      code: cell(values, columns.courseCode),
      title: cell(values, columns.title),
      line,
      placeholder: placeholder === "true",
    };
    if (course.placeholder) {
      // Only there because OneRoster gives every class a course: not a catalog entry.
      result.courses.set(sourced_id, course);
      summary.skipped++;
      return;
    }
    const entry = readEntry(reader, values, line, columns, sourced_id);
    if (entry === undefined) {
      result.otherCourses.set(sourced_id, { line, why: "was rejected" });
      return;
    }
    const key = entry.code.toLowerCase();
    const first = codes.get(key);
    if (first !== undefined) {
      reject(
        entry.codeColumn,
        `course code ${entry.code} is also on line ${first} (codes are unique without regard to case)`,
      );
      return;
    }
    codes.set(key, line);
    result.courses.set(sourced_id, course);
    result.entries.push(entry);
  });
  return result;
}

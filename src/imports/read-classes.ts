/**
 * Reads classes.csv: each class becomes a Registrar course, with its code and title (the course's when blank),
 * its Registrar fields from the metadata.registrar.* columns (meetings as the API's JSON), the sourcedId of its
 * course (catalog entry or placeholder) and its termSourcedIds. Checks the API's course rules (CourseCreate and
 * the meeting times) and codes unique within the set; references to terms and catalog entries are the planner's.
 */
import { meetingTimeErrors } from "../courses/course-references.ts";
import { CourseCreate, type MeetingInput } from "../courses/course.schema.ts";
import { storedMeetings } from "../courses/course.service.ts";
import { compileValidator } from "../http/validation.ts";
import { courseExtensionColumns } from "./oneroster.ts";
import type { RosterCatalog } from "./read-catalog.ts";
import {
  cell,
  checkSourcedId,
  isDeleted,
  parseJsonCell,
  parseNumber,
  reportFieldErrors,
  type SetReader,
} from "./read-set.ts";
import type { Unusable } from "./read-users.ts";

/** A course's Registrar-only fields are undefined when the set has no column for them (they are then kept). */
export interface RosterCourse {
  sourced_id: string;
  code: string;
  title: string;
  capacity: number | null | undefined;
  credits: number | null | undefined;
  description: string | null | undefined;
  /** The meetings as stored (JSON text, days in week order); "[]" for a blank cell. */
  meetings: string | undefined;
  /** The courseSourcedId: a catalog entry, or a placeholder course (no catalog entry). */
  course: string;
  /** The termSourcedIds in their order ([] when blank), or undefined without the column. */
  terms: string[] | undefined;
  line: number;
}

const validateCourse = compileValidator(CourseCreate);

export async function readClasses(
  reader: SetReader,
  catalog: RosterCatalog,
): Promise<{ courses: RosterCourse[]; otherClasses: Unusable }> {
  const courses: RosterCourse[] = [];
  const otherClasses: Unusable = new Map();
  const classLines = new Map<string, number>();
  const codes = new Map<string, number>();
  const columnOf = { code: "classCode", title: "title", ...courseExtensionColumns };
  await reader.read(
    "classes.csv",
    ["sourcedId", "title", "courseSourcedId"],
    (values, line, columns, summary) => {
      const sourced_id = cell(values, columns.sourcedId);
      if (!checkSourcedId(reader, "classes.csv", sourced_id, line, classLines)) return;
      const reject = (column: string | null, reason: string) => {
        reader.rejects.add("classes.csv", line, column, reason);
        otherClasses.set(sourced_id, { line, why: "was rejected" });
      };
      if (isDeleted(values, columns)) {
        otherClasses.set(sourced_id, { line, why: "is marked tobedeleted" });
        summary.skipped++;
        return;
      }
      const courseId = cell(values, columns.courseSourcedId);
      if (courseId === "") {
        reject("courseSourcedId", "courseSourcedId is required");
        return;
      }
      const course = catalog.courses.get(courseId);
      const unusable = catalog.otherCourses.get(courseId);
      if (unusable !== undefined) {
        reject(
          "courseSourcedId",
          `courseSourcedId ${courseId} ${unusable.why} (courses.csv line ${unusable.line})`,
        );
        return;
      }
      if (reader.has("courses.csv") && course === undefined) {
        reject("courseSourcedId", `courseSourcedId ${courseId} is not in courses.csv`);
        return;
      }
      const code = cell(values, columns.classCode) || (course?.code ?? "");
      if (code === "") {
        reject("classCode", "classCode is required when the class's course has no courseCode");
        return;
      }
      const fields: Record<string, unknown> = {
        code,
        title: cell(values, columns.title) || (course?.title ?? ""),
      };
      const extensions = [
        ["capacity", true],
        ["credits", false],
      ] as const;
      for (const [field, integer] of extensions) {
        const index = columns[courseExtensionColumns[field]];
        if (index !== undefined) fields[field] = parseNumber(cell(values, index), integer);
      }
      const descriptionIndex = columns[courseExtensionColumns.description];
      if (descriptionIndex !== undefined) fields.description = cell(values, descriptionIndex) || null;
      const meetingsIndex = columns[courseExtensionColumns.meetings];
      if (meetingsIndex !== undefined) {
        const text = cell(values, meetingsIndex);
        const column = courseExtensionColumns.meetings;
        const parsed = text === "" ? { value: [] } : parseJsonCell(reader, "classes.csv", line, column, text);
        if (parsed === undefined) {
          otherClasses.set(sourced_id, { line, why: "was rejected" });
          return;
        }
        fields.meetings = parsed.value;
      }
      const errors = validateCourse(fields);
      if (errors.length === 0 && fields.meetings !== undefined) {
        errors.push(...meetingTimeErrors(fields.meetings as MeetingInput[]));
      }
      if (errors.length > 0) {
        reportFieldErrors(reader, "classes.csv", line, errors, columnOf, fields);
        otherClasses.set(sourced_id, { line, why: "was rejected" });
        return;
      }
      const key = code.trim().toLowerCase();
      const first = codes.get(key);
      if (first !== undefined) {
        reject(
          columns.classCode === undefined ? "courseSourcedId" : "classCode",
          `course code ${code.trim()} is also on line ${first} (codes are unique without regard to case)`,
        );
        return;
      }
      codes.set(key, line);
      const terms = columns.termSourcedIds === undefined ? undefined : cell(values, columns.termSourcedIds);
      courses.push({
        sourced_id,
        code: code.trim(),
        title: String(fields.title).trim(),
        capacity: fields.capacity as number | null | undefined,
        credits: fields.credits as number | null | undefined,
        description: fields.description as string | null | undefined,
        meetings:
          fields.meetings === undefined
            ? undefined
            : JSON.stringify(storedMeetings(fields.meetings as MeetingInput[])),
        course: courseId,
        terms: terms?.split(",").flatMap((id) => (id.trim() === "" ? [] : [id.trim()])),
        line,
      });
    },
  );
  return { courses, otherClasses };
}

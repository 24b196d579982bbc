import { catalogEntryExists } from "../catalog/catalog.service.ts";
import type { Db } from "../db/database.ts";
import { type FieldError, invalidFields } from "../errors.ts";
import { unknownInstructors } from "../instructors/instructor.service.ts";
import { termExists } from "../terms/term.service.ts";
import type { CoursePatch, MeetingInput } from "./course.schema.ts";

/** The rule of meetings that the schema cannot say: each ends after it starts (imports check it too). */
export const meetingTimeErrors = (meetings: MeetingInput[]): FieldError[] =>
  meetings.flatMap(({ starts_at, ends_at }, index) =>
    ends_at <= starts_at ? [{ field: `meetings.${index}.ends_at`, message: "must be after starts_at" }] : [],
  );

/**
 * The rules of a course's fields that the schema cannot say, all checked and reported at once (400 naming each
 * field): every meeting ends after it starts, and the term, catalog entry and instructors it names exist. Those
 * are then kept from deletion until the transaction ends, so the course never refers to a record that is gone.
 */
export async function checkReferences(trx: Db, fields: CoursePatch): Promise<void> {
  const errors = meetingTimeErrors(fields.meetings ?? []);
  const { term_id, catalog_id, instructor_ids = [] } = fields;
  if (typeof term_id === "number" && !(await termExists(trx, term_id))) {
    errors.push({ field: "term_id", message: `term ${term_id} does not exist` });
  }
  if (typeof catalog_id === "number" && !(await catalogEntryExists(trx, catalog_id))) {
    errors.push({ field: "catalog_id", message: `catalog entry ${catalog_id} does not exist` });
  }
  const unknown = new Set(await unknownInstructors(trx, instructor_ids));
  instructor_ids.forEach((id, index) => {
    if (unknown.has(id))
      errors.push({ field: `instructor_ids.${index}`, message: `instructor ${id} does not exist` });
  });
  if (errors.length > 0) throw invalidFields(errors);
}

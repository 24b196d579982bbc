import { Type, type Static } from "typebox";
import {
  Id,
  ListQuery,
  Page,
  PatchObject,
  personFields,
  SourcedId,
  StrictObject,
  Timestamp,
} from "../http/schemas.ts";

export const Instructor = Type.Object(
  {
    id: Id,
    first_name: Type.String(),
    last_name: Type.String(),
    email: Type.String({ format: "email" }),
    sourced_id: SourcedId,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { $id: "Instructor", description: "Someone who teaches courses (a OneRoster user with the role teacher)" },
);
export type Instructor = Static<typeof Instructor>;

export const InstructorCreate = StrictObject(personFields);
export type InstructorCreate = Static<typeof InstructorCreate>;

export const InstructorPatch = PatchObject(personFields);
export type InstructorPatch = Static<typeof InstructorPatch>;

export const instructorSortFields = ["last_name", "first_name", "email", "created_at", "id"] as const;
export const InstructorListQuery = ListQuery(instructorSortFields, "last_name");
export type InstructorListQuery = Static<typeof InstructorListQuery>;

export const InstructorPage = Page(Instructor);

/** An instructor as a student caller sees them: everything but the email (students get names only). */
const { email, ...shownToStudents } = Instructor.properties;
export const InstructorForStudents = Type.Object(shownToStudents);
export const InstructorPageForStudents = Type.Object({
  ...InstructorPage.properties,
  data: Type.Array(InstructorForStudents),
});

/** Fields a student may not search or sort by: what they would reveal is what the answers leave out. */
export const fieldsHiddenFromStudents = new Set(["email", "-email"]);

export const InstructorIdParams = StrictObject({ instructor_id: Id });

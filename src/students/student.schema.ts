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

export const Student = Type.Object(
  {
    id: Id,
    first_name: Type.String(),
    last_name: Type.String(),
    email: Type.String({ format: "email" }),
    sourced_id: SourcedId,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { $id: "Student" },
);
export type Student = Static<typeof Student>;

export const StudentCreate = StrictObject(personFields);
export type StudentCreate = Static<typeof StudentCreate>;

export const StudentPatch = PatchObject(personFields);
export type StudentPatch = Static<typeof StudentPatch>;

export const studentSortFields = ["last_name", "first_name", "email", "created_at", "id"] as const;
export const StudentListQuery = ListQuery(studentSortFields, "last_name");
export type StudentListQuery = Static<typeof StudentListQuery>;

export const StudentPage = Page(Student);

export const StudentIdParams = StrictObject({ student_id: Id });

import { Type, type Static } from "typebox";
import {
  Id,
  ListQuery,
  Page,
  PatchObject,
  SourcedId,
  StrictObject,
  Timestamp,
  TrimmedText,
} from "../http/schemas.ts";

export const Student = Type.Object({
  id: Id,
  first_name: Type.String(),
  last_name: Type.String(),
  email: Type.String({ format: "email" }),
  sourced_id: SourcedId,
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Student = Static<typeof Student>;

const studentFields = {
  first_name: TrimmedText(100, "Given name; stored trimmed"),
  last_name: TrimmedText(100, "Family name; stored trimmed"),
  email: Type.String({
    format: "email",
    maxLength: 254,
    description: "Unique without regard to letter case",
  }),
};

export const StudentCreate = StrictObject(studentFields);
export type StudentCreate = Static<typeof StudentCreate>;

export const StudentPatch = PatchObject(studentFields);
export type StudentPatch = Static<typeof StudentPatch>;

export const studentSortFields = ["last_name", "first_name", "email", "created_at", "id"] as const;
export const StudentListQuery = ListQuery(studentSortFields, "last_name");
export type StudentListQuery = Static<typeof StudentListQuery>;

export const StudentPage = Page(Student);

export const StudentIdParams = StrictObject({ student_id: Id });

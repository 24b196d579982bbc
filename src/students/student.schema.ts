import { Type, type Static } from "typebox";
import {
  Id,
  ListQuery,
  OrNull,
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
    max_credits: Type.Union([Type.Number(), Type.Null()], {
      description: "The student's own credit limit per term; null: the term's max_credits",
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { $id: "Student" },
);
export type Student = Static<typeof Student>;

const studentFields = {
  ...personFields,
  max_credits: Type.Optional(
    OrNull(
      Type.Number({ exclusiveMinimum: 0, maximum: 1000 }),
      "The most credits this student may take in a term (> 0), above or below the term's; null: the term's",
    ),
  ),
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

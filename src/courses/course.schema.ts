import { Type, type Static } from "typebox";
import {
  Id,
  Int32,
  ListQuery,
  Page,
  PatchObject,
  SourcedId,
  StrictObject,
  Text,
  Timestamp,
  TrimmedText,
} from "../http/schemas.ts";

const Description = Type.Union([Text({ maxLength: 10_000 }), Type.Null()], {
  description: "Free text, or null",
});
const Credits = Type.Union([Type.Number({ minimum: 0, maximum: 1000 }), Type.Null()], {
  description: "Credit value (≥ 0), or null",
});
const MAX_CAPACITY = 1_000_000;
const Capacity = Type.Union([Int32({ maximum: MAX_CAPACITY }), Type.Null()], {
  description: "Seats (≥ 0); null means unlimited",
});

export const Course = Type.Object({
  id: Id,
  code: Type.String(),
  title: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  credits: Type.Union([Type.Number(), Type.Null()]),
  capacity: Type.Union([Int32({ maximum: MAX_CAPACITY }), Type.Null()]),
  enrolled_count: Int32({ description: "Students holding a seat" }),
  waitlist_count: Int32({ description: "Students on the waitlist" }),
  sourced_id: SourcedId,
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Course = Static<typeof Course>;

const requiredCourseFields = {
  code: TrimmedText(32, "Course code, unique without regard to letter case; stored trimmed"),
  title: TrimmedText(200, "Course title; stored trimmed"),
};
const optionalCourseFields = {
  description: Type.Optional(Description),
  credits: Type.Optional(Credits),
  capacity: Type.Optional(Capacity),
};

export const CourseCreate = StrictObject({ ...requiredCourseFields, ...optionalCourseFields });
export type CourseCreate = Static<typeof CourseCreate>;

export const CoursePatch = PatchObject({ ...requiredCourseFields, ...optionalCourseFields });
export type CoursePatch = Static<typeof CoursePatch>;

export const courseSortFields = ["code", "title", "created_at", "id"] as const;
export const CourseListQuery = ListQuery(courseSortFields, "code");
export type CourseListQuery = Static<typeof CourseListQuery>;

export const CoursePage = Page(Course);

export const CourseDeleteQuery = StrictObject({
  force: Type.Boolean({ default: false, description: "Also remove enrolled and waitlisted students" }),
});

export const CourseIdParams = StrictObject({ course_id: Id });

import { Type, type Static } from "typebox";
import {
  Id,
  Int32,
  ListQuery,
  OrNull,
  Page,
  PatchObject,
  ref,
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
  description: "Credit value (≥ 0), or null: then the catalog entry's credits are the course's",
});
export const MAX_CAPACITY = 1_000_000;
const Capacity = Type.Union([Int32({ maximum: MAX_CAPACITY }), Type.Null()], {
  description: "Seats (≥ 0); null means unlimited",
});

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

const ClockTime = (description: string) =>
  Type.String({
    pattern: "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$",
    maxLength: 5,
    "x-error-message": "must be a 24-hour time HH:MM",
    description,
  });

export const Meeting = Type.Object(
  {
    days: Type.Array(Type.Enum(weekdays), { description: "In week order, Monday first" }),
    starts_at: Type.String({ description: "HH:MM, 24-hour" }),
    ends_at: Type.String({ description: "HH:MM, 24-hour" }),
    room: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: "Meeting", description: "A weekly meeting: on these days, from starts_at to ends_at, in this room" },
);
export type Meeting = Static<typeof Meeting>;

export const MAX_MEETINGS = 10;
export const MAX_INSTRUCTORS = 20;

export const MeetingInput = StrictObject({
  days: Type.Array(Type.Enum(weekdays), {
    minItems: 1,
    maxItems: 7,
    uniqueItems: true,
    description: "mon … sun, each at most once (answered in week order)",
  }),
  starts_at: ClockTime("Start, HH:MM (24-hour)"),
  ends_at: ClockTime("End, HH:MM (24-hour); after starts_at"),
  room: Type.Optional(OrNull(Text({ maxLength: 64 }), "Where it meets (up to 64 characters), or null")),
});
export type MeetingInput = Static<typeof MeetingInput>;

export const Course = Type.Object(
  {
    id: Id,
    code: Type.String(),
    title: Type.String(),
    description: Type.Union([Type.String(), Type.Null()]),
    credits: Type.Union([Type.Number(), Type.Null()]),
    capacity: Type.Union([Int32({ maximum: MAX_CAPACITY }), Type.Null()]),
    enrolled_count: Int32({ description: "Students holding a seat" }),
    waitlist_count: Int32({ description: "Students on the waitlist" }),
    sourced_id: SourcedId,
    term_id: Type.Union([Id, Type.Null()], {
      description: "The term the course is taught in; null for none",
    }),
    catalog_id: Type.Union([Id, Type.Null()], {
      description: "The catalog entry the course is a section of; null for none",
    }),
    meetings: Type.Array(ref(Meeting)),
    instructor_ids: Type.Array(Id, { description: "Who teaches the course, in the order given" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  {
    $id: "Course",
    description:
      "A course students enroll in: OneRoster's class, a section of a catalog entry. credits is the course's " +
      "own, or when it has none (null), its catalog entry's.",
  },
);
export type Course = Static<typeof Course>;

const requiredCourseFields = {
  code: TrimmedText(32, "Course code, unique without regard to letter case; stored trimmed"),
  title: TrimmedText(200, "Course title; stored trimmed"),
};
const optionalCourseFields = {
  description: Type.Optional(Description),
  credits: Type.Optional(Credits),
  capacity: Type.Optional(Capacity),
  term_id: Type.Optional(OrNull(Id, "An existing term, or null for none")),
  catalog_id: Type.Optional(OrNull(Id, "An existing catalog entry, or null for none")),
  meetings: Type.Optional(
    Type.Array(MeetingInput, { maxItems: MAX_MEETINGS, description: `0 to ${MAX_MEETINGS} weekly meetings` }),
  ),
  instructor_ids: Type.Optional(
    Type.Array(Id, {
      maxItems: MAX_INSTRUCTORS,
      uniqueItems: true,
      description: `Up to ${MAX_INSTRUCTORS} existing instructors, none twice; replaces the list`,
    }),
  ),
};

export const CourseCreate = StrictObject({ ...requiredCourseFields, ...optionalCourseFields });
export type CourseCreate = Static<typeof CourseCreate>;

export const CoursePatch = PatchObject({ ...requiredCourseFields, ...optionalCourseFields });
export type CoursePatch = Static<typeof CoursePatch>;

export const courseSortFields = ["code", "title", "created_at", "id"] as const;
export const CourseListQuery = StrictObject({
  ...ListQuery(courseSortFields, "code").properties,
  term_id: Type.Optional({ ...Id, description: "Only the courses of this term" }),
  catalog_id: Type.Optional({ ...Id, description: "Only the sections of this catalog entry" }),
});
export type CourseListQuery = Static<typeof CourseListQuery>;

export const CoursePage = Page(Course);

export const CourseDeleteQuery = StrictObject({
  force: Type.Boolean({ default: false, description: "Also remove enrolled and waitlisted students" }),
});

export const CourseIdParams = StrictObject({ course_id: Id });

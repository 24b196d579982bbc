import { Type, type Static } from "typebox";
import { Course } from "../courses/course.schema.ts";
import { enrollmentEvents, enrollmentStatuses, type EnrollmentStatus } from "../db/database.ts";
import { Id, Int32, PatchObject, Problem, ref, StrictObject, Text, Timestamp } from "../http/schemas.ts";
import { Student } from "../students/student.schema.ts";

const GRADE_PATTERN = "^(?:[A-D][+-]?|F|P|NP)$";
export const Grade = Type.String({
  pattern: GRADE_PATTERN,
  maxLength: 2,
  "x-error-message": "must be a letter grade A+ … D-, F, or P / NP (pass / no pass)",
  description: "A+, A, A-, B+, … D-, F, or P / NP for pass / no pass",
});

export const Enrollment = Type.Object(
  {
    student_id: Id,
    course_id: Id,
    status: Type.Enum(enrollmentStatuses),
    grade: Type.Union([Type.String(), Type.Null()], { description: "Set when the enrollment is completed" }),
    enrolled_at: Timestamp,
    updated_at: Timestamp,
    waitlist_position: Type.Union([Int32({ minimum: 1 }), Type.Null()], {
      description: "1 for the next student to get a seat; null unless waitlisted",
    }),
  },
  { $id: "Enrollment" },
);
export type Enrollment = Static<typeof Enrollment>;

const Waitlist = Type.Boolean({
  description: "When the course is full, join its waitlist instead of failing with 409 course-full",
});

export const EnrollBody = StrictObject({ student_id: Id, course_id: Id, waitlist: Type.Optional(Waitlist) });
export type EnrollBody = Static<typeof EnrollBody>;

export const MAX_BATCH_ITEMS = 1000;

export const BatchEnrollBody = StrictObject({
  items: Type.Array(EnrollBody, {
    minItems: 1,
    maxItems: MAX_BATCH_ITEMS,
    description: `1 to ${MAX_BATCH_ITEMS} enrollments, each as the body of POST /enroll`,
  }),
});
export type BatchEnrollBody = Static<typeof BatchEnrollBody>;

export const BatchEnrollResults = Type.Object(
  {
    results: Type.Array(
      Type.Union([
        Type.Object({ status: Type.Literal(201), enrollment: ref(Enrollment) }),
        Type.Object({
          status: Int32({
            minimum: 400,
            maximum: 499,
            description: "404 or 409, as POST /enroll would answer",
          }),
          problem: ref(Problem),
        }),
      ]),
      { description: "One result per item, in the order of the items" },
    ),
  },
  { $id: "BatchEnrollResults" },
);

export const StudentEnrollBody = StrictObject({ course_id: Id, waitlist: Type.Optional(Waitlist) });

export const EnrollmentPatch = PatchObject({
  status: Type.Enum(["completed", "enrolled"], {
    description:
      "completed: finish an enrolled course (with a grade); enrolled: restore a dropped enrollment",
  }),
  grade: Type.Union([Grade, Type.Null()]),
  waitlist: Waitlist,
});
export type EnrollmentPatch = Static<typeof EnrollmentPatch>;

const statusChoice = enrollmentStatuses.join("|");
const StatusFilter = Type.String({
  pattern: `^(${statusChoice})(,(${statusChoice}))*$`,
  maxLength: 200,

  "x-error-message": `must be a comma-separated list of: ${enrollmentStatuses.join(", ")}`,
  description: "One status or a comma-separated list",
});

export const StatusQuery = StrictObject({ status: Type.Optional(StatusFilter) });

export const RosterQuery = StrictObject({
  status: Type.Optional(StatusFilter),
  limit: Type.Optional(
    Int32({ minimum: 1, maximum: 500, description: "Page size; without it the whole roster comes back" }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 1024, description: "next_cursor of the previous page" })),
  q: Type.Optional(
    Text({
      maxLength: 200,
      description:
        "Case-insensitive search over the students' first and last names and email; a cursor belongs to its search",
    }),
  ),
});

export const parseStatuses = (
  status: string | undefined,
  defaults: EnrollmentStatus[],
): EnrollmentStatus[] => (status === undefined ? defaults : (status.split(",") as EnrollmentStatus[]));

/** A course of a student's, with the enrollment that joins them. */
export const EnrolledCourse = Type.Intersect([ref(Course), Type.Object({ enrollment: ref(Enrollment) })], {
  $id: "EnrolledCourse",
});

/** A student on a course's roster, with the enrollment that joins them. */
export const EnrolledStudent = Type.Intersect([ref(Student), Type.Object({ enrollment: ref(Enrollment) })], {
  $id: "EnrolledStudent",
});

export const StudentCourses = Type.Object(
  { student: ref(Student), courses: Type.Array(ref(EnrolledCourse)) },
  { $id: "StudentCourses" },
);
export type StudentCourses = Static<typeof StudentCourses>;

export const CourseStudents = Type.Object(
  {
    course: ref(Course),
    students: Type.Array(ref(EnrolledStudent)),
    next_cursor: Type.Union([Type.String(), Type.Null()], {
      description: "With ?limit: pass as ?cursor= for the next page; null on the last page",
    }),
  },
  { $id: "CourseStudents" },
);
export type CourseStudents = Static<typeof CourseStudents>;

export const EventDetail = Type.Object(
  {
    overrides: Type.Optional(
      Type.Array(
        Type.Object({
          id: Id,
          rules: Type.Array(Type.String()),
          reason: Type.String(),
          granted_by: Type.String(),
        }),
        { description: "The overrides that let this change through the registration rules" },
      ),
    ),
    rules: Type.Optional(
      Type.Array(Type.String(), {
        description: "promotion-skipped: the rules the student failed when a seat came",
      }),
    ),
    swap_for: Type.Optional(
      Type.Array(Id, { description: "waitlisted: the courses to be dropped when this seat comes (a swap)" }),
    ),
    swapped_out: Type.Optional(
      Type.Array(Id, { description: "promoted: the courses dropped for this seat" }),
    ),
    swapped_for: Type.Optional({
      ...Id,
      description: "dropped: the course whose seat this drop made room for",
    }),
  },
  { $id: "EventDetail", description: "What else there is to say about an event" },
);
export type EventDetail = Static<typeof EventDetail>;

export const EnrollmentHistory = Type.Object(
  {
    student_id: Id,
    course_id: Id,
    events: Type.Array(
      Type.Object({
        id: Id,
        event: Type.Enum(enrollmentEvents),
        from_status: Type.Union([Type.Enum(enrollmentStatuses), Type.Null()]),
        to_status: Type.Union([Type.Enum(enrollmentStatuses), Type.Null()]),
        from_grade: Type.Union([Type.String(), Type.Null()]),
        to_grade: Type.Union([Type.String(), Type.Null()]),
        actor: Type.String({
          description:
            "Who made the change: the API token's name (ADMIN_TOKEN for the one from the environment, import for imports)",
        }),
        occurred_at: Timestamp,
        detail: Type.Union([ref(EventDetail), Type.Null()]),
      }),
    ),
  },
  { $id: "EnrollmentHistory" },
);

export const StudentCourseParams = StrictObject({ student_id: Id, course_id: Id });

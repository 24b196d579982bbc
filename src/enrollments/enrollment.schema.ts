import { Type, type Static } from "typebox";
import { Course } from "../courses/course.schema.ts";
import { enrollmentStatuses, type EnrollmentStatus } from "../db/database.ts";
import { Id, StrictObject, Timestamp } from "../http/schemas.ts";
import { Student } from "../students/student.schema.ts";

export const Enrollment = Type.Object({
  student_id: Id,
  course_id: Id,
  status: Type.Enum(enrollmentStatuses),
  enrolled_at: Timestamp,
  updated_at: Timestamp,
  waitlist_position: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
    description: "1 for the next student to get a seat; null unless waitlisted",
  }),
});
export type Enrollment = Static<typeof Enrollment>;

const Waitlist = Type.Boolean({
  description: "When the course is full, join its waitlist instead of failing with 409 course-full",
});

export const EnrollBody = StrictObject({ student_id: Id, course_id: Id, waitlist: Type.Optional(Waitlist) });
export type EnrollBody = Static<typeof EnrollBody>;

export const StudentEnrollBody = StrictObject({ course_id: Id, waitlist: Type.Optional(Waitlist) });

const statusChoice = enrollmentStatuses.join("|");
export const StatusQuery = StrictObject({
  status: Type.Optional(
    Type.String({
      pattern: `^(${statusChoice})(,(${statusChoice}))*$`,
      "x-error-message": `must be a comma-separated list of: ${enrollmentStatuses.join(", ")}`,
      description: "One status or a comma-separated list",
    }),
  ),
});

export const parseStatuses = (
  status: string | undefined,
  defaults: EnrollmentStatus[],
): EnrollmentStatus[] => (status === undefined ? defaults : (status.split(",") as EnrollmentStatus[]));

export const StudentCourses = Type.Object({
  student: Student,
  courses: Type.Array(Type.Object({ ...Course.properties, enrollment: Enrollment })),
});
export type StudentCourses = Static<typeof StudentCourses>;

export const CourseStudents = Type.Object({
  course: Course,
  students: Type.Array(Type.Object({ ...Student.properties, enrollment: Enrollment })),
});
export type CourseStudents = Static<typeof CourseStudents>;

export const StudentCourseParams = StrictObject({ student_id: Id, course_id: Id });

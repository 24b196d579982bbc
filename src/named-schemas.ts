/**
 * Every schema the OpenAPI document names (components.schemas), registered with the app so that the `$ref`s of
 * route schemas resolve for validation, serialization and the document alike. A schema referenced with ref()
 * must be listed here.
 */
import { CreatedToken, Principal, SessionState, Token, TokenList } from "./auth/auth.schema.ts";
import { CatalogEntry, CatalogPage } from "./catalog/catalog.schema.ts";
import { Course, CoursePage, Meeting } from "./courses/course.schema.ts";
import {
  BatchEnrollResults,
  CourseStudents,
  EnrolledCourse,
  EnrolledStudent,
  Enrollment,
  EnrollmentHistory,
  EventDetail,
  StudentCourses,
} from "./enrollments/enrollment.schema.ts";
import { Problem } from "./http/schemas.ts";
import { FileSummary, ImportJob, ImportReport, Progress, Reject } from "./imports/import.schema.ts";
import { Instructor, InstructorPage } from "./instructors/instructor.schema.ts";
import {
  Hold,
  HoldList,
  Override,
  OverrideList,
  RegistrationDryRun,
  RegistrationResult,
  Violation,
} from "./registration/registration.schema.ts";
import { CreatedOAuthClient, OAuthClient, OAuthClientList } from "./oneroster-rest/oauth.schema.ts";
import { RemovedSection, SeatCount } from "./seats/seats.schema.ts";
import { Student, StudentPage } from "./students/student.schema.ts";
import { Term, TermPage } from "./terms/term.schema.ts";

export const namedSchemas = [
  Problem,
  SeatCount,
  RemovedSection,
  OAuthClient,
  OAuthClientList,
  CreatedOAuthClient,
  Violation,
  Student,
  StudentPage,
  Meeting,
  Course,
  CoursePage,
  Term,
  TermPage,
  CatalogEntry,
  CatalogPage,
  Instructor,
  InstructorPage,
  Enrollment,
  EnrolledCourse,
  EnrolledStudent,
  StudentCourses,
  CourseStudents,
  EventDetail,
  EnrollmentHistory,
  BatchEnrollResults,
  FileSummary,
  Reject,
  Progress,
  ImportReport,
  ImportJob,
  Token,
  TokenList,
  CreatedToken,
  Principal,
  SessionState,
  Hold,
  HoldList,
  Override,
  OverrideList,
  RegistrationResult,
  RegistrationDryRun,
];

import type { Generated, Kysely } from "kysely";

export interface StudentTable {
  id: Generated<number>;
  first_name: string;
  last_name: string;
  email: string;
  /** The OneRoster sourcedId of the user this student was imported from; null for students made here. */
  sourced_id: string | null;
  /** The student's own credit limit per term; null: the term's. */
  max_credits: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

export interface CourseTable {
  id: Generated<number>;
  code: string;
  title: string;
  description: string | null;
  credits: number | null;
  capacity: number | null;
  /** Kept by database triggers: the number of enrolled and of waitlisted enrollments. */
  enrolled_count: Generated<number>;
  waitlist_count: Generated<number>;
  /** The OneRoster sourcedId of the class this course was imported from; null for courses made here. */
  sourced_id: string | null;
  /** The term the course (a section) is taught in, and the catalog entry it is a section of; null for none. */
  term_id: number | null;
  catalog_id: number | null;
  /** JSON: the weekly meetings, a list of { days, starts_at, ends_at, room } (see course.schema.ts). */
  meetings: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** An academic term; dates are YYYY-MM-DD, registration bounds RFC 3339 timestamps (null: no bound). */
export interface TermTable {
  id: Generated<number>;
  code: string;
  name: string;
  starts_on: string;
  ends_on: string;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  add_drop_ends_on: string | null;
  max_credits: number | null;
  sourced_id: string | null;
  created_at: string;
  updated_at: string;
}

/** What courses are sections of (OneRoster's course). */
export interface CatalogTable {
  id: Generated<number>;
  code: string;
  title: string;
  description: string | null;
  credits: number | null;
  sourced_id: string | null;
  created_at: string;
  updated_at: string;
}

/** One item of a catalog entry's prerequisites: group `group_number` is met by any one of its items. */
export interface CatalogPrerequisiteTable {
  catalog_id: number;
  group_number: number;
  position: number;
  required_id: number;
  min_grade: string | null;
  /** 1 when the item may also be taken in the same term (a corequisite), else 0. */
  concurrent: Generated<number>;
}

export interface InstructorTable {
  id: Generated<number>;
  first_name: string;
  last_name: string;
  email: string;
  sourced_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Who teaches a course, in the order the course lists them. */
export interface CourseInstructorTable {
  course_id: number;
  instructor_id: number;
  position: number;
}

export const enrollmentStatuses = ["enrolled", "waitlisted", "dropped", "completed"] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

/** The junction table behind a student's courses and a course's students. */
export interface StudentCourseTable {
  student_id: number;
  course_id: number;
  status: EnrollmentStatus;
  enrolled_at: string;
  updated_at: string;
  /** Increases with every arrival on a course's waitlist; null unless waitlisted. */
  waitlist_order: number | null;
  grade: string | null;
  /** JSON: the course ids to drop when this waitlisted enrollment gets its seat (a swap); null for none. */
  swap_for: Generated<string | null>;
}

export const enrollmentEvents = [
  "enrolled",
  "waitlisted",
  "promoted",
  "dropped",
  "re-enrolled",
  "restored",
  "completed",
  "grade-changed",
  "deleted-with-student",
  "deleted-with-course",
  "promotion-skipped",
] as const;
export type EnrollmentEvent = (typeof enrollmentEvents)[number];

/** Append-only: one row per change of an enrollment, written in the transaction that made the change. */
export interface EnrollmentEventTable {
  id: Generated<number>;
  student_id: number;
  course_id: number;
  event: EnrollmentEvent;
  from_status: EnrollmentStatus | null;
  to_status: EnrollmentStatus | null;
  from_grade: string | null;
  to_grade: string | null;
  actor: string;
  occurred_at: string;
  /** JSON: overrides that let the change through, rules that passed a waitlisted student over, a swap. */
  detail: Generated<string | null>;
}

/** A hold stops a student's registration until it is released; released holds are kept. */
export interface HoldTable {
  id: Generated<number>;
  student_id: number;
  reason: string;
  created_at: string;
  created_by: string;
  released_at: string | null;
  released_by: string | null;
}

/** Lets the named rules through for one student's enrollment in one course, until revoked (kept after). */
export interface OverrideTable {
  id: Generated<number>;
  student_id: number;
  course_id: number;
  /** JSON: a list of rule names. */
  rules: string;
  reason: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** A stored response to a POST or PATCH sent with an Idempotency-Key header. */
export interface IdempotencyKeyTable {
  /** The token that sent the key: keys of different tokens never meet. */
  token_name: string;
  key: string;
  method: string;
  path: string;
  fingerprint: string;
  /** Null while the first request with this key is still running. */
  status: number | null;
  body: string | null;
  created_at: string;
}

export const importJobStatuses = ["queued", "running", "succeeded", "failed"] as const;
export type ImportJobStatus = (typeof importJobStatuses)[number];

/** An import started over HTTP. progress and report are JSON text; dry_run and skip_invalid are 0 or 1. */
export interface ImportJobTable {
  id: Generated<number>;
  status: ImportJobStatus;
  dry_run: number;
  skip_invalid: number;
  size_bytes: number;
  progress: string | null;
  report: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

export const roles = ["admin", "registrar", "viewer", "student"] as const;
export type Role = (typeof roles)[number];
/** The roles of staff: everyone but a student, who is bound to one student record. */
export type StaffRole = Exclude<Role, "student">;

/** An API token, by the SHA-256 hash of its secret. Revoked tokens keep their row (their name is in history). */
export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  role: Role;
  token_hash: string;
  /** The student a student token acts as (and only as); null for every other role. */
  student_id: number | null;
  created_at: string;
  revoked_at: string | null;
}

/** A web UI sign-in, by the SHA-256 hash of the cookie's session id. */
export interface SessionTable {
  id_hash: string;
  /**
   * The token the session was opened with. Null for one opened with the ADMIN_TOKEN from the environment
   * (role null too), or for one opened without a token (role set: a student or staff member signed in some
   * other way, such as OpenID Connect).
   */
  token_id: number | null;
  /** Who a session without a token is: the role, and the student (role student) or the name (staff). */
  role: Role | null;
  name: string | null;
  student_id: number | null;
  created_at: string;
  expires_at: string;
}

/** An OAuth 2.0 client of the OneRoster provider; only the secret's SHA-256 hash is kept. */
export interface OAuthClientTable {
  id: Generated<number>;
  client_id: string;
  name: string;
  secret_hash: string;
  /** Space-separated scope URIs. */
  scopes: string;
  created_at: string;
  revoked_at: string | null;
}

/** An access token issued by the token endpoint (its SHA-256 hash), with the scopes granted and its expiry. */
export interface OAuthTokenTable {
  token_hash: string;
  client_row_id: number;
  scopes: string;
  expires_at: string;
}

/** A OneRoster record that left, written by triggers (see the oneroster_tombstones migration). */
export interface OneRosterTombstoneTable {
  id: Generated<number>;
  kind: string;
  record_id: number;
  record_sourced_id: string | null;
  course_id: number | null;
  deleted_at: string;
}

export interface Database {
  students: StudentTable;
  courses: CourseTable;
  terms: TermTable;
  catalog: CatalogTable;
  catalog_prerequisites: CatalogPrerequisiteTable;
  instructors: InstructorTable;
  course_instructors: CourseInstructorTable;
  student_courses: StudentCourseTable;
  enrollment_events: EnrollmentEventTable;
  holds: HoldTable;
  overrides: OverrideTable;
  idempotency_keys: IdempotencyKeyTable;
  import_jobs: ImportJobTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  oauth_clients: OAuthClientTable;
  oauth_tokens: OAuthTokenTable;
  oneroster_tombstones: OneRosterTombstoneTable;
}

/** A database handle or an open transaction: repositories accept either, so transactions pass through. */
export type Db = Kysely<Database>;

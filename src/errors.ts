/** Domain errors: services throw these; src/http/problem.ts turns each kind into a problem+json response. */
export type ErrorKind =
  | "validation"
  | "not-found"
  | "student-not-found"
  | "course-not-found"
  | "email-taken"
  | "code-taken"
  | "capacity-below-enrollment"
  | "enrollment-not-found"
  | "already-enrolled"
  | "already-completed"
  | "course-full"
  | "course-has-enrollments"
  | "invalid-transition"
  | "idempotency-key-reused"
  | "idempotency-key-in-use"
  | "import-not-found"
  | "invalid-zip"
  | "unsafe-zip"
  | "not-oneroster"
  | "unauthorized"
  | "forbidden"
  | "cross-site-request"
  | "token-not-found"
  | "token-name-taken"
  | "term-not-found"
  | "term-code-taken"
  | "term-has-courses"
  | "catalog-not-found"
  | "catalog-code-taken"
  | "catalog-has-courses"
  | "catalog-is-required"
  | "prerequisite-cycle"
  | "instructor-not-found"
  | "registration-blocked"
  | "hold-not-found"
  | "override-not-found"
  | "oauth-client-not-found"
  | "oauth-client-name-taken"
  | "too-many-streams";

export interface FieldError {
  field: string;
  message: string;
}

/** One registration rule an enrollment would break (see src/registration/judge.ts). */
export interface RuleViolation {
  rule: string;
  course_id: number;
  detail: string;
}

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly errors: FieldError[] | undefined;
  readonly violations: RuleViolation[] | undefined;

  constructor(kind: ErrorKind, detail: string, errors?: FieldError[], violations?: RuleViolation[]) {
    super(detail);
    this.name = "DomainError";
    this.kind = kind;
    this.errors = errors;
    this.violations = violations;
  }
}

export const studentNotFound = (id: number): DomainError =>
  new DomainError("student-not-found", `Student ${id} does not exist`);

export const courseNotFound = (id: number): DomainError =>
  new DomainError("course-not-found", `Course ${id} does not exist`);

export const termNotFound = (id: number): DomainError =>
  new DomainError("term-not-found", `Term ${id} does not exist`);

export const catalogNotFound = (id: number): DomainError =>
  new DomainError("catalog-not-found", `Catalog entry ${id} does not exist`);

export const instructorNotFound = (id: number): DomainError =>
  new DomainError("instructor-not-found", `Instructor ${id} does not exist`);

/** A 400 naming every field that is wrong and why. */
export const invalidFields = (errors: FieldError[]): DomainError =>
  new DomainError(
    "validation",
    `The request is invalid: ${errors.map(({ field, message }) => `${field} ${message}`).join("; ")}`,
    errors,
  );

export const invalidField = (field: string, message: string): DomainError =>
  invalidFields([{ field, message }]);

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
  | "token-name-taken";

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly errors: FieldError[] | undefined;

  constructor(kind: ErrorKind, detail: string, errors?: FieldError[]) {
    super(detail);
    this.name = "DomainError";
    this.kind = kind;
    this.errors = errors;
  }
}

export const studentNotFound = (id: number): DomainError =>
  new DomainError("student-not-found", `Student ${id} does not exist`);

export const courseNotFound = (id: number): DomainError =>
  new DomainError("course-not-found", `Course ${id} does not exist`);

export const invalidField = (field: string, message: string): DomainError =>
  new DomainError("validation", `The request is invalid: ${field} ${message}`, [{ field, message }]);

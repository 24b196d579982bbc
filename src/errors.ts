/** Domain errors: services throw these; src/http/problem.ts turns each kind into a problem+json response. */
export type ErrorKind =
  | "validation"
  | "not-found"
  | "student-not-found"
  | "course-not-found"
  | "email-taken"
  | "code-taken"
  | "capacity-below-enrollment";

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

export const invalidField = (field: string, message: string): DomainError =>
  new DomainError("validation", `The request is invalid: ${field} ${message}`, [{ field, message }]);

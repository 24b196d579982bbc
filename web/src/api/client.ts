import createClient from "openapi-fetch";
import type { components, paths } from "./schema.d.ts";

/** The typed API client: paths, parameters and bodies come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: "" });

type Schemas = components["schemas"];

export type Student = Schemas["Student"];
export type StudentCourse = Schemas["EnrolledCourse"];
export type Course = Schemas["Course"];
export type Meeting = Schemas["Meeting"];
export type Weekday = Meeting["days"][number];
export type Term = Schemas["Term"];
export type CatalogEntry = Schemas["CatalogEntry"];
export type PrerequisiteItem = CatalogEntry["prerequisites"][number][number];
export type Instructor = Schemas["Instructor"];
export type RosterEntry = Schemas["EnrolledStudent"];
export type Enrollment = Schemas["Enrollment"];
export type EnrollmentStatus = Enrollment["status"];
export type Problem = Schemas["Problem"];
export type Principal = Schemas["Principal"];
export type Hold = Schemas["Hold"];
export type Override = Schemas["Override"];
export type OverridableRule = Override["rules"][number];
export type Violation = Schemas["Violation"];
export type Rule = Violation["rule"];
export type EnrollmentEvent = Schemas["EnrollmentHistory"]["events"][number];
/** An answer from the API that is not a success, carrying its problem+json body. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem kind, e.g. "course-full" for type /problems/course-full. */
  is(kind: string): boolean {
    return this.problem.type === `/problems/${kind}`;
  }

  /** What to tell the user: the problem's detail, or for a role that may not do this, what to do about it. */
  get userMessage(): string {
    return this.is("forbidden")
      ? "Your role may not make this change. Ask an administrator for a token with the registrar role."
      : this.problem.detail;
  }

  /**
   * Field errors by field name, for showing each next to its form control. A field may have several (a
   * nullable number that is out of range also "must be null"); the first is the one that says what is wrong.
   */
  get fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) errors[field] ??= message;
    return errors;
  }
}

const isProblem = (body: unknown): body is Problem =>
  typeof body === "object" && body !== null && "type" in body && "status" in body && "detail" in body;

/** Resolves with an API call's data, or rejects with an ApiError built from its problem+json body. */
export async function unwrap<Data>(
  call: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  const { data, error, response } = await call;
  if (response.ok) return data as Data;
  throw new ApiError(
    isProblem(error)
      ? error
      : {
          type: "about:blank",
          title: response.statusText || "Request failed",
          status: response.status,
          detail: `The server answered ${response.status} ${response.statusText}`.trim(),
          instance: new URL(response.url, window.location.href).pathname,
        },
  );
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isDatabaseUnavailable } from "../db/dialect.ts";
import { DomainError, type ErrorKind, type FieldError, type RuleViolation } from "../errors.ts";
import { toFieldError, type AjvError } from "./validation.ts";

const domainProblems: Record<ErrorKind, { status: number; title: string }> = {
  validation: { status: 400, title: "Invalid request" },
  "not-found": { status: 404, title: "Not found" },
  "student-not-found": { status: 404, title: "Student not found" },
  "course-not-found": { status: 404, title: "Course not found" },
  "email-taken": { status: 409, title: "Email already taken" },
  "code-taken": { status: 409, title: "Course code already taken" },
  "capacity-below-enrollment": { status: 409, title: "Capacity below current enrollment" },
  "enrollment-not-found": { status: 404, title: "Enrollment not found" },
  "already-enrolled": { status: 409, title: "Already enrolled" },
  "already-completed": { status: 409, title: "Enrollment already completed" },
  "course-full": { status: 409, title: "Course full" },
  "course-has-enrollments": { status: 409, title: "Course has enrollments" },
  "invalid-transition": { status: 409, title: "Invalid enrollment transition" },
  "idempotency-key-reused": { status: 422, title: "Idempotency key reused with a different request" },
  "idempotency-key-in-use": { status: 409, title: "A request with this idempotency key is still running" },
  "import-not-found": { status: 404, title: "Import not found" },
  "invalid-zip": { status: 400, title: "Not a readable zip file" },
  "unsafe-zip": { status: 422, title: "Zip file refused" },
  "not-oneroster": { status: 422, title: "Not a OneRoster CSV set" },
  unauthorized: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Not allowed for this token's role" },
  "cross-site-request": { status: 403, title: "Cross-site request refused" },
  "token-not-found": { status: 404, title: "Token not found" },
  "token-name-taken": { status: 409, title: "Token name already taken" },
  "term-not-found": { status: 404, title: "Term not found" },
  "term-code-taken": { status: 409, title: "Term code already taken" },
  "term-has-courses": { status: 409, title: "Term has courses" },
  "catalog-not-found": { status: 404, title: "Catalog entry not found" },
  "catalog-code-taken": { status: 409, title: "Catalog code already taken" },
  "catalog-has-courses": { status: 409, title: "Catalog entry has courses" },
  "catalog-is-required": { status: 409, title: "Catalog entry is a prerequisite" },
  "prerequisite-cycle": { status: 400, title: "Prerequisites would form a cycle" },
  "instructor-not-found": { status: 404, title: "Instructor not found" },
  "registration-blocked": { status: 409, title: "Registration blocked by the rules" },
  "hold-not-found": { status: 404, title: "Hold not found" },
  "override-not-found": { status: 404, title: "Override not found" },
  "oauth-client-not-found": { status: 404, title: "OAuth client not found" },
  "oauth-client-name-taken": { status: 409, title: "OAuth client name already taken" },
  "too-many-streams": { status: 503, title: "Too many live streams" },
};

/** Problems raised by the HTTP layer itself rather than by a service. */
const protocolProblems: Record<number, { kind: string; title: string }> = {
  400: { kind: "malformed-request", title: "Malformed request" },
  404: { kind: "not-found", title: "Not found" },
  405: { kind: "method-not-allowed", title: "Method not allowed" },
  413: { kind: "payload-too-large", title: "Payload too large" },
  415: { kind: "unsupported-media-type", title: "Unsupported media type" },
  429: { kind: "rate-limited", title: "Too many requests" },
  500: { kind: "internal", title: "Internal server error" },
  503: { kind: "database-unavailable", title: "Service unavailable" },
};

export const problemType = (kind: string): string => `/problems/${kind}`;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: FieldError[];
  violations?: RuleViolation[];
}

function sendProblem(reply: FastifyReply, problem: ProblemBody): FastifyReply {
  return reply.code(problem.status).type("application/problem+json; charset=utf-8").send(problem);
}

const contextLabels: Record<string, string> = {
  body: "request body",
  querystring: "query string",
  params: "path",
  headers: "headers",
};

function validationProblem(error: FastifyError, request: FastifyRequest): ProblemBody {
  const context = error.validationContext ?? "body";
  const errors = (error.validation as AjvError[]).map((each) => toFieldError(each, context));
  const label = contextLabels[context] ?? context;
  return {
    type: problemType("validation"),
    title: domainProblems.validation.title,
    status: 400,
    detail: `Invalid ${label}: ${errors.map(({ field, message }) => `${field} ${message}`).join("; ")}`,
    instance: request.url,
    errors,
  };
}

/** The problem a domain error is answered with; `instance` names what it is about (usually the request URL). */
export function problemOf(error: DomainError, instance: string): ProblemBody {
  const { status, title } = domainProblems[error.kind];
  return {
    type: problemType(error.kind),
    title,
    status,
    detail: error.message,
    instance,
    ...(error.errors && { errors: error.errors }),
    ...(error.violations && { violations: error.violations }),
  };
}

function protocolProblem(status: number, detail: string, request: FastifyRequest): ProblemBody {
  const { kind, title } = protocolProblems[status] ?? { kind: `http-${status}`, title: "Request failed" };
  return { type: problemType(kind), title, status, detail, instance: request.url };
}

/** Answers 503 when the database is out of reach (readiness checks and the error handler share it). */
export function sendUnavailable(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    reply.header("retry-after", "5"),
    protocolProblem(503, "The database is not reachable right now; retry shortly.", request),
  );
}

const frameworkDetails: Record<string, string> = {
  FST_ERR_BAD_URL: "The URL is not valid percent-encoded UTF-8",
  FST_ERR_MAX_PARAM_LENGTH: "A path segment is too long to be an id or a name",
};

/**
 * Fastify's `frameworkErrors`: a URL the router cannot decode, or a path segment over its length limit, is
 * rejected before routing and never reaches the error handler. Both are a malformed path, so 400 like any other
 * bad id (Fastify's own answer would be plain JSON, and 414 for the long segment).
 */
export function sendFrameworkProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const detail = frameworkDetails[error.code] ?? "The request could not be routed";
  void sendProblem(reply, protocolProblem(400, detail, request));
}

/** One error handler for the whole app: every error leaves as problem+json, and a 5xx never shows internals. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) return sendProblem(reply, problemOf(error, request.url));
    if (error.validation) return sendProblem(reply, validationProblem(error, request));
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, "database unavailable");
      return sendUnavailable(request, reply);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return sendProblem(reply, protocolProblem(status, error.message, request));
    request.log.error({ err: error }, "request failed");
    return sendProblem(
      reply,
      protocolProblem(500, "An unexpected error occurred; it has been logged.", request),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, protocolProblem(404, `No route for ${request.method} ${request.url}`, request)),
  );
}

import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import type { TSchema } from "typebox";
import { documentResponseHeaders } from "./documented-headers.ts";

const description =
  "Students, courses and enrollments, and the academic calendar they live in: terms, the catalog that " +
  "courses are sections of, and instructors. Errors are application/problem+json (RFC 9457). " +
  "Unknown body fields are rejected; ids are positive integers. Every POST and PATCH takes an " +
  "optional Idempotency-Key header (1–255 visible ASCII characters): a retry with the same key and " +
  "body gets the first response again (with Idempotent-Replayed: true) and changes nothing; the same " +
  "key with another body is 422, and while the first request runs 409. Keys expire after 24 hours.";

const tags = [
  { name: "students", description: "Students" },
  { name: "courses", description: "Courses: the sections students enroll in" },
  { name: "terms", description: "Academic terms: dates, registration window, credit limit" },
  { name: "catalog", description: "The catalog: what courses are sections of, with prerequisites" },
  { name: "instructors", description: "Instructors, and through courses' instructor_ids, who teaches what" },
  { name: "enrollments", description: "Students in courses: enrollment, waitlists and drops" },
  {
    name: "registration",
    description: "The registration rules: holds, overrides, and adding and dropping in one step",
  },
  { name: "imports", description: "OneRoster CSV imports, run as background jobs" },
  { name: "tokens", description: "API tokens (admins only)" },
  { name: "oauth-clients", description: "OAuth 2.0 clients of the OneRoster provider (admins only)" },
  { name: "session", description: "Signing in to the web UI with a token" },
  { name: "health", description: "Liveness and readiness" },
];

/**
 * Registers the named schemas (each one's `$id` is its name under components.schemas) and @fastify/swagger,
 * which builds the OpenAPI 3.1 document from the route schemas that also validate requests and serialize
 * answers. A `$ref` stays a reference to the component of that name instead of being inlined.
 */
export async function registerOpenApi(app: FastifyInstance, namedSchemas: readonly TSchema[]): Promise<void> {
  for (const schema of namedSchemas) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Registrar API", version: "1.1.0", description },
      tags,
      // Everything needs a token or the UI's session unless a route says `security: []`.
      components: {
        securitySchemes: {
          bearerAuth: { type: "http", scheme: "bearer", description: "An API token" },
          sessionCookie: {
            type: "apiKey",
            in: "cookie",
            name: "registrar_session",
            description: "The web UI's session",
          },
        },
      },
      security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === "string" ? json.$id : `def-${index}`,
    },
    transform: ({ schema, url }) => ({ schema: documentResponseHeaders(schema, url), url }),
  });
}

import SQLite from "better-sqlite3";
import { buildApp } from "../../src/app.ts";
import { createSqliteDb } from "../../src/db/dialect.ts";

/** A JSON Schema as the OpenAPI document carries it; the fuzzer reads only the keywords it knows. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

export interface Parameter {
  name: string;
  schema: JsonSchema;
  /** Required and without a default: leaving it out is an error. */
  required: boolean;
}

export interface Route {
  method: string;
  /** The OpenAPI path template, e.g. /api/v1/students/{student_id}. */
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  headers: Parameter[];
  body: { contentType: string; schema: JsonSchema } | undefined;
}

interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

/**
 * Every documented route, read from the OpenAPI document the app generates from the schemas that validate its
 * requests, so that a new route is fuzzed without touching the fuzzer. The app is built only to be described:
 * it never answers a request and its database is never queried.
 */
export async function discoverRoutes(): Promise<Route[]> {
  const app = await buildApp({ db: createSqliteDb(new SQLite(":memory:")), webRoot: null });
  try {
    await app.ready();
    const document = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
    return Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => {
        const parameters = (where: OpenApiParameter["in"]): Parameter[] =>
          (operation.parameters ?? [])
            .filter((parameter) => parameter.in === where)
            .map(({ name, schema, required }) => ({
              name,
              schema,
              required: required === true && schema.default === undefined,
            }));
        const [contentType, content] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
        return {
          method: method.toUpperCase(),
          path,
          pathParams: parameters("path"),
          query: parameters("query"),
          headers: parameters("header"),
          body: contentType === undefined ? undefined : { contentType, schema: content?.schema ?? {} },
        };
      }),
    );
  } finally {
    await app.close();
  }
}

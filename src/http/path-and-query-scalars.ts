import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";

/**
 * Path and query values arrive as strings. Type coercion is off (so "5" in a JSON body is a 400), and Ajv's
 * coercion would accept "1e3", "05" or "0x10" as integers anyway. Instead, before validation, an integer
 * field written as plain decimal digits becomes a number and a boolean field written "true" or "false"
 * becomes a boolean; anything else stays a string and fails validation with a 400.
 */
const PLAIN_INTEGER = /^-?(?:0|[1-9][0-9]{0,15})$/;

const parsers: Record<string, (text: string) => unknown> = {
  integer: (text) => (PLAIN_INTEGER.test(text) ? Number(text) : text),
  boolean: (text) => (text === "true" ? true : text === "false" ? false : text),
};

type FieldParsers = [name: string, parse: (text: string) => unknown][];

function fieldParsers(schema: unknown): FieldParsers {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties;
  return Object.entries(properties ?? {}).flatMap(([name, property]) => {
    const parse = typeof property.type === "string" ? parsers[property.type] : undefined;
    return parse ? [[name, parse] as const] : [];
  });
}

function parseFields(values: unknown, fields: FieldParsers): void {
  const record = values as Record<string, unknown>;
  for (const [name, parse] of fields) {
    const value = record[name];
    if (typeof value === "string") record[name] = parse(value);
  }
}

export function registerPathAndQueryScalars(app: FastifyInstance): void {
  app.addHook("onRoute", (route: RouteOptions) => {
    const paramFields = fieldParsers(route.schema?.params);
    const queryFields = fieldParsers(route.schema?.querystring);
    if (paramFields.length === 0 && queryFields.length === 0) return;
    const parseScalars = (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
      parseFields(request.params, paramFields);
      parseFields(request.query, queryFields);
      done();
    };
    const existing = route.preValidation ?? [];
    route.preValidation = [...(Array.isArray(existing) ? existing : [existing]), parseScalars];
  });
}

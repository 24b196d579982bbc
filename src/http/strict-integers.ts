import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";

/**
 * Path and query values arrive as strings. Type coercion is off (so "5" in a JSON body is a 400), and Ajv's
 * coercion would accept "1e3", "05" or "0x10" anyway. Instead, before validation, an integer field that is
 * written as plain decimal digits becomes a number; anything else stays a string and fails validation.
 */
const PLAIN_INTEGER = /^-?(?:0|[1-9][0-9]{0,15})$/;

function integerFields(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties;
  if (!properties) return [];
  return Object.entries(properties)
    .filter(([, property]) => property.type === "integer")
    .map(([name]) => name);
}

function convert(values: unknown, names: string[]): void {
  const record = values as Record<string, unknown>;
  for (const name of names) {
    const value = record[name];
    if (typeof value === "string" && PLAIN_INTEGER.test(value)) record[name] = Number(value);
  }
}

export function registerStrictIntegers(app: FastifyInstance): void {
  app.addHook("onRoute", (route: RouteOptions) => {
    const paramNames = integerFields(route.schema?.params);
    const queryNames = integerFields(route.schema?.querystring);
    if (paramNames.length === 0 && queryNames.length === 0) return;
    const parseIntegers = async (request: FastifyRequest) => {
      convert(request.params, paramNames);
      convert(request.query, queryNames);
    };
    const existing = route.preValidation ?? [];
    route.preValidation = [...(Array.isArray(existing) ? existing : [existing]), parseIntegers];
  });
}

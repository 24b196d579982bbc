import AjvCompiler from "@fastify/ajv-compiler";
import type { TSchema } from "typebox";
import type { FieldError } from "../errors.ts";

/**
 * The request validator's settings: Fastify's own Ajv compiler is built with these (src/app.ts), and
 * compileValidator builds another from the same compiler and settings, so rows that arrive some other way (an
 * import) pass exactly the rules that a request body does.
 */
export const ajvOptions = {
  customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true, verbose: true },
  plugins: [(ajv: AjvCompiler.Ajv) => ajv.addKeyword("x-error-message")],
} as const;

export interface AjvError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
  parentSchema?: Record<string, unknown>;
}

/** A validator for one schema: the field errors of a value, or an empty list when it is valid. */
export function compileValidator(schema: TSchema): (value: unknown) => FieldError[] {
  const build = AjvCompiler()(
    {},
    { customOptions: { ...ajvOptions.customOptions }, plugins: [...ajvOptions.plugins] },
  );
  // Fastify calls the compiler with a route definition ({ schema, method, url, httpPart }); its typings say
  // a bare schema, but the implementation reads the definition.
  const validate = build({ schema });
  return (value) => {
    if (validate(value)) return [];
    return ((validate.errors ?? []) as AjvError[]).map((error) => toFieldError(error, "body"));
  };
}

/** One Ajv error as the field and message that a problem's errors[] (or an import reject) shows. */
export function toFieldError(error: AjvError, context: string): FieldError {
  const path = error.instancePath.split("/").filter(Boolean);
  switch (error.keyword) {
    case "required":
      return { field: [...path, String(error.params.missingProperty)].join("."), message: "is required" };
    case "additionalProperties":
      return {
        field: [...path, String(error.params.additionalProperty)].join("."),
        message: "is not allowed",
      };
    case "enum":
      return {
        field: path.join(".") || context,
        message: `must be one of: ${(error.params.allowedValues as unknown[]).join(", ")}`,
      };
    case "minProperties":
      return { field: path.join(".") || context, message: "must contain at least one field to change" };
    case "uniqueItems":
      return { field: path.join(".") || context, message: "must not list the same value twice" };
    case "format":
      return { field: path.join(".") || context, message: `must be a valid ${String(error.params.format)}` };
    case "pattern": {
      const custom = error.parentSchema?.["x-error-message"];
      return {
        field: path.join("."),
        message: typeof custom === "string" ? custom : "has an invalid format",
      };
    }
    default:
      return { field: path.join(".") || context, message: error.message ?? "is invalid" };
  }
}

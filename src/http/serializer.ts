import { createHash } from "node:crypto";
import SerializerSelector from "@fastify/fast-json-stringify-compiler";

type Factory = SerializerSelector.SerializerFactory;
type Serializer = SerializerSelector.Serializer;

const compilerFor = SerializerSelector();

/** Compiled serializers by the named schemas they were compiled with, then by the route schema. */
const compiled = new Map<string, Map<string, Serializer>>();

const fingerprint = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64");

/**
 * Fastify's serializer compiler (fast-json-stringify), remembering what it compiled: every route answers its
 * problems with the same schema and many share a resource's, so each distinct schema is compiled once per
 * process instead of once per route, status and app. fast-json-stringify resolves every named schema on each
 * compilation, which made building the app eight times slower (5 s) once the resources became named
 * components. A serializer depends on nothing but its schema and the named schemas, which the key holds.
 */
export function rememberingSerializerCompiler(): Factory {
  return (externalSchemas, options) => {
    const compile = compilerFor(externalSchemas, options);
    const key = fingerprint([externalSchemas, options]);
    const serializers = compiled.get(key) ?? new Map<string, Serializer>();
    compiled.set(key, serializers);
    return (definition) => {
      const schema = JSON.stringify(definition.schema);
      let serializer = serializers.get(schema);
      if (serializer === undefined) {
        serializer = compile(definition);
        serializers.set(schema, serializer);
      }
      return serializer;
    };
  };
}

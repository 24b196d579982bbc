import type { CompiledQuery, Compilable } from "kysely";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "./database.ts";

/**
 * Kysely builds and compiles a query on every call, which costs as much as a small indexed SQLite lookup. For
 * the hot paths the query is compiled once per shape (e.g. per list of statuses) and dialect, then run again
 * with new parameter values. The dialect's adapter is the key, so a transaction shares the compiled queries of
 * the database it runs on. The first compilation checks that the parameters come out exactly as
 * `parametersOf` lists them, so a query whose parameters would be reordered fails loudly, not silently.
 */
export function reusableQuery<Args extends unknown[], Row>(
  build: (db: Db, ...args: Args) => Compilable<Row>,
  shapeOf: (...args: Args) => string,
  parametersOf: (...args: Args) => unknown[],
): (db: Db, ...args: Args) => Promise<Row[]> {
  const compiledByDialect = new WeakMap<object, Map<string, CompiledQuery<Row>>>();
  return async (db, ...args) => {
    const dialect = db.getExecutor().adapter;
    let compiledByShape = compiledByDialect.get(dialect);
    if (!compiledByShape) {
      compiledByShape = new Map<string, CompiledQuery<Row>>();
      compiledByDialect.set(dialect, compiledByShape);
    }
    const shape = shapeOf(...args);
    const parameters = parametersOf(...args);
    let compiled = compiledByShape.get(shape);
    if (!compiled) {
      compiled = build(db, ...args).compile();
      if (!isDeepStrictEqual(compiled.parameters, parameters)) {
        throw new Error(`reusableQuery: parameters of shape ${shape} are not in the declared order`);
      }
      compiledByShape.set(shape, compiled);
    }
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}

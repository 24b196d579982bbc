import type SQLite from "better-sqlite3";
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteDriver,
  type DatabaseConnection,
  type QueryResult,
  type SqliteDialectConfig,
} from "kysely";

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite connection prepares every statement anew; this one keeps prepared statements by their SQL
 * text, so a hot query is parsed and planned once. The application's queries come from a small fixed set of
 * shapes (values are parameters), so the cache stays small; it is cleared if it ever fills up.
 */
class CachingConnection implements DatabaseConnection {
  readonly #database: SQLite.Database;
  readonly #statements = new Map<string, SQLite.Statement>();

  constructor(database: SQLite.Database) {
    this.#database = database;
  }

  #prepare(sql: string): SQLite.Statement {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.clear();
      statement = this.#database.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  executeQuery<Row>(compiledQuery: CompiledQuery): Promise<QueryResult<Row>> {
    const statement = this.#prepare(compiledQuery.sql);
    const parameters = compiledQuery.parameters as unknown[];
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as Row[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    return Promise.resolve({
      insertId: BigInt(lastInsertRowid),
      numAffectedRows: BigInt(changes),
      rows: [],
    });
  }

  async *streamQuery<Row>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<Row>> {
    if (!SelectQueryNode.is(compiledQuery.query)) throw new Error("SQLite can only stream SELECT queries");
    const statement = this.#prepare(compiledQuery.sql);
    for (const row of statement.iterate(compiledQuery.parameters)) {
      yield await Promise.resolve({ rows: [row as Row] });
    }
  }
}

/**
 * Every transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE): a transaction that reads
 * and then writes can then never fail to upgrade its lock because another process wrote in between.
 */
export class RegistrarSqliteDriver extends SqliteDriver {
  readonly #connection: CachingConnection;

  constructor(config: SqliteDialectConfig & { database: SQLite.Database }) {
    super(config);
    this.#connection = new CachingConnection(config.database);
  }

  override acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(this.#connection);
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

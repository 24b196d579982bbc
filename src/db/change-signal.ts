/**
 * How a process learns that seat counts may have changed, whoever changed them: the engine-specific half of
 * the live seat stream (src/seats), beside dialect.ts. A signal says only "look again"; the reader re-reads.
 */
import { sql } from "kysely";
import pg from "pg";
import type { Db } from "./database.ts";
import { isSqlite, postgresUrlOf } from "./dialect.ts";

/** The channel the courses' statement triggers notify (migration 2026-12-02T0200_seat_notifications). */
export const SEATS_CHANNEL = "registrar_seats";

export interface ChangeWatch {
  /** Settles once every commit from now on is sure to be signalled; rejects when watching cannot start. */
  ready: Promise<void>;
  /** Stops watching and releases what the watch holds (the LISTEN connection, the timer). */
  stop: () => Promise<void>;
}

export interface WatchOptions {
  onChange: () => void;
  onError: (error: unknown) => void;
  /** SQLite: how often to look at the file's change marks. */
  poll_ms: number;
}

export function watchSeatChanges(db: Db, options: WatchOptions): ChangeWatch {
  if (isSqlite(db)) return pollSqlite(db, options);
  const url = postgresUrlOf(db);
  if (url === undefined) throw new Error("watchSeatChanges needs a PostgreSQL Db made by createDb");
  return listenPostgres(url, options);
}

/**
 * SQLite has no NOTIFY. data_version changes when another connection (another process, the CLI) commits to
 * the file, and total_changes() counts this connection's own writes (the app's single connection, triggers
 * included), so the pair changes after any commit anyone makes; an in-memory database (tests) has only the
 * second. It is one trivial query on the app's connection, queued behind a running transaction like any other.
 */
function pollSqlite(db: Db, { onChange, onError, poll_ms }: WatchOptions): ChangeWatch {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let last = "";
  const mark = async (): Promise<string> => {
    const { rows } = await sql<{ changes: number; version: number }>`
      select total_changes() as changes, data_version as version from pragma_data_version`.execute(db);
    return `${rows[0]?.changes}:${rows[0]?.version}`;
  };
  const tick = async (): Promise<void> => {
    try {
      const now = await mark();
      if (now !== last) {
        last = now;
        onChange();
      }
    } catch (error) {
      onError(error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), poll_ms);
  };
  const ready = mark().then((first) => {
    last = first;
    if (!stopped) timer = setTimeout(() => void tick(), poll_ms);
  });
  return {
    ready,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      return Promise.resolve();
    },
  };
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

/**
 * One dedicated connection (not from the pool, which would hand it back) that LISTENs on the channel. When it
 * breaks, it reconnects with a growing delay and then signals once, since notifications sent while it was
 * down are lost.
 */
function listenPostgres(url: string, { onChange, onError }: WatchOptions): ChangeWatch {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = FIRST_RETRY_MS;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5_000 });
    next.on("notification", () => {
      onChange();
    });
    next.on("error", (error) => {
      onError(error);
      replace(next);
    });
    next.on("end", () => {
      replace(next);
    });
    try {
      await next.connect();
      await next.query(`listen ${SEATS_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delay = FIRST_RETRY_MS;
  };

  const scheduleReconnect = (): void => {
    retry = setTimeout(() => {
      connect().then(onChange, (error: unknown) => {
        onError(error);
        delay = Math.min(delay * 2, LAST_RETRY_MS);
        if (!stopped) scheduleReconnect();
      });
    }, delay);
  };

  /** Only the connection in use is replaced: one that failed while connecting was already given up. */
  const replace = (broken: pg.Client): void => {
    if (stopped || broken !== client) return;
    client = undefined;
    broken.end().catch(() => undefined);
    scheduleReconnect();
  };

  return {
    ready: connect(),
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}

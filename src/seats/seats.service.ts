import type { FastifyBaseLogger } from "fastify";
import { watchSeatChanges, type ChangeWatch } from "../db/change-signal.ts";
import type { Db } from "../db/database.ts";
import { DomainError, termNotFound } from "../errors.ts";
import { termExists } from "../terms/term.service.ts";
import { seatCountsOfTerm } from "./seats.repository.ts";
import type { SeatCount } from "./seats.schema.ts";
import { removedFrame, seatFrame, type Frames, type SeatSubscriber } from "./seats.stream.ts";

export interface SeatHubOptions {
  /** Open streams this process serves at most; one more is answered 503. */
  max_subscribers: number;
  /** At most one re-read per this interval, however many commits signal meanwhile. */
  coalesce_ms: number;
  /** SQLite: how often the file's change marks are looked at while anyone subscribes. */
  poll_ms: number;
  heartbeat_ms: number;
  /** The reconnection delay the stream suggests to EventSource. */
  retry_ms: number;
  /** Watching stops once nobody has subscribed for this long. */
  idle_ms: number;
}

export const defaultSeatHubOptions: SeatHubOptions = {
  max_subscribers: 10_000,
  coalesce_ms: 100,
  poll_ms: 200,
  heartbeat_ms: 15_000,
  retry_ms: 3_000,
  idle_ms: 10_000,
};

/** One term's subscribers and the counts they were last sent, to send only what changed. */
interface TermFeed {
  last: Map<number, SeatCount>;
  subscribers: Set<SeatSubscriber>;
}

export interface SeatHubStats {
  subscribers: number;
  terms: number;
  /** The most events any one subscriber has waiting, and the most bytes any one socket has buffered. */
  largest_pending: number;
  largest_buffered: number;
}

export interface SeatHub {
  /** The reconnection delay each stream suggests. */
  readonly retry_ms: number;
  /**
   * Checks the term and the subscriber limit, makes sure changes from now on are seen, and gives the term's
   * current events; `open` is then called at once (nothing runs in between), with those events to send first.
   */
  subscribe: (term_id: number, open: (initial: Frames) => SeatSubscriber) => Promise<void>;
  /** Drops a subscriber whose stream closed. */
  remove: (subscriber: SeatSubscriber) => void;
  stats: () => SeatHubStats;
  /** Ends every stream and stops watching (app.close()). */
  close: () => Promise<void>;
}

const sameSeats = (a: SeatCount | undefined, b: SeatCount): boolean =>
  a !== undefined &&
  a.capacity === b.capacity &&
  a.enrolled_count === b.enrolled_count &&
  a.waitlist_count === b.waitlist_count;

/** The events that take a term's subscribers from `last` to `now`; updates `last` to match. */
function changes(last: Map<number, SeatCount>, now: readonly SeatCount[]): Map<number, string> {
  const frames = new Map<number, string>();
  const seen = new Set<number>();
  for (const count of now) {
    seen.add(count.course_id);
    if (sameSeats(last.get(count.course_id), count)) continue;
    last.set(count.course_id, count);
    frames.set(count.course_id, seatFrame(count));
  }
  for (const course_id of last.keys()) {
    if (seen.has(course_id)) continue;
    last.delete(course_id);
    frames.set(course_id, removedFrame(course_id));
  }
  return frames;
}

/**
 * The seat streams of one process. A change signal (NOTIFY, or the SQLite file's change marks) schedules one
 * re-read of every followed term, shared by all its subscribers, and each gets only the sections that changed.
 */
export function createSeatHub(db: Db, log: FastifyBaseLogger, options: SeatHubOptions): SeatHub {
  const feeds = new Map<number, TermFeed>();
  let total = 0;
  /** Requests between admission and open(): they count against the limit and keep the watch alive. */
  let joining = 0;
  let watch: { changes: ChangeWatch; ready: Promise<void> } | undefined;
  let refreshTimer: NodeJS.Timeout | undefined;
  let refreshing = false;
  let signalledWhileBusy = false;
  /** Re-reads started so far: a term read for a new feed meanwhile may have missed one. */
  let refreshes = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let closed = false;
  /** A function, so that it is read again after each await (the app may close meanwhile). */
  const isClosed = (): boolean => closed;

  const heartbeat = setInterval(() => {
    for (const feed of feeds.values()) for (const subscriber of feed.subscribers) subscriber.heartbeat();
  }, options.heartbeat_ms);
  heartbeat.unref();

  function signal(): void {
    if (closed) return;
    if (refreshTimer !== undefined || refreshing) {
      signalledWhileBusy = true;
      return;
    }
    refreshTimer = setTimeout(() => void refresh(), options.coalesce_ms);
  }

  async function refresh(): Promise<void> {
    refreshTimer = undefined;
    refreshing = true;
    refreshes++;
    try {
      for (const [term_id, feed] of feeds) {
        const frames = changes(feed.last, await seatCountsOfTerm(db, term_id));
        if (frames.size === 0) continue;
        for (const subscriber of feed.subscribers) subscriber.send(frames);
      }
    } catch (error) {
      // The database is unreachable: the next signal (the LISTEN reconnecting says so) tries again.
      log.warn({ err: error }, "could not re-read seat counts");
    } finally {
      refreshing = false;
      if (signalledWhileBusy) {
        signalledWhileBusy = false;
        signal();
      }
    }
  }

  function watching(): Promise<void> {
    clearTimeout(idleTimer);
    if (watch === undefined) {
      const changes = watchSeatChanges(db, {
        onChange: signal,
        onError: (error) => {
          log.warn({ err: error }, "seat change watch failed; retrying");
        },
        poll_ms: options.poll_ms,
      });
      const current = {
        changes,
        ready: changes.ready.catch(async (error: unknown) => {
          if (watch === current) watch = undefined;
          await changes.stop();
          throw error;
        }),
      };
      watch = current;
    }
    return watch.ready;
  }

  /** With nobody subscribed for a while, the LISTEN connection (or the polling) is let go. */
  function stopWhenIdle(): void {
    if (total > 0 || joining > 0) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (total > 0 || joining > 0 || watch === undefined) return;
      const { changes } = watch;
      watch = undefined;
      feeds.clear();
      void changes.stop();
    }, options.idle_ms);
    idleTimer.unref();
  }

  /**
   * The term's feed: the followed one, else one made from a fresh read (not yet followed: subscribe() does
   * that in the same turn as it adds the subscriber, so no feed ever sits unfollowed and stale).
   */
  async function feedOf(term_id: number): Promise<TermFeed> {
    const existing = feeds.get(term_id);
    if (existing !== undefined) return existing;
    const refreshesBefore = refreshes;
    const counts = await seatCountsOfTerm(db, term_id);
    // A re-read that ran while this read did skipped the term; another one makes sure of what it saw.
    if (refreshes !== refreshesBefore) signal();
    return { last: new Map(counts.map((count) => [count.course_id, count])), subscribers: new Set() };
  }

  return {
    retry_ms: options.retry_ms,
    async subscribe(term_id, open) {
      if (closed) throw new DomainError("too-many-streams", "The server is shutting down; reconnect");
      if (total + joining >= options.max_subscribers) {
        throw new DomainError(
          "too-many-streams",
          `This server already serves ${options.max_subscribers} seat streams; retry shortly`,
        );
      }
      joining++;
      try {
        if (!(await termExists(db, term_id))) throw termNotFound(term_id);
        // Watching starts before the counts are read, so a commit in between is signalled, not missed.
        await watching();
        const read = await feedOf(term_id);
        // Another request for the term may have started following it meanwhile; its feed is kept up to date.
        const feed = feeds.get(term_id) ?? read;
        if (isClosed()) throw new DomainError("too-many-streams", "The server is shutting down; reconnect");
        const initial = new Map([...feed.last.values()].map((count) => [count.course_id, seatFrame(count)]));
        feed.subscribers.add(open(initial));
        feeds.set(term_id, feed);
        total++;
      } finally {
        joining--;
        stopWhenIdle();
      }
    },
    remove(subscriber) {
      const feed = feeds.get(subscriber.term_id);
      if (feed === undefined || !feed.subscribers.delete(subscriber)) return;
      total--;
      if (feed.subscribers.size === 0) feeds.delete(subscriber.term_id);
      stopWhenIdle();
    },
    stats() {
      let largest_pending = 0;
      let largest_buffered = 0;
      for (const feed of feeds.values()) {
        for (const subscriber of feed.subscribers) {
          largest_pending = Math.max(largest_pending, subscriber.pending);
          largest_buffered = Math.max(largest_buffered, subscriber.buffered);
        }
      }
      return { subscribers: total, terms: feeds.size, largest_pending, largest_buffered };
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(refreshTimer);
      clearTimeout(idleTimer);
      for (const feed of [...feeds.values()])
        for (const subscriber of [...feed.subscribers]) subscriber.end();
      feeds.clear();
      total = 0;
      const current = watch;
      watch = undefined;
      await current?.changes.stop();
    },
  };
}

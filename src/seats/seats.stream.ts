import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { SeatCount } from "./seats.schema.ts";

/** What a term's feed hands every subscriber after a re-read: by course id, the event text to send. */
export type Frames = ReadonlyMap<number, string>;

export const seatFrame = (count: SeatCount): string => `data: ${JSON.stringify(count)}\n\n`;
export const removedFrame = (course_id: number): string =>
  `event: removed\ndata: ${JSON.stringify({ course_id })}\n\n`;

/** One open text/event-stream response. */
export interface SeatSubscriber {
  readonly term_id: number;
  /** Sends the frames now, or keeps the latest per course until the socket drains. */
  send: (frames: Frames) => void;
  /** A comment line that keeps proxies from closing an idle stream; ends a stream backed up since the last. */
  heartbeat: () => void;
  end: () => void;
  /** Course events waiting for the socket to drain (at most the term's sections). */
  readonly pending: number;
  /** Bytes written but not yet taken by the socket (Node's buffer, bounded by one batch past its mark). */
  readonly buffered: number;
}

export interface StreamOptions {
  term_id: number;
  headers: OutgoingHttpHeaders;
  retry_ms: number;
  /** The events every new subscriber gets first: the term's sections as they are. */
  initial: Frames;
  onClose: (subscriber: SeatSubscriber) => void;
}

/**
 * Writes server-sent events straight to the response. A library's stream would buffer every event of a reader
 * that does not read; this keeps, while the socket is backed up (write() returned false, until 'drain'), only
 * the latest event per course, so what a slow reader costs is bounded by the term's size, not by time.
 */
export function openSeatStream(raw: ServerResponse, options: StreamOptions): SeatSubscriber {
  const pending = new Map<number, string>();
  let blocked = false;
  let stalledSinceLastBeat = false;
  let closed = false;

  const write = (text: string): void => {
    if (closed || text === "") return;
    if (!raw.write(text)) {
      blocked = true;
      raw.once("drain", flush);
    }
  };
  function flush(): void {
    blocked = false;
    stalledSinceLastBeat = false;
    const text = [...pending.values()].join("");
    pending.clear();
    write(text);
  }

  const subscriber: SeatSubscriber = {
    term_id: options.term_id,
    send(frames) {
      if (closed) return;
      if (!blocked) {
        write([...frames.values()].join(""));
        return;
      }
      for (const [course_id, frame] of frames) {
        // Deleting first moves the course to the end, so events leave in the order they last changed.
        pending.delete(course_id);
        pending.set(course_id, frame);
      }
    },
    heartbeat() {
      if (closed) return;
      if (!blocked) {
        write(": heartbeat\n\n");
        return;
      }
      // Backed up for a whole heartbeat interval: the reader is gone or hopelessly slow. EventSource
      // reconnects by itself and then gets the whole term again.
      if (stalledSinceLastBeat) subscriber.end();
      else stalledSinceLastBeat = true;
    },
    end() {
      if (closed) return;
      closed = true;
      pending.clear();
      raw.end();
      // A reader that does not read would keep end() waiting for its buffer forever.
      if (blocked) raw.destroy();
    },
    get pending() {
      return pending.size;
    },
    get buffered() {
      return raw.writableLength;
    },
  };

  // A write racing a reset connection fails here rather than as an unhandled 'error'; 'close' follows.
  raw.on("error", () => {
    closed = true;
  });
  raw.on("close", () => {
    closed = true;
    pending.clear();
    options.onClose(subscriber);
  });
  raw.writeHead(200, {
    ...options.headers,
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store, no-transform",
    // nginx buffers a proxied response unless told not to, which would hold events back.
    "x-accel-buffering": "no",
  });
  write(`retry: ${options.retry_ms}\n\n${[...options.initial.values()].join("")}`);
  return subscriber;
}

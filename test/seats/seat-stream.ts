import { request as httpRequest, type IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";
import { onTestFinished } from "vitest";

export interface SeatEvent {
  /** "message" for a seat count, "removed" for a section that left the term. */
  event: string;
  data: { course_id: number; capacity?: number | null; enrolled_count?: number; waitlist_count?: number };
}

export interface SeatStream {
  status: number;
  headers: IncomingMessage["headers"];
  /** Every event received so far, and the retry hint. */
  events: SeatEvent[];
  retry: number | undefined;
  /** Comment blocks received (the server's heartbeats). */
  heartbeats: number;
  /** Resolves with the first event (received already or later) that matches; rejects after `within` ms. */
  next: (matches: (event: SeatEvent) => boolean, within?: number) => Promise<SeatEvent>;
  close: () => void;
  /** Calls back once the server has ended the stream. */
  onEnd: (callback: () => void) => void;
}

/** Listens on a loopback port (a stream needs a real socket: inject() waits for the end) and gives its URL. */
export async function listening(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("not listening on a port");
  return `http://127.0.0.1:${address.port}`;
}

/** Parses the text/event-stream blocks received so far; returns what is left of an unfinished block. */
function parseBlocks(buffer: string, stream: SeatStream): string {
  const blocks = buffer.split("\n\n");
  const rest = blocks.pop() ?? "";
  for (const block of blocks) {
    if (block.startsWith(":")) stream.heartbeats++;
    let event = "message";
    let data = "";
    for (const line of block.split("\n")) {
      if (line.startsWith("retry: ")) stream.retry = Number(line.slice(7));
      else if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data += line.slice(6);
    }
    if (data !== "") stream.events.push({ event, data: JSON.parse(data) as SeatEvent["data"] });
  }
  return rest;
}

/** Opens the seat stream of a term as a reader that reads everything; closed when the test ends. */
export function followSeats(baseUrl: string, termId: number | string, token: string): Promise<SeatStream> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${baseUrl}/api/v1/courses/seats?term_id=${termId}`,
      { headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" } },
      (response) => {
        const waiters = new Set<() => void>();
        const stream: SeatStream = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          events: [],
          retry: undefined,
          heartbeats: 0,
          next: (matches, within = 5_000) =>
            new Promise((found, fail) => {
              const look = () => {
                const event = stream.events.find(matches);
                if (event === undefined) return;
                clearTimeout(timer);
                waiters.delete(look);
                found(event);
              };
              const timer = setTimeout(() => {
                waiters.delete(look);
                fail(
                  new Error(`no matching seat event within ${within} ms: ${JSON.stringify(stream.events)}`),
                );
              }, within);
              waiters.add(look);
              look();
            }),
          close: () => request.destroy(),
          onEnd: (callback) => {
            if (response.complete) callback();
            else response.once("end", callback);
          },
        };
        let buffer = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          buffer = parseBlocks(buffer + chunk, stream);
          for (const look of [...waiters]) look();
        });
        response.on("error", () => undefined);
        resolve(stream);
      },
    );
    request.on("error", reject);
    onTestFinished(() => {
      request.destroy();
    });
    request.end();
  });
}

/** The latest event about a course with exactly these counts. */
export const seats =
  (course_id: number, counts: { enrolled_count: number; waitlist_count: number; capacity?: number | null }) =>
  (event: SeatEvent) =>
    event.event === "message" &&
    event.data.course_id === course_id &&
    event.data.enrolled_count === counts.enrolled_count &&
    event.data.waitlist_count === counts.waitlist_count &&
    (counts.capacity === undefined || event.data.capacity === counts.capacity);

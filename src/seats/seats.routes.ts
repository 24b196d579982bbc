import type { OutgoingHttpHeaders } from "node:http";
import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import type { Access } from "../auth/auth.service.ts";
import { DomainError } from "../errors.ts";
import { redactUrl } from "../http/log-redaction.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import { RemovedSection, SeatCount, SeatsQuery } from "./seats.schema.ts";
import type { SeatHub } from "./seats.service.ts";
import { openSeatStream } from "./seats.stream.ts";

/** Who may follow the seats: whoever may read courses, students included (the contract's live seats). */
export const SEAT_STREAM_ACCESS: Access = "records";

const description = `A \`text/event-stream\` (server-sent events; use an EventSource) of the seats of every
section of the term. First a \`retry:\` hint and one event per section as it is now, so a page needs no other
fetch; then an event for each section whose capacity, enrolled_count or waitlist_count changes, whoever changed
it (this server, another instance, the CLI). The data of each unnamed event is a SeatCount. A section that is
deleted or leaves the term sends an event named \`removed\` whose data is \`{ "course_id" }\`. A comment line
every 15 s keeps proxies from closing an idle stream. A reader that falls behind gets only the latest state of
each section once it catches up; one that does not read for a whole heartbeat interval is disconnected (an
EventSource reconnects and gets the term again). 503 when this server already serves its maximum of streams.`;

export const seatRoutes: FastifyPluginCallbackTypebox<{ hub: SeatHub }> = (app, { hub }, done) => {
  app.get(
    "/courses/seats",
    {
      config: { access: SEAT_STREAM_ACCESS, student: "open" },
      // A HEAD would open a stream with no body that never ends.
      exposeHeadRoute: false,
      schema: {
        tags: ["courses"],
        summary: "Follow the seats of a term's sections, live",
        description,
        querystring: SeatsQuery,
        response: {
          200: {
            description: "Server-sent events: SeatCount data, and RemovedSection data for `removed` events",
            content: {
              "text/event-stream": {
                schema: { oneOf: [ref(SeatCount), ref(RemovedSection)] },
              },
            },
          },
          ...problemResponses(400, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const term_id = request.query.term_id;
      await hub
        .subscribe(term_id, (initial) => {
          // From here on the stream is written to the socket directly, event by event.
          reply.hijack();
          return openSeatStream(reply.raw, {
            term_id,
            headers: reply.getHeaders() as OutgoingHttpHeaders,
            retry_ms: hub.retry_ms,
            initial,
            onClose: (subscriber) => {
              hub.remove(subscriber);
              // The request log's line is written only when a response finishes; a stream the reader closed
              // never does.
              request.log.info(
                {
                  method: request.method,
                  url: redactUrl(request.url),
                  status: 200,
                  ms: Math.round(reply.elapsedTime),
                },
                "seat stream closed",
              );
            },
          });
        })
        .catch((error: unknown) => {
          if (error instanceof DomainError && error.kind === "too-many-streams")
            reply.header("retry-after", "5");
          throw error;
        });
    },
  );
  done();
};

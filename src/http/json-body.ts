import type { FastifyInstance } from "fastify";

/**
 * JSON is the only body type: any other media type is a 415 rather than a string that fails validation later.
 * Many clients send `content-type: application/json` on every request, so a body-less DELETE or GET with that
 * header is accepted as having no body; for POST and PATCH an empty body stays a 400.
 */
export function acceptOnlyJson(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    if (body === "" && (request.method === "DELETE" || request.method === "GET")) {
      done(null, undefined);
      return;
    }
    void parseJson(request, body.toString(), done);
  });
}

import type { FastifyReply, FastifyRequest } from "fastify";

/** Adds an RFC 8288 Link to the next page, keeping every other query parameter of the request. */
export function linkToNextPage(
  request: FastifyRequest,
  reply: FastifyReply,
  nextCursor: string | null,
): void {
  if (nextCursor === null) return;
  const url = new URL(request.url, "http://registrar.invalid");
  url.searchParams.set("cursor", nextCursor);
  reply.header("link", `<${url.pathname}${url.search}>; rel="next"`);
}

import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";

/** Hop-by-hop headers describe the inner, injected exchange, not the reply the client gets. */
const notForwarded = new Set(["connection", "keep-alive", "transfer-encoding", "date"]);

async function referenceApp(): Promise<FastifyInstance> {
  const { default: apiReference } = await import("@scalar/fastify-api-reference");
  const reference = Fastify();
  await reference.register(apiReference, {
    routePrefix: "/docs",
    // The reference's default fonts come from fonts.scalar.com; a school's API docs need no third party.
    configuration: { url: "/openapi.json", withDefaultFonts: false, favicon: "/favicon.svg" },
  });
  await reference.ready();
  return reference;
}

/**
 * The interactive API reference at /docs. Its plugin carries a 4 MB script that costs about 24 MB of memory
 * from the moment it is imported, so it is loaded on the first visit, into a small app of its own that /docs
 * requests are handed to; a server nobody browses the reference on never pays for it.
 */
export function registerApiReference(app: FastifyInstance): void {
  let reference: Promise<FastifyInstance> | undefined;
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    reference ??= referenceApp();
    const response = await (
      await reference
    ).inject({ method: request.method as "GET" | "HEAD", url: request.url, headers: request.headers });
    const headers = Object.entries(response.headers).filter(([name]) => !notForwarded.has(name));
    return reply.code(response.statusCode).headers(Object.fromEntries(headers)).send(response.rawPayload);
  };
  app.addHook("onClose", async () => {
    if (reference) await (await reference).close();
  });
  for (const url of ["/docs", "/docs/*"]) {
    app.route({ method: ["GET", "HEAD"], url, schema: { hide: true }, handler: forward });
  }
}

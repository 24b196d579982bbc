import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `npm run build:web` puts the browser app. */
export const defaultWebRoot = join(import.meta.dirname, "../../dist/web");

/** Paths that never fall back to the app: the API, built assets and anything that names a file. */
const notAnAppRoute = /^\/(?:api|assets)(?:\/|$)|\.[a-z0-9]+$/i;

/**
 * Serves the built web UI at / when it exists (the API alone works without a build). Files are found once at
 * start-up; any other GET that could be a client-side route (/students/12) answers the app's index.html, while
 * unknown /api/* paths and missing files stay 404 problem+json.
 */
export async function registerWebUi(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: "index.html",
    // Built assets carry a content hash in their names, so they never change; index.html always may.
    setHeaders: (reply, path) => {
      reply.header(
        "cache-control",
        path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (notAnAppRoute.test(path)) {
      reply.callNotFound();
      return reply;
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
  return true;
}

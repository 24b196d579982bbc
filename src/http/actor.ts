import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is making the request, as recorded in the enrollment history. */
    actor: string;
  }
}

/** Until authentication names the caller, every change is recorded as made by "anonymous". */
export function registerActor(app: FastifyInstance): void {
  app.decorateRequest("actor", "anonymous");
}

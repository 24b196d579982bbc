import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is making the request, as recorded in the enrollment history: the token's name. */
    readonly actor: string;
  }
}

/**
 * The actor is the caller's token name (request.principal, set by the auth hooks). Only public routes run
 * without one, and none of them changes an enrollment, so "anonymous" never reaches the history.
 */
export function registerActor(app: FastifyInstance): void {
  app.decorateRequest("actor", {
    getter(this: FastifyRequest) {
      return this.principal?.name ?? "anonymous";
    },
  });
}

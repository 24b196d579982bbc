import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Who asks for a change: the actor recorded in the history, and whether it is staff or the student themself
 * (the registration rules bind students to the add/drop deadline).
 */
export interface Requester {
  actor: string;
  caller: "staff" | "student";
}

declare module "fastify" {
  interface FastifyRequest {
    /** Who is making the request, as recorded in the enrollment history: the principal's name. */
    readonly actor: string;
    readonly requester: Requester;
  }
}

/**
 * The actor is the caller's name (request.principal, set by the auth hooks): a token's name, or student:<email>
 * for a student signed in without a token. Only public routes run without one, and none of them changes an
 * enrollment, so "anonymous" never reaches the history. A student is held to the add/drop deadline.
 */
export function registerActor(app: FastifyInstance): void {
  app.decorateRequest("actor", {
    getter(this: FastifyRequest) {
      return this.principal?.name ?? "anonymous";
    },
  });
  app.decorateRequest("requester", {
    getter(this: FastifyRequest): Requester {
      return { actor: this.actor, caller: this.principal?.role === "student" ? "student" : "staff" };
    },
  });
}

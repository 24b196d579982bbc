import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import { StudentIdParams } from "../students/student.schema.ts";
import {
  grantOverride,
  holdsOf,
  overridesOf,
  placeHold,
  releaseHold,
  revokeOverride,
} from "./holds.service.ts";
import { register } from "./register.service.ts";
import {
  Hold,
  HoldCreate,
  HoldList,
  HoldParams,
  Override,
  OverrideCreate,
  OverrideList,
  OverrideParams,
  RegistrationBody,
  RegistrationDryRun,
  RegistrationResult,
} from "./registration.schema.ts";

const tags = ["registration"];
/** Holds and overrides are for registrars and admins, reading them too. */
const registrarsOnly = { access: "registrar" as const };

export const registrationRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/students/:student_id/holds",
    {
      config: registrarsOnly,
      schema: {
        tags,
        summary: "Place a hold on a student",
        description:
          "While a hold is active, every enrollment of the student is refused (registration-blocked, rule hold).",
        params: StudentIdParams,
        body: HoldCreate,
        response: { 201: ref(Hold), ...problemResponses(400, 404, 413, 415) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await placeHold(db, request.params.student_id, request.body.reason, request.actor)),
  );

  app.get(
    "/students/:student_id/holds",
    {
      // A student may read its own holds (to know what to do about them), but neither place nor release one.
      config: { ...registrarsOnly, student: { self: "params" } },
      schema: {
        tags,
        summary: "A student's holds, active and released",
        params: StudentIdParams,
        response: { 200: ref(HoldList), ...problemResponses(400, 404) },
      },
    },
    async (request) => ({ data: await holdsOf(db, request.params.student_id) }),
  );

  app.delete(
    "/students/:student_id/holds/:hold_id",
    {
      config: registrarsOnly,
      schema: {
        tags,
        summary: "Release a hold",
        description:
          "The hold is kept, with who released it and when; releasing a released hold changes nothing.",
        params: HoldParams,
        response: { 204: Type.Null({ description: "Released" }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await releaseHold(db, request.params.student_id, request.params.hold_id, request.actor);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/students/:student_id/overrides",
    {
      config: registrarsOnly,
      schema: {
        tags,
        summary: "Let rules through for a student's enrollment in a course",
        description:
          "The named rules no longer stop this student's enrollment in this course (any rule but course-full: " +
          "raise the capacity instead). An enrollment an override lets through records it in its history.",
        params: StudentIdParams,
        body: OverrideCreate,
        response: { 201: ref(Override), ...problemResponses(400, 404, 413, 415) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await grantOverride(db, request.params.student_id, request.body, request.actor)),
  );

  app.get(
    "/students/:student_id/overrides",
    {
      config: registrarsOnly,
      schema: {
        tags,
        summary: "A student's overrides, in force and revoked",
        params: StudentIdParams,
        response: { 200: ref(OverrideList), ...problemResponses(400, 404) },
      },
    },
    async (request) => ({ data: await overridesOf(db, request.params.student_id) }),
  );

  app.delete(
    "/students/:student_id/overrides/:override_id",
    {
      config: registrarsOnly,
      schema: {
        tags,
        summary: "Revoke an override",
        description: "The override is kept, with who revoked it and when; revoking it again changes nothing.",
        params: OverrideParams,
        response: { 204: Type.Null({ description: "Revoked" }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await revokeOverride(db, request.params.student_id, request.params.override_id, request.actor);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/students/:student_id/registration",
    {
      config: { student: { self: "params" } },
      schema: {
        tags,
        summary: "Add and drop courses in one step",
        description:
          "All or nothing, in one transaction: the adds are judged by every registration rule on the schedule " +
          "after the drops (so a section can replace another), each beside the adds before it. 200 with the " +
          "enrollments and the courses dropped, or 409 registration-blocked listing every violation of every " +
          "added course, with nothing changed. dry_run: 200 with would_succeed, the violations and what each " +
          "add would become, writing nothing. With waitlist: true a full added course puts the student on its " +
          "waitlist with swap_for the dropped courses: those are kept until the seat comes and dropped in the " +
          "transaction that seats the student (a course seated at once must then fit beside them). A drop must " +
          "be an enrolled or waitlisted course (404 otherwise, 409 already-completed); an unknown course is 404.",
        params: StudentIdParams,
        body: RegistrationBody,
        response: {
          200: Type.Union([ref(RegistrationResult), ref(RegistrationDryRun)]),
          ...problemResponses(400, 404, 409, 413, 415),
        },
      },
    },
    async (request) => {
      const answer = await register(db, request.params.student_id, request.body, request.requester);
      if (answer.dry_run) {
        const { dry_run, ...result } = answer;
        return result;
      }
      return { enrollments: answer.enrollments, dropped: answer.dropped };
    },
  );
  done();
};

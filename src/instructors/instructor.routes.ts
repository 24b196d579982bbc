import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { linkToNextPage } from "../http/links.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  Instructor,
  InstructorCreate,
  InstructorForStudents,
  InstructorPageForStudents,
  InstructorIdParams,
  InstructorListQuery,
  InstructorPage,
  InstructorPatch,
} from "./instructor.schema.ts";
import {
  createInstructor,
  deleteInstructor,
  getInstructor,
  listInstructors,
  updateInstructor,
} from "./instructor.service.ts";

const tags = ["instructors"];

const isStudent = (request: FastifyRequest) => request.principal?.role === "student";

/**
 * A student caller's answer is written with a schema that has no email, so the serializer leaves it out (it
 * writes only what the schema names): the choice is the schema, not an edit of the data or of the JSON.
 */
function serializeForStudents(
  request: FastifyRequest,
  reply: FastifyReply,
  schema: Record<string, unknown>,
): void {
  // Fastify compiles a schema once per route and keeps it by the object, so the object must be the same.
  // A custom serializer leaves the content type to its caller.
  if (isStudent(request)) {
    reply.serializer(reply.compileSerializationSchema(schema)).type("application/json; charset=utf-8");
  }
}

const studentSchemas = { one: { ...InstructorForStudents }, page: { ...InstructorPageForStudents } };

const forStudentsNote = "A student caller gets each instructor without email, and q searches names only.";

export const instructorRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/instructors",
    {
      schema: {
        tags,
        summary: "Create an instructor",
        description: "Emails are unique among instructors, without regard to letter case (409 email-taken).",
        body: InstructorCreate,
        response: { 201: ref(Instructor), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const instructor = await createInstructor(db, request.body);
      return reply.code(201).header("location", `/api/v1/instructors/${instructor.id}`).send(instructor);
    },
  );

  app.get(
    "/instructors",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "List instructors",
        description:
          "q searches names and email; sorted by last name unless sort says otherwise. " +
          `${forStudentsNote} (sort by email is 400 for a student).`,
        querystring: InstructorListQuery,
        response: { 200: ref(InstructorPage), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const page = await listInstructors(db, request.query, { student: isStudent(request) });
      linkToNextPage(request, reply, page.next_cursor);
      serializeForStudents(request, reply, studentSchemas.page);
      return page;
    },
  );

  app.get(
    "/instructors/:instructor_id",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "Get an instructor",
        description: "A student caller gets the instructor without email.",
        params: InstructorIdParams,
        response: { 200: ref(Instructor), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const instructor = await getInstructor(db, request.params.instructor_id);
      serializeForStudents(request, reply, studentSchemas.one);
      return instructor;
    },
  );

  app.patch(
    "/instructors/:instructor_id",
    {
      schema: {
        tags,
        summary: "Change some of an instructor's fields",
        params: InstructorIdParams,
        body: InstructorPatch,
        response: { 200: ref(Instructor), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => updateInstructor(db, request.params.instructor_id, request.body),
  );

  app.delete(
    "/instructors/:instructor_id",
    {
      schema: {
        tags,
        summary: "Delete an instructor",
        description: "Takes them off every course they teach (those courses' updated_at moves).",
        params: InstructorIdParams,
        response: { 204: Type.Null({ description: "Deleted" }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await deleteInstructor(db, request.params.instructor_id);
      return reply.code(204).send(null);
    },
  );
  done();
};

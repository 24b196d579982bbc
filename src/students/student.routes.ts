import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { linkToNextPage } from "../http/links.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import {
  Student,
  StudentCreate,
  StudentIdParams,
  StudentListQuery,
  StudentPage,
  StudentPatch,
} from "./student.schema.ts";
import { createStudent, deleteStudent, getStudent, listStudents, updateStudent } from "./student.service.ts";

const tags = ["students"];

export const studentRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/students",
    {
      schema: {
        tags,
        summary: "Create a student",
        body: StudentCreate,
        response: { 201: ref(Student), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const student = await createStudent(db, request.body);
      return reply.code(201).header("location", `/api/v1/students/${student.id}`).send(student);
    },
  );

  app.get(
    "/students",
    {
      schema: {
        tags,
        summary: "List students",
        querystring: StudentListQuery,
        response: { 200: ref(StudentPage), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const page = await listStudents(db, request.query);
      linkToNextPage(request, reply, page.next_cursor);
      return page;
    },
  );

  app.get(
    "/students/:student_id",
    {
      config: { student: { self: "params" } },
      schema: {
        tags,
        summary: "Get a student",
        params: StudentIdParams,
        response: { 200: ref(Student), ...problemResponses(400, 404) },
      },
    },
    async (request) => getStudent(db, request.params.student_id),
  );

  app.patch(
    "/students/:student_id",
    {
      schema: {
        tags,
        summary: "Change some of a student's fields",
        params: StudentIdParams,
        body: StudentPatch,
        response: { 200: ref(Student), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => updateStudent(db, request.params.student_id, request.body),
  );

  app.delete(
    "/students/:student_id",
    {
      schema: {
        tags,
        summary: "Delete a student",
        params: StudentIdParams,
        response: { 204: Type.Null({ description: "Deleted" }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await deleteStudent(db, request.params.student_id, request.actor);
      return reply.code(204).send(null);
    },
  );
  done();
};

import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { linkToNextPage } from "../http/links.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import {
  Course,
  CourseCreate,
  CourseDeleteQuery,
  CourseIdParams,
  CourseListQuery,
  CoursePage,
  CoursePatch,
} from "./course.schema.ts";
import { createCourse, deleteCourse, getCourse, listCourses, updateCourse } from "./course.service.ts";

const tags = ["courses"];

export const courseRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/courses",
    {
      schema: {
        tags,
        summary: "Create a course",
        body: CourseCreate,
        response: { 201: ref(Course), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const course = await createCourse(db, request.body);
      return reply.code(201).header("location", `/api/v1/courses/${course.id}`).send(course);
    },
  );

  app.get(
    "/courses",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "List courses",
        querystring: CourseListQuery,
        response: { 200: ref(CoursePage), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const page = await listCourses(db, request.query);
      linkToNextPage(request, reply, page.next_cursor);
      return page;
    },
  );

  app.get(
    "/courses/:course_id",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "Get a course",
        params: CourseIdParams,
        response: { 200: ref(Course), ...problemResponses(400, 404) },
      },
    },
    async (request) => getCourse(db, request.params.course_id),
  );

  app.patch(
    "/courses/:course_id",
    {
      schema: {
        tags,
        summary: "Change some of a course's fields",
        params: CourseIdParams,
        body: CoursePatch,
        response: { 200: ref(Course), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => updateCourse(db, request.params.course_id, request.body, request.actor),
  );

  app.delete(
    "/courses/:course_id",
    {
      schema: {
        tags,
        summary: "Delete a course",
        description:
          "A course with enrolled or waitlisted students is only deleted with ?force=true, which removes " +
          "those enrollments too (409 course-has-enrollments otherwise). Dropped and completed enrollments " +
          "are removed with the course.",
        params: CourseIdParams,
        querystring: CourseDeleteQuery,
        response: { 204: Type.Null({ description: "Deleted" }), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteCourse(db, request.params.course_id, request.query.force, request.actor);
      return reply.code(204).send(null);
    },
  );
  done();
};

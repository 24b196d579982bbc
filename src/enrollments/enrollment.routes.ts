import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { CourseIdParams } from "../courses/course.schema.ts";
import { problemResponses } from "../http/schemas.ts";
import { StudentIdParams } from "../students/student.schema.ts";
import {
  CourseStudents,
  EnrollBody,
  Enrollment,
  parseStatuses,
  StatusQuery,
  StudentCourseParams,
  StudentCourses,
  StudentEnrollBody,
} from "./enrollment.schema.ts";
import { coursesOfStudent, drop, enroll, studentsOfCourse } from "./enrollment.service.ts";

const tags = ["enrollments"];

const enrollDescription =
  "Creates an enrollment (201). When the course is full: 409 course-full, or with waitlist=true a " +
  "waitlisted enrollment (201). 409 already-enrolled when the student is enrolled or waitlisted, " +
  "409 already-completed when they completed it; enrolling after a drop re-activates the same enrollment. " +
  "404 when the student (checked first) or the course does not exist.";

const enrollSchema = {
  tags,
  description: enrollDescription,
  response: { 201: Enrollment, ...problemResponses(400, 404, 409, 413, 415) },
};

export const enrollmentRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/enroll",
    { schema: { ...enrollSchema, summary: "Enroll a student in a course", body: EnrollBody } },
    async (request, reply) => reply.code(201).send(await enroll(db, request.body)),
  );

  app.post(
    "/students/:student_id/courses",
    {
      schema: {
        ...enrollSchema,
        summary: "Enroll this student in a course",
        params: StudentIdParams,
        body: StudentEnrollBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await enroll(db, { ...request.body, student_id: request.params.student_id })),
  );

  app.get(
    "/students/:student_id/courses",
    {
      schema: {
        tags,
        summary: "A student and their courses",
        description:
          "Enrolled, waitlisted and completed courses by default (?status= takes one status or a " +
          "comma-separated list), ordered by course code. A student without courses gets an empty list.",
        params: StudentIdParams,
        querystring: StatusQuery,
        response: { 200: StudentCourses, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      coursesOfStudent(
        db,
        request.params.student_id,
        parseStatuses(request.query.status, ["enrolled", "waitlisted", "completed"]),
      ),
  );

  app.delete(
    "/students/:student_id/courses/:course_id",
    {
      schema: {
        tags,
        summary: "Drop a course",
        description:
          "The enrollment becomes dropped (204) and a freed seat goes to the longest-waiting student. " +
          "404 when there is no enrolled or waitlisted enrollment; 409 already-completed for a completed one.",
        params: StudentCourseParams,
        response: { 204: Type.Null({ description: "Dropped" }), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await drop(db, request.params.student_id, request.params.course_id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/courses/:course_id/students",
    {
      schema: {
        tags,
        summary: "A course and its students",
        description:
          "Enrolled and completed students by default, ordered by last name, first name and id, followed by " +
          "the waitlisted students in waitlist order. ?status= takes one status or a comma-separated list.",
        params: CourseIdParams,
        querystring: StatusQuery,
        response: { 200: CourseStudents, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      studentsOfCourse(
        db,
        request.params.course_id,
        parseStatuses(request.query.status, ["enrolled", "completed", "waitlisted"]),
      ),
  );
  done();
};

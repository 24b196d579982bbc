import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { CourseIdParams } from "../courses/course.schema.ts";
import { linkToNextPage } from "../http/links.ts";
import { problemOf } from "../http/problem.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import { StudentIdParams } from "../students/student.schema.ts";
import {
  BatchEnrollBody,
  BatchEnrollResults,
  CourseStudents,
  EnrollBody,
  Enrollment,
  EnrollmentHistory,
  EnrollmentPatch,
  RosterQuery,
  parseStatuses,
  StatusQuery,
  StudentCourseParams,
  StudentCourses,
  StudentEnrollBody,
} from "./enrollment.schema.ts";
import { coursesOfStudent, enrollmentHistory, studentsOfCourse } from "./enrollment-reads.ts";
import { drop, enroll, enrollBatch, updateEnrollment, type BatchResult } from "./enrollment.service.ts";

const tags = ["enrollments"];

/** One item of a batch answer: the enrollment, or the problem POST /enroll would have answered. */
function batchItem(result: BatchResult, instance: string) {
  if ("enrollment" in result) return { status: 201 as const, enrollment: result.enrollment };
  const problem = problemOf(result.error, instance);
  return { status: problem.status, problem };
}

const enrollDescription =
  "Creates an enrollment (201). When the course is full: 409 course-full, or with waitlist=true a " +
  "waitlisted enrollment (201). 409 already-enrolled when the student is enrolled or waitlisted, " +
  "409 already-completed when they completed it; enrolling after a drop re-activates the same enrollment. " +
  "404 when the student (checked first) or the course does not exist.";

const enrollSchema = {
  tags,
  description: enrollDescription,
  response: { 201: ref(Enrollment), ...problemResponses(400, 404, 409, 413, 415) },
};

export const enrollmentRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/enroll",
    {
      config: { student: { self: "body" } },
      schema: { ...enrollSchema, summary: "Enroll a student in a course", body: EnrollBody },
    },
    async (request, reply) => reply.code(201).send(await enroll(db, request.body, request.requester)),
  );

  app.post(
    "/enrollments/batch",
    {
      schema: {
        tags,
        summary: "Enroll many students at once",
        description:
          "Up to 1,000 items, each {student_id, course_id, waitlist?} as for POST /enroll; more is 400. Each " +
          "item is enrolled on its own, in order, in its own transaction, under the usual capacity rules, so " +
          "one item's conflict does not undo another. The answer is 200 with one result per item, in order: " +
          "{status: 201, enrollment} or {status: 404 | 409, problem}. (200 rather than 207 Multi-Status: the " +
          "per-item statuses are in the JSON, which is all 207 would add.) If the database becomes unreachable " +
          "the whole request is 503; items before it stay done.",
        body: BatchEnrollBody,
        response: { 200: ref(BatchEnrollResults), ...problemResponses(400, 413, 415, 503) },
      },
    },
    async (request) => {
      const results = await enrollBatch(db, request.body.items, request.requester);
      return {
        results: results.map((result, index) => batchItem(result, `${request.url}#/items/${index}`)),
      };
    },
  );

  app.post(
    "/students/:student_id/courses",
    {
      config: { student: { self: "params" } },
      schema: {
        ...enrollSchema,
        summary: "Enroll this student in a course",
        params: StudentIdParams,
        body: StudentEnrollBody,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await enroll(db, { ...request.body, student_id: request.params.student_id }, request.requester),
        ),
  );

  app.get(
    "/students/:student_id/courses",
    {
      config: { student: { self: "params" } },
      schema: {
        tags,
        summary: "A student and their courses",
        description:
          "Enrolled, waitlisted and completed courses by default (?status= takes one status or a " +
          "comma-separated list), ordered by course code. A student without courses gets an empty list.",
        params: StudentIdParams,
        querystring: StatusQuery,
        response: { 200: ref(StudentCourses), ...problemResponses(400, 404) },
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
      config: { student: { self: "params" } },
      schema: {
        tags,
        summary: "Drop a course",
        description:
          "The enrollment becomes dropped (204) and a freed seat goes to the longest-waiting student. " +
          "404 when there is no enrolled or waitlisted enrollment; 409 already-completed for a completed one. " +
          "A student dropping their own course after the term's add/drop period is 409 registration-blocked.",
        params: StudentCourseParams,
        response: { 204: Type.Null({ description: "Dropped" }), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await drop(db, request.params.student_id, request.params.course_id, request.requester);
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
          "the waitlisted students in waitlist order. ?status= takes one status or a comma-separated list. " +
          "Without ?limit the whole roster comes back; with it, a page and a next_cursor (and a Link header). " +
          "?q= narrows it to the students whose first name, last name or email contains the text (ignoring " +
          "case); the order and keyset paging stay the same.",
        params: CourseIdParams,
        querystring: RosterQuery,
        response: { 200: ref(CourseStudents), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { status, limit, cursor, q } = request.query;
      const statuses = parseStatuses(status, ["enrolled", "completed", "waitlisted"]);
      const roster = await studentsOfCourse(db, request.params.course_id, statuses, { limit, cursor, q });
      linkToNextPage(request, reply, roster.next_cursor);
      return roster;
    },
  );

  app.patch(
    "/students/:student_id/courses/:course_id",
    {
      schema: {
        tags,
        summary: "Complete, grade or restore an enrollment",
        description:
          "status completed (with an optional grade) finishes an enrolled course and frees its seat; a grade " +
          "alone changes the grade of a completed one; status enrolled restores a dropped one under the usual " +
          "capacity rules (waitlist: true to join the waitlist when full). Any other change is 409 " +
          "invalid-transition. Grades: A+, A, A-, … D-, F, or P / NP.",
        params: StudentCourseParams,
        body: EnrollmentPatch,
        response: { 200: ref(Enrollment), ...problemResponses(400, 404, 409, 413, 415, 422) },
      },
    },
    async (request) =>
      updateEnrollment(
        db,
        request.params.student_id,
        request.params.course_id,
        request.body,
        request.requester,
      ),
  );

  app.get(
    "/students/:student_id/courses/:course_id/history",
    {
      config: { student: { self: "params" } },
      schema: {
        tags,
        summary: "The history of an enrollment",
        description:
          "Every change, oldest first: what changed, from what to what, when and by whom. The history " +
          "outlives the enrollment: it is still there after the student or the course is deleted.",
        params: StudentCourseParams,
        response: { 200: ref(EnrollmentHistory), ...problemResponses(400, 404) },
      },
    },
    async (request) => enrollmentHistory(db, request.params.student_id, request.params.course_id),
  );
  done();
};

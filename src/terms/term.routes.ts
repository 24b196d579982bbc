import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { linkToNextPage } from "../http/links.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import { Term, TermCreate, TermIdParams, TermListQuery, TermPage, TermPatch } from "./term.schema.ts";
import { createTerm, deleteTerm, getTerm, listTerms, updateTerm } from "./term.service.ts";

const tags = ["terms"];

export const termRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/terms",
    {
      schema: {
        tags,
        summary: "Create a term",
        description:
          "ends_on may not be before starts_on, add_drop_ends_on not after ends_on, and registration_closes_at " +
          "must be after registration_opens_at (400 naming the field). Timestamps are stored in UTC.",
        body: TermCreate,
        response: { 201: ref(Term), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const term = await createTerm(db, request.body);
      return reply.code(201).header("location", `/api/v1/terms/${term.id}`).send(term);
    },
  );

  app.get(
    "/terms",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "List terms",
        description: "q searches code and name; sorted by starts_on unless sort says otherwise.",
        querystring: TermListQuery,
        response: { 200: ref(TermPage), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const page = await listTerms(db, request.query);
      linkToNextPage(request, reply, page.next_cursor);
      return page;
    },
  );

  app.get(
    "/terms/:term_id",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "Get a term",
        params: TermIdParams,
        response: { 200: ref(Term), ...problemResponses(400, 404) },
      },
    },
    async (request) => getTerm(db, request.params.term_id),
  );

  app.patch(
    "/terms/:term_id",
    {
      schema: {
        tags,
        summary: "Change some of a term's fields",
        description: "The rules between the dates apply to the term as it would be after the change.",
        params: TermIdParams,
        body: TermPatch,
        response: { 200: ref(Term), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => updateTerm(db, request.params.term_id, request.body),
  );

  app.delete(
    "/terms/:term_id",
    {
      schema: {
        tags,
        summary: "Delete a term",
        description: "Only a term that no course belongs to (409 term-has-courses otherwise).",
        params: TermIdParams,
        response: { 204: Type.Null({ description: "Deleted" }), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteTerm(db, request.params.term_id);
      return reply.code(204).send(null);
    },
  );
  done();
};

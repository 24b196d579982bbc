import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { linkToNextPage } from "../http/links.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import {
  CatalogCreate,
  CatalogEntry,
  CatalogIdParams,
  CatalogListQuery,
  CatalogPage,
  CatalogPatch,
} from "./catalog.schema.ts";
import {
  createCatalogEntry,
  deleteCatalogEntry,
  getCatalogEntry,
  listCatalog,
  updateCatalogEntry,
} from "./catalog.service.ts";

const tags = ["catalog"];

export const catalogRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.post(
    "/catalog",
    {
      schema: {
        tags,
        summary: "Create a catalog entry",
        description:
          "Every catalog_id in prerequisites must exist (400 naming the item otherwise), and none twice in a group.",
        body: CatalogCreate,
        response: { 201: ref(CatalogEntry), ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const entry = await createCatalogEntry(db, request.body);
      return reply.code(201).header("location", `/api/v1/catalog/${entry.id}`).send(entry);
    },
  );

  app.get(
    "/catalog",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "List the catalog",
        description: "q searches code and title; sorted by code unless sort says otherwise.",
        querystring: CatalogListQuery,
        response: { 200: ref(CatalogPage), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const page = await listCatalog(db, request.query);
      linkToNextPage(request, reply, page.next_cursor);
      return page;
    },
  );

  app.get(
    "/catalog/:catalog_id",
    {
      config: { student: "open" },
      schema: {
        tags,
        summary: "Get a catalog entry",
        params: CatalogIdParams,
        response: { 200: ref(CatalogEntry), ...problemResponses(400, 404) },
      },
    },
    async (request) => getCatalogEntry(db, request.params.catalog_id),
  );

  app.patch(
    "/catalog/:catalog_id",
    {
      schema: {
        tags,
        summary: "Change some of a catalog entry's fields",
        description:
          "prerequisites replaces the whole expression ([] removes it). An entry may not come to require " +
          "itself, directly or through others: 400 prerequisite-cycle, whose detail shows the path.",
        params: CatalogIdParams,
        body: CatalogPatch,
        response: { 200: ref(CatalogEntry), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => updateCatalogEntry(db, request.params.catalog_id, request.body),
  );

  app.delete(
    "/catalog/:catalog_id",
    {
      schema: {
        tags,
        summary: "Delete a catalog entry",
        description:
          "Only an entry that no course is a section of (409 catalog-has-courses) and that no other entry " +
          "requires (409 catalog-is-required).",
        params: CatalogIdParams,
        response: { 204: Type.Null({ description: "Deleted" }), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteCatalogEntry(db, request.params.catalog_id);
      return reply.code(204).send(null);
    },
  );
  done();
};

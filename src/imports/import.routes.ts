import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { DomainError } from "../errors.ts";
import { problemResponses, ref } from "../http/schemas.ts";
import type { ImportJobs } from "./import-job.service.ts";
import { ImportIdParams, ImportJob, ImportQuery } from "./import.schema.ts";

const MIB = 1024 * 1024;
/** The largest upload: a district's term roster (1M enrollments) zips to about 15 MB. */
export const MAX_UPLOAD_BYTES = 50 * MIB;

const tags = ["imports"];

/**
 * OneRoster imports over HTTP. This plugin is encapsulated: the zip body parser it adds serves these routes
 * only, and every other route keeps accepting JSON alone.
 */
export const importRoutes: FastifyPluginCallbackTypebox<{ jobs: ImportJobs }> = (app, { jobs }, done) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ["application/zip", "application/x-zip-compressed"],
    { parseAs: "buffer", bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, parsed) => {
      parsed(null, body);
    },
  );

  app.post(
    "/imports",
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary: "Start a OneRoster import",
        description:
          "The body is a zip of a OneRoster 1.1 or 1.2 CSV set (content-type application/zip, at most 50 MiB). " +
          "The zip is checked first: 400 invalid-zip when it cannot be read, 422 unsafe-zip for entries with " +
          "absolute or .. paths, symbolic links, too many entries or a zip-bomb compression ratio, 422 " +
          "not-oneroster when it holds no users.csv, classes.csv or enrollments.csv. Then the import runs in the " +
          "background: 202 with Location /api/v1/imports/{id}; poll it until status is succeeded or failed. " +
          "An import writes everything or nothing: with any rejected row nothing is written unless " +
          "skip_invalid=true. dry_run=true checks and reports without writing.",
        querystring: ImportQuery,
        body: Type.Unknown({ description: "The OneRoster zip (binary)" }),
        consumes: ["application/zip"],
        response: { 202: ref(ImportJob), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw new DomainError("invalid-zip", "The body must be a OneRoster zip sent as application/zip");
      }
      const job = await jobs.start(body, request.query);
      return reply.code(202).header("location", `/api/v1/imports/${job.id}`).send(job);
    },
  );

  app.get(
    "/imports/:import_id",
    {
      schema: {
        tags,
        summary: "An import job: status, progress and report",
        description:
          "status is queued, running, succeeded or failed. progress tells the phase (reading a file, checking, " +
          "writing) and how far it got; report has the summary per file (created, updated, unchanged, " +
          "skipped, rejected) and every rejected row with its file, line, column and reason.",
        params: ImportIdParams,
        response: { 200: ref(ImportJob), ...problemResponses(400, 404) },
      },
    },
    async (request) => jobs.get(request.params.import_id),
  );
  done();
};

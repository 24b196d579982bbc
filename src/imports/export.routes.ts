import type { FastifyPluginCallbackTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { Db } from "../db/database.ts";
import { problemResponses } from "../http/schemas.ts";
import { exportZip } from "./export-zip.ts";

/** The OneRoster export over HTTP (admins only, as everything under /api/v1/exports; see accessFor). */
export const exportRoutes: FastifyPluginCallbackTypebox<{ db: Db }> = (app, { db }, done) => {
  app.get(
    "/exports/oneroster",
    {
      schema: {
        tags: ["imports"],
        summary: "Download the OneRoster export",
        description:
          "The database as a OneRoster 1.2 CSV set in a zip (application/zip, as an attachment), read from one " +
          "snapshot: what `registrar export` writes. Importing it into an empty database gives back the same " +
          "terms, catalog, courses, students, instructors and enrolled and waitlisted enrollments.",
        produces: ["application/zip"],
        response: {
          200: Type.Unknown({ description: "The OneRoster zip (binary)" }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (_request, reply) => {
      const body = await exportZip(db);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type("application/zip")
        .header("content-disposition", `attachment; filename="registrar-oneroster-${day}.zip"`)
        .send(body);
    },
  );
  done();
};

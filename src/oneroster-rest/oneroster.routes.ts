/**
 * The OneRoster 1.2 Rostering REST provider under /ims/oneroster/rostering/v1p2: every GET of the official
 * document (endpoints.ts). These routes are described by that document, not by Registrar's OpenAPI (they are
 * hidden from it), and every answer on them, errors included, is in OneRoster's shapes.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/database.ts";
import { isDatabaseUnavailable } from "../db/dialect.ts";
import { DomainError } from "../errors.ts";
import { endpoints, entityOf, type Endpoint } from "./endpoints.ts";
import { linkHeader } from "./links.ts";
import { enforceScopes } from "./oauth.hooks.ts";
import { readCollection, readRecord, requireRecord, type ReadContext } from "./oneroster.service.ts";
import type { RawQuery } from "./query.ts";
import type { OneRosterOrg } from "./sources.ts";
import { OneRosterError, statusInfo, type CodeMinor } from "./status-info.ts";

export const ROSTERING_PREFIX = "/ims/oneroster/rostering/v1p2";

export interface OneRosterOptions {
  db: Db;
  org: OneRosterOrg;
}

function sendStatus(reply: FastifyReply, status: number, codeMinor: CodeMinor, description: string) {
  return reply.code(status).type("application/json").send(statusInfo(codeMinor, description));
}

const domainStatus: Partial<Record<string, [number, CodeMinor]>> = {
  unauthorized: [401, "unauthorisedrequest"],
  forbidden: [403, "forbidden"],
};

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof OneRosterError) return sendStatus(reply, error.status, error.codeMinor, error.message);
  if (error instanceof DomainError) {
    const [status, codeMinor] = domainStatus[error.kind] ?? [400, "invaliddata"];
    return sendStatus(reply, status, codeMinor, error.message);
  }
  if (error.statusCode === 429) return sendStatus(reply, 429, "server_busy", error.message);
  // A timed-out statement or an unreachable database: the consumer should retry, not give up on a 500.
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, "database unavailable");
    reply.header("retry-after", "5");
    return sendStatus(reply, 503, "server_busy", "The database could not answer in time; retry shortly");
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return sendStatus(reply, error.statusCode, "invaliddata", error.message);
  }
  request.log.error({ err: error }, "OneRoster request failed");
  return sendStatus(reply, 500, "internal_server_error", "The request could not be answered");
}

export function oneRosterRoutes(app: FastifyInstance, { db, org }: OneRosterOptions): Promise<void> {
  const startedAt = new Date();
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    sendStatus(reply, 404, "unknownobject", `No OneRoster endpoint answers ${request.method} ${request.url}`),
  );

  const contextOf = (request: FastifyRequest): ReadContext => ({
    db,
    now: new Date(),
    startedAt,
    org,
    baseUrl: `${request.protocol}://${request.host}${ROSTERING_PREFIX}`,
  });

  for (const endpoint of endpoints) {
    const url = endpoint.path.replace(/\{(\w+)\}/g, ":$1");
    app.get(
      url,
      { schema: { hide: true }, config: { oneRosterScopes: endpoint.scopes }, onRequest: enforceScopes },
      (request, reply) => answer(endpoint, contextOf(request), request, reply),
    );
  }
  return Promise.resolve();
}

async function answer(
  endpoint: Endpoint,
  context: ReadContext,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const params = request.params as Record<string, string>;
  const query = request.query as RawQuery;
  const entity = entityOf(endpoint);
  if (endpoint.single) {
    const record = await readRecord(context, entity, params.sourcedId ?? "", query);
    return reply.send({ [entity.singular]: record });
  }
  for (const parent of endpoint.parents) {
    await requireRecord(
      context,
      entityOf({ ...endpoint, entity: parent.entity }),
      params[parent.param] ?? "",
    );
  }
  const scope =
    endpoint.within === null
      ? null
      : { key: JSON.stringify([endpoint.path, params]), where: endpoint.within(params, context) };
  const page = await readCollection(context, entity, scope, query);
  reply.header("x-total-count", String(page.total));
  const links = linkHeader(`${request.protocol}://${request.host}${request.url}`, page);
  if (links !== "") reply.header("link", links);
  return reply.send({ [entity.plural]: page.records });
}

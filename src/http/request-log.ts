import { LogController, type FastifyReply, type FastifyRequest } from "fastify";
import { redactUrl } from "./log-redaction.ts";

/**
 * One log line per request, when it completes (Fastify's default writes two): method, URL, status and time.
 * Halving the log volume matters at tens of thousands of requests a second.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    // Logged once, on completion.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: redactUrl(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, "request");
    else reply.log.info(line, "request");
  }
}

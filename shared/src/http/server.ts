import type { AddressInfo } from "node:net";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Logger } from "../logger";

/** An error answer in the shape GraphQL clients read, for failures before GraphQL runs. */
export function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Fastify with the hub's conventions, for the gateway and the subgraphs alike: bodies over
 * `maxBodyBytes` answer 413, malformed JSON 400, unknown routes 404, and anything unexpected 500 with no
 * detail (the message goes to the log only). Any content type reaches the route as text, so Apollo
 * answers non-JSON posts itself (CSRF prevention) instead of Fastify's 415.
 */
export function createHttpServer(options: { log: Logger; maxBodyBytes: number }): FastifyInstance {
  const { log, maxBodyBytes } = options;
  const app = Fastify({ bodyLimit: maxBodyBytes, logger: false, return503OnClosing: true });
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));
  // Answers still in flight when the server starts closing end their connection, so the drain does not
  // wait for a keep-alive client to hang up.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "not found" }));
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.code(413).send(errorBody(`request body exceeds ${maxBodyBytes} bytes`, "PAYLOAD_TOO_LARGE"));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = error.code?.startsWith("FST_ERR_CTP") ? "request body is not valid JSON" : "bad request";
      return reply.code(status).send(errorBody(message, "BAD_REQUEST"));
    }
    log.error({ err: { message: error.message } }, "request failed");
    return reply.code(500).send(errorBody("Internal server error", "INTERNAL_SERVER_ERROR"));
  });
  return app;
}

/** `/graphql` (GET for queries, POST, OPTIONS) served by Apollo with a context built from the request. */
export function graphqlRoute<TContext extends BaseContext>(
  app: FastifyInstance,
  apollo: ApolloServer<TContext>,
  context: (request: FastifyRequest, reply: FastifyReply) => Promise<TContext>,
): void {
  app.route({ url: "/graphql", method: ["GET", "POST", "OPTIONS"], handler: fastifyApolloHandler(apollo, { context }) });
}

/** Listens and answers the GraphQL URL (port 0 picks a free port, as tests do). */
export async function listen(app: FastifyInstance, port: number, host: string): Promise<{ url: string; port: number }> {
  await app.listen({ port, host });
  const actual = (app.server.address() as AddressInfo).port;
  return { url: `http://${host}:${actual}/graphql`, port: actual };
}

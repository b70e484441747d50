import type { AddressInfo } from "node:net";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Logger } from "../logger";
import { documentShapeProblem } from "./document-shape";

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
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody("not found", "NOT_FOUND")));
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

/** The query text of a GraphQL request, from a POST body or GET parameters, unparsed. */
export function queryText(request: FastifyRequest): unknown {
  const source = request.method === "GET" ? request.query : request.body;
  return source && typeof source === "object" ? (source as { query?: unknown }).query : undefined;
}

/**
 * `/graphql` (GET for queries, POST, OPTIONS) served by Apollo with a context built from the request. A
 * document nested deeper than any parser should recurse is refused with 400 before it is parsed.
 */
export function graphqlRoute<TContext extends BaseContext>(
  app: FastifyInstance,
  apollo: ApolloServer<TContext>,
  context: (request: FastifyRequest, reply: FastifyReply) => Promise<TContext>,
): void {
  const handler = fastifyApolloHandler(apollo, { context });
  app.route({
    url: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    handler(request, reply) {
      const problem = documentShapeProblem(queryText(request));
      if (problem) return reply.code(400).send(errorBody(problem, "GRAPHQL_PARSE_FAILED"));
      return handler.call(this, request as never, reply as never);
    },
  });
}

/** Listens and answers the GraphQL URL (port 0 picks a free port, as tests do). */
export async function listen(app: FastifyInstance, port: number, host: string): Promise<{ url: string; port: number }> {
  await app.listen({ port, host });
  const actual = (app.server.address() as AddressInfo).port;
  return { url: `http://${host}:${actual}/graphql`, port: actual };
}

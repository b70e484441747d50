import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from "@apollo/server";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { GraphQLError } from "graphql";
import type { Identity } from "#shared/auth/identity";
import { documentProblem } from "#shared/http/document-shape";
import { errorBody, queryText } from "#shared/http/server";
import type { Logger } from "#shared/logger";
import type { AuditLog } from "./audit/audit-log";
import type { GatewayContext } from "./context";
import type { AuthFailureThrottle, RateLimiter } from "./limits";
import { RefusedRequest } from "./refused-request";
import { registeredOperation, type PartnerOperation, type PartnerOperations, type RequestedDocument } from "./partner-operations";

export interface GraphqlRouteOptions {
  apollo: ApolloServer<GatewayContext>;
  /** Verifies the request's credential (throws an UNAUTHENTICATED GraphQLError). */
  identify: (request: FastifyRequest) => Promise<Identity>;
  throttle: AuthFailureThrottle;
  rateLimiter: RateLimiter;
  operations: PartnerOperations;
  audit: AuditLog;
  log: Logger;
}

function refuse(reply: FastifyReply, status: number, message: string, code: string) {
  return reply.code(status).type("application/json; charset=utf-8").send(errorBody(message, code));
}

function parseJson(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The query text and persisted-query hash a request carries, as sent. */
function requestedDocument(request: FastifyRequest): RequestedDocument {
  const source = (request.method === "GET" ? request.query : request.body) as Record<string, unknown> | undefined;
  const extensions = parseJson(source?.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash;
  const query = queryText(request);
  return { query: typeof query === "string" ? query : undefined, sha256Hash: typeof hash === "string" ? hash : undefined };
}

function operationNameOf(request: FastifyRequest): unknown {
  const source = (request.method === "GET" ? request.query : request.body) as Record<string, unknown> | undefined;
  return source && typeof source === "object" ? source.operationName : undefined;
}

/** The request as Apollo sees it, with a registered operation's text in place of its hash. */
function toApolloRequest(request: FastifyRequest, operation: PartnerOperation | null): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) if (value) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  const url = new URL(request.url, "http://gateway.invalid");
  let body = request.body;
  if (operation && request.method === "GET") {
    url.searchParams.set("query", operation.document);
    url.searchParams.delete("extensions");
  } else if (operation && body && typeof body === "object") {
    const { extensions: _extensions, ...rest } = body as Record<string, unknown>;
    body = { ...rest, query: operation.document };
  }
  return { method: request.method.toUpperCase(), headers, search: url.search, body };
}

/**
 * POST/GET /graphql on the gateway, in order: the document's shape (nesting, before any parser), the
 * caller's address (failed-authentication throttle), the credential, the per-identity rate limit, the
 * trusted document (partner keys run only registered operations), then Apollo.
 */
export function registerGraphqlRoute(app: FastifyInstance, options: GraphqlRouteOptions): void {
  const { apollo, log } = options;
  const execute = async (request: FastifyRequest, reply: FastifyReply, context: GatewayContext | null, operation: PartnerOperation | null) => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: toApolloRequest(request, operation),
      context: async () => {
        if (!context) throw new GraphQLError("no credential", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
        return context;
      },
    });
    for (const [key, value] of response.headers) void reply.header(key, value);
    void reply.code(response.status ?? 200);
    if (response.body.kind === "complete") return response.body.string;
    return reply.send(response.body.asyncIterator);
  };

  app.route({
    url: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    async handler(request, reply) {
      if (request.method === "OPTIONS") return execute(request, reply, null, null);
      const early = documentProblem(queryText(request), operationNameOf(request));
      if (early) return refuse(reply, 400, early.message, early.code);

      const address = request.ip;
      const blocked = options.throttle.blockedLocally(address);
      if (blocked > 0) {
        void reply.header("retry-after", String(blocked));
        return refuse(reply, 429, `too many failed authentications from this address; retry in ${blocked}s`, "TOO_MANY_REQUESTS");
      }
      let identity: Identity;
      try {
        identity = await options.identify(request);
      } catch (error) {
        if (error instanceof RefusedRequest) {
          if (error.status === 429) void reply.header("retry-after", String(error.extensions.retryAfter ?? 60));
          return refuse(reply, error.status, error.message, String(error.extensions.code));
        }
        if (error instanceof GraphQLError && error.extensions?.code === "UNAUTHENTICATED") return refuse(reply, 401, error.message, "UNAUTHENTICATED");
        throw error;
      }

      const wait = await options.rateLimiter.take(identity.subject, identity.kind);
      if (wait > 0) {
        void reply.header("retry-after", String(wait));
        return refuse(reply, 429, `rate limit reached; retry in ${wait}s`, "TOO_MANY_REQUESTS");
      }

      const requested = requestedDocument(request);
      const refusal = (status: number, message: string, code: string) => {
        if (identity.kind !== "partner") return refuse(reply, status, message, code);
        // Every partner request is audited, refused ones too; nothing of an unregistered document is kept.
        return options.audit
          .record({ identity, operationType: "unregistered", operationName: null, variables: {}, sourceAddress: address }, "ERROR", [code])
          .catch((error: unknown) => log.error({ err: { message: (error as Error).message } }, "audit write failed"))
          .then(() => refuse(reply, status, message, code));
      };
      let operation: PartnerOperation | null;
      try {
        operation = registeredOperation(options.operations, requested);
      } catch (error) {
        if (error instanceof RefusedRequest) return refusal(error.status, error.message, String(error.extensions.code));
        throw error;
      }
      if (identity.kind === "partner" && !operation && requested.query !== undefined) {
        return refusal(403, "partner keys run only registered operations: send extensions.persistedQuery.sha256Hash of one listed by GET /partner-operations", "FORBIDDEN");
      }
      return execute(request, reply, { identity, sourceAddress: address }, operation);
    },
  });
}

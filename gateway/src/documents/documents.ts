import type { ApolloServer } from "@apollo/server";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { hasRole, type Identity, type StaffRole } from "#shared/auth/identity";
import { errorBody } from "#shared/http/server";
import type { Logger } from "#shared/logger";
import type { GatewayContext } from "../context";

/** A file the hub drafts for staff (a request letter, a report): bytes, a name and a type. */
export interface RenderedDocument {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export type DocumentLanguage = "az" | "en" | "ru";

/** Runs a GraphQL operation through the supergraph as the person asking: their roles, their limits. */
export type OperationRunner = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface DocumentRequest<Params, Query> {
  params: Params;
  query: Query;
  lang: DocumentLanguage;
  identity: Identity;
  run: OperationRunner;
}

/**
 * One kind of document: a GET route for a staff role. Documents are views of the supergraph: `render`
 * reads what it needs with `run` (so the subgraphs apply their own access rules and nothing is read
 * around them) and lays it out; partners never reach a document route.
 */
export interface DocumentRoute<Params = Record<string, string>, Query = Record<string, string | undefined>> {
  path: string;
  role: StaffRole;
  render(request: DocumentRequest<Params, Query>): Promise<RenderedDocument>;
}

/** A document that cannot be produced as asked: the status, a code and what to fix (e.g. what is missing). */
export class DocumentError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409 };

export function documentLanguage(value: string | undefined): DocumentLanguage {
  if (value === undefined || value === "") return "az";
  if (value === "az" || value === "en" || value === "ru") return value;
  throw new DocumentError(400, "BAD_USER_INPUT", "lang must be az, en or ru", { field: "lang" });
}

export interface DocumentRouteOptions {
  /** Authenticates the request (failed attempts count against its address). */
  identify(request: FastifyRequest): Promise<Identity>;
  apollo: ApolloServer<GatewayContext>;
  log: Logger;
}

/** `Content-Disposition` for a UTF-8 file name (RFC 6266 / 5987), with an ASCII fallback. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerDocumentRoutes(app: FastifyInstance, options: DocumentRouteOptions, routes: DocumentRoute<never, never>[]): void {
  for (const route of routes as DocumentRoute[]) {
    app.get<{ Params: Record<string, string>; Querystring: Record<string, string | undefined> }>(route.path, async (request, reply) => {
      const identity = await options.identify(request).catch(() => null);
      if (!identity) return reply.code(401).send(errorBody("send Authorization: Bearer <staff token>", "UNAUTHENTICATED"));
      if (identity.kind !== "staff" || !hasRole(identity, route.role)) {
        return reply.code(403).send(errorBody(`documents are for staff with the ${route.role} role`, "FORBIDDEN"));
      }
      const run: OperationRunner = async <T>(query: string, variables?: Record<string, unknown>) => {
        const response = await options.apollo.executeOperation<Record<string, unknown>>({ query, variables }, { contextValue: { identity } });
        const result = response.body.kind === "single" ? response.body.singleResult : undefined;
        const error = result?.errors?.[0];
        if (error) {
          const code = String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
          throw new DocumentError(STATUS_OF_CODE[code] ?? 500, code, error.message, error.extensions?.field ? { field: error.extensions.field } : {});
        }
        return result?.data as T;
      };
      try {
        const lang = documentLanguage(request.query.lang);
        const document = await route.render({ params: request.params, query: request.query, lang, identity, run });
        return reply.type(document.contentType).header("content-disposition", attachment(document.fileName)).send(document.body);
      } catch (error) {
        if (error instanceof DocumentError && error.status < 500) {
          return reply.code(error.status).send({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
        }
        options.log.error({ err: { message: error instanceof Error ? error.message : String(error) }, route: route.path }, "document failed");
        return reply.code(500).send(errorBody("Internal server error", "INTERNAL_SERVER_ERROR"));
      }
    });
  }
}

import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { signIdentity, IDENTITY_HEADER } from "#shared/auth/gateway-signature";
import type { Logger } from "#shared/logger";
import type { GatewayContext } from "./context";

/** Refusals of the caller's request a subgraph answers with HTTP 4xx: passed on to the client as they are. */
const PASSED_ON = new Set(["BAD_USER_INPUT", "FORBIDDEN"]);

/** A subgraph that did not answer in time or at all: its part of the answer is null, the rest is served. */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(service: string, reason: string) {
    super(`the ${service} service did not answer (${reason}); the parts of the answer it owns are missing`, {
      extensions: { code: "SUBGRAPH_UNAVAILABLE", service },
    });
  }
}

/**
 * One subgraph as the gateway calls it: the verified identity forwarded, signed, in place of the caller's
 * own credentials; every fetch bounded by SUBGRAPH_TIMEOUT_MS, so a hung subgraph (SIGSTOP, a dead
 * connection) costs a query that long at most; a subgraph that cannot be reached is named in the error.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly service: string,
    url: string,
    private readonly internalSecret: string,
    timeoutMs: number,
    private readonly log: Logger,
  ) {
    super({ url });
    // Apollo's own fetcher (keep-alive sockets), each fetch aborted past the timeout.
    const fetcher: Fetcher = this.fetcher;
    this.fetcher = (input, init) => fetcher(input, { ...init, signal: AbortSignal.timeout(timeoutMs) } as typeof init);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && PASSED_ON.has(String(error.extensions?.code))) throw error;
      const status = error instanceof GraphQLError ? (error.extensions?.response as { status?: number } | undefined)?.status : undefined;
      // The only abort is the timeout's (AbortSignal.timeout); fetchers name it TimeoutError or AbortError.
      const aborted = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      const reason = status ? `answered HTTP ${status}` : aborted ? "timed out" : "unreachable";
      this.log.warn({ service: this.service, reason, err: { message: (error as Error).message } }, "subgraph fetch failed");
      throw new SubgraphUnavailableError(this.service, reason);
    }
  }

  /**
   * A subgraph answers a bad variable (a LocalDate "2024-13-45", which the gateway cannot check: custom
   * scalars are opaque to it) with HTTP 400 and a BAD_USER_INPUT error; pass that error on as it is
   * instead of the generic "400: Bad Request".
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status >= 400 && response.status < 500) {
      const body = (await response.clone().json().catch(() => undefined)) as { errors?: { message?: string; extensions?: { code?: string; field?: string } }[] } | undefined;
      const first = body?.errors?.[0];
      const code = first?.extensions?.code;
      if (first?.message && (code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED" || code === "FORBIDDEN")) {
        return new GraphQLError(first.message, { extensions: { code: code === "GRAPHQL_VALIDATION_FAILED" ? "BAD_USER_INPUT" : code, ...(first.extensions?.field ? { field: first.extensions.field } : {}) } });
      }
    }
    return super.errorFromResponse(response);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!("identity" in context) || !context.identity) throw new Error("gateway context has no identity");
    request.http?.headers.set(IDENTITY_HEADER, await signIdentity(this.internalSecret, context.identity));
  }
}

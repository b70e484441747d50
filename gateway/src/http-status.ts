import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "./context";

/** HTTP status of an answer whose errors left no data, by the first error code that has one. */
const STATUS_OF: Record<string, number> = {
  SERVICE_UNAVAILABLE: 503,
  SUBGRAPH_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
  CONFLICT: 409,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * An operation that produced no data at all because of the client's input answers with a 4xx status
 * matching the error (400 bad input, 409 conflict, 403 forbidden…), not 200: scripts and proxies see the
 * failure without reading the body. Partial data keeps 200. Server faults keep 5xx.
 */
export function statusFromErrorsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (data !== null && data !== undefined)) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const codes = errors.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          const known = Object.keys(STATUS_OF).find((code) => codes.includes(code));
          if (known) response.http.status = STATUS_OF[known];
        },
      };
    },
  };
}

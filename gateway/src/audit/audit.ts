import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getOperationAST, type GraphQLSchema } from "graphql";
import type { Logger } from "#shared/logger";
import type { GatewayContext } from "../context";
import { AuditLog } from "./audit-log";
import { auditVariables } from "./audit-values";

function auditUnavailable(): GraphQLError {
  return new GraphQLError("the audit log cannot be written, so nothing was done; try again later", {
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
  });
}

/**
 * Records every mutation (allowed or not) and every partner operation: who (the token's subject and
 * name, or the key), when, which operation, its variables redacted by the schema, and the outcome. The row
 * is written when the operation is resolved, before anything executes; if that write fails the request
 * fails. The outcome is appended when the response leaves.
 */
export function auditPlugin(audit: AuditLog, schema: GraphQLSchema, log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let begun: Promise<string | null> | undefined;
      const attemptOf = (context: GatewayContext, document: Parameters<typeof getOperationAST>[0] | undefined, operationName: string | null | undefined, variables: Record<string, unknown> | undefined) => {
        const operation = document ? getOperationAST(document, operationName) : null;
        const type = operation?.operation ?? "unknown";
        if (type !== "mutation" && context.identity.kind !== "partner") return null;
        return {
          identity: context.identity,
          operationType: type,
          operationName: operationName ?? operation?.name?.value ?? null,
          variables: auditVariables(schema, document, operationName ?? operation?.name?.value, variables),
          sourceAddress: context.sourceAddress ?? null,
        };
      };
      return {
        async didResolveOperation({ contextValue, document, request }) {
          const attempt = attemptOf(contextValue, document, request.operationName, request.variables);
          if (!attempt) return;
          begun = audit.begin(attempt).catch((error: unknown) => {
            log.error({ err: { message: (error as Error).message } }, "audit write failed; the operation is refused");
            return null;
          });
          if ((await begun) === null) throw auditUnavailable();
        },
        async willSendResponse({ contextValue, document, request, response }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          const outcome = codes.length ? "ERROR" : "OK";
          try {
            const id = begun ? await begun : null;
            if (id) return await audit.finish(id, outcome, codes);
            if (begun) return; // the row could not be written and the operation was refused
            // Refused before the operation was resolved (invalid document): recorded now, with its outcome.
            const attempt = contextValue?.identity ? attemptOf(contextValue, document, request.operationName, request.variables) : null;
            if (attempt) await audit.record(attempt, outcome, codes);
          } catch (error) {
            log.error({ err: { message: (error as Error).message } }, "audit outcome write failed");
          }
        },
      };
    },
  };
}

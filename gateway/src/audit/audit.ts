import type { ApolloServerPlugin } from "@apollo/server";
import type { Pool } from "pg";
import type { Logger } from "#shared/logger";
import type { GatewayContext } from "../context";

/**
 * Input fields whose values may identify a victim or are internal: never stored in the audit log. The
 * audit test fails when an input type gains a field of these names without it being redacted here.
 */
export const REDACTED_VARIABLES = new Set(["victimDetails", "internalNotes", "internalNote", "note", "summary",
  "factsSummary", "assistanceSought", "contactName", "contactPhone", "contactEmail"]);

export function redactVariables(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactVariables);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, REDACTED_VARIABLES.has(key) ? "[redacted]" : redactVariables(inner)]),
    );
  }
  return value;
}

/**
 * Records every mutation and every partner read: who, when, operation, variables (redacted), outcome.
 * Written before the response leaves, so an audited operation never goes unrecorded.
 */
export function auditPlugin(pool: Pool, log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, request, response }) {
          const identity = contextValue.identity;
          const type = operation?.operation ?? "unknown";
          if (!identity || (type !== "mutation" && identity.kind !== "partner")) return;
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          try {
            await pool.query(
              `INSERT INTO gateway.audit_log (actor_kind, actor_subject, actor_organization, operation_type, operation_name, variables, outcome, error_codes)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
              [identity.kind, identity.subject, identity.organization ?? null, type, request.operationName ?? operation?.name?.value ?? null,
                JSON.stringify(redactVariables(request.variables ?? {})), codes.length ? "ERROR" : "OK", codes],
            );
          } catch (error) {
            log.error({ err: { message: (error as Error).message } }, "audit write failed");
          }
        },
      };
    },
  };
}

export async function readAuditLog(pool: Pool, limit: number): Promise<Record<string, unknown>[]> {
  const { rows } = await pool.query(
    `SELECT id, at, actor_kind AS "actorKind", actor_subject AS "actorSubject", actor_organization AS "actorOrganization",
            operation_type AS "operationType", operation_name AS "operationName", variables, outcome, error_codes AS "errorCodes"
       FROM gateway.audit_log ORDER BY id DESC LIMIT $1`,
    [limit],
  );
  return rows;
}

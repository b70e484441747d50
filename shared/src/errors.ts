import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger";

/** Bad input: names the field so the caller can fix it. Nothing was changed. */
export class UserInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, { extensions: { code: "BAD_USER_INPUT", field } });
  }
}

/** Someone else changed the record first (stale expectedVersion) or the change clashes with existing data. */
export class ConflictError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "CONFLICT", ...extensions } });
  }
}

/** The caller edited an older version of the record: nothing was changed, reload and try again. */
export class StaleVersionError extends ConflictError {
  constructor(what: string, expectedVersion: number, currentVersion: number) {
    super(`${what} was changed by someone else (you saw version ${expectedVersion}, it is now ${currentVersion}); reload and try again`, {
      field: "expectedVersion",
      currentVersion,
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist`, { extensions: { code: "NOT_FOUND" } });
  }
}

/** Codes whose messages are written for users; every other error is masked. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "CONFLICT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "PAYLOAD_TOO_LARGE",
  "TOO_MANY_REQUESTS",
]);

// type-graphql's own auth errors carry these codes.
const RENAMED_CODES: Record<string, string> = { UNAUTHORIZED: "FORBIDDEN" };

/**
 * Apollo `formatError`: user-facing errors pass with their code; anything else (SQL, driver, bugs) is
 * logged by message only and answered as a bare INTERNAL_SERVER_ERROR, with no stack or SQL.
 */
export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const rawCode = String(formatted.extensions?.code ?? "");
    const code = RENAMED_CODES[rawCode] ?? rawCode;
    if (PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    log.error({ err: { message: original instanceof Error ? original.message : String(original), path: formatted.path } }, "internal error");
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

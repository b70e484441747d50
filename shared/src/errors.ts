import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { describeDatabaseError, isDataException, isUniqueViolation } from "./database/database-error";
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
  "SUBGRAPH_UNAVAILABLE",
  "SERVICE_UNAVAILABLE",
]);

// type-graphql's own auth errors carry these codes.
const RENAMED_CODES: Record<string, string> = { UNAUTHORIZED: "FORBIDDEN" };

/**
 * What a log line says about an error: a database error without its values, a subgraph's error (a plain
 * object inside the gateway's GraphQLError) by its message and service, anything else by its message.
 */
export function describeError(error: unknown): Record<string, unknown> {
  const database = describeDatabaseError(error);
  if (database) return { ...database };
  if (error instanceof GraphQLError) {
    const service = error.extensions?.serviceName;
    const inner = error.originalError && error.originalError !== error ? describeError(error.originalError) : {};
    return { ...inner, message: error.message, ...(error.extensions?.code ? { code: error.extensions.code } : {}), ...(service ? { service } : {}) };
  }
  if (error instanceof Error) return { message: error.message };
  if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
    const { message, extensions } = error as { message: string; extensions?: { code?: unknown } };
    return { message, ...(extensions?.code ? { code: extensions.code } : {}) };
  }
  return { message: String(error) };
}

/**
 * Apollo `formatError`: user-facing errors pass with their code; anything else (SQL, driver, bugs) is
 * logged without values and answered as a bare INTERNAL_SERVER_ERROR, with no stack or SQL. The two
 * database refusals a client can cause are answered as what they are: a unique index refusing a row
 * created at the same moment by someone else (CONFLICT), and a value the database cannot take
 * (BAD_USER_INPUT).
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
    if (isUniqueViolation(original)) {
      log.warn({ err: describeError(original), path: formatted.path }, "unique violation answered as CONFLICT");
      return { message: "this record was just created by someone else; reload and try again", path: formatted.path, extensions: { code: "CONFLICT" } };
    }
    if (isDataException(original)) {
      log.warn({ err: describeError(original), path: formatted.path }, "database refused a value");
      return { message: "a value in the request is malformed or out of range", path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
    }
    log.error({ err: { ...describeError(error instanceof GraphQLError && error.extensions?.serviceName ? error : original), path: formatted.path } }, "internal error");
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

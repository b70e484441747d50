/**
 * What a log line may say about a PostgreSQL error. PostgreSQL quotes the offending value in its messages
 * (`invalid input syntax for type uuid: "…"`, `Key (reference)=(…) already exists`), and a value may be
 * victim data, so quoted parts and the detail are never logged: the SQLSTATE, the constraint and the
 * message's shape are enough to find the statement.
 */
export interface DatabaseErrorSummary {
  sqlState: string;
  message: string;
  constraint?: string;
  table?: string;
}

interface DriverErrorFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  message?: unknown;
  driverError?: DriverErrorFields;
}

/** The driver's error behind a TypeORM QueryFailedError, or the pg error itself; undefined for anything else. */
function driverError(error: unknown): DriverErrorFields | undefined {
  if (!error || typeof error !== "object") return undefined;
  const fields = error as DriverErrorFields;
  const inner = fields.driverError ?? fields;
  return typeof inner.code === "string" && /^[0-9A-Z]{5}$/.test(inner.code) ? inner : undefined;
}

export function sqlStateOf(error: unknown): string | undefined {
  return driverError(error)?.code as string | undefined;
}

/** Quoted parts of a message replaced by "…": identifiers go with them, values never leak. */
export function withoutQuotedValues(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\((?:[^()]*)\)=\((?:[^()]*)\)/g, "(…)=(…)").slice(0, 300);
}

export function describeDatabaseError(error: unknown): DatabaseErrorSummary | undefined {
  const found = driverError(error);
  if (!found) return undefined;
  return {
    sqlState: found.code as string,
    message: withoutQuotedValues(String(found.message ?? (error as { message?: unknown }).message ?? "")),
    ...(typeof found.constraint === "string" ? { constraint: found.constraint } : {}),
    ...(typeof found.table === "string" ? { table: found.table } : {}),
  };
}

/** 23505: a unique index refused the row (two clients created the same record at once). */
export const isUniqueViolation = (error: unknown) => sqlStateOf(error) === "23505";

/**
 * Class 22 (data exception: malformed or out-of-range value) and 2201W/2201X (bad LIMIT/OFFSET): the
 * database refused a value that came from the request. Checks before the database should catch these;
 * this is the net under them, so a client never gets a 500 for its own input.
 */
export const isDataException = (error: unknown) => sqlStateOf(error)?.startsWith("22") ?? false;

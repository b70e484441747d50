import type { FastifyInstance } from "fastify";
import { adminError, requireAdmin, type Identify } from "../admin-access";
import type { AuditFilter, AuditLog } from "./audit-log";

type AuditQuery = Partial<Record<"actor" | "operation" | "from" | "to" | "limit" | "before", string>>;

class BadParameter extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

function text(query: AuditQuery, field: "actor" | "operation"): string | undefined {
  const value = query[field];
  if (value === undefined || value === "") return undefined;
  if (value.length > 200 || value.includes("\u0000")) throw new BadParameter(field, "must be at most 200 characters, without NUL");
  return value;
}

/** A day (2025-01-31: its start for `from`, the next day's start for `to`) or an ISO date-time. */
function instant(query: AuditQuery, field: "from" | "to"): Date | undefined {
  const value = query[field];
  if (value === undefined || value === "") return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(day ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1) {
    throw new BadParameter(field, "must be a date (2025-01-31) or an ISO date-time");
  }
  if (day && date.toISOString().slice(0, 10) !== value) throw new BadParameter(field, "is not a calendar day");
  if (day && field === "to") date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

function integer(query: AuditQuery, field: "limit" | "before", min: number, max: number): number | undefined {
  const value = query[field];
  if (value === undefined || value === "") return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) throw new BadParameter(field, `must be an integer from ${min} to ${max}`);
  return number;
}

export function auditFilter(query: AuditQuery): AuditFilter {
  return {
    actor: text(query, "actor"),
    operation: text(query, "operation"),
    from: instant(query, "from"),
    to: instant(query, "to"),
    limit: integer(query, "limit", 1, 1000) ?? 100,
    before: integer(query, "before", 1, Number.MAX_SAFE_INTEGER),
  };
}

/**
 * GET /audit (admins): the audit log, newest first, filtered by actor (a subject, or part of a name),
 * operation name and time (`from` inclusive, `to` exclusive; a bare day covers the whole day), a page of
 * `limit` (default 100, at most 1000) at a time; `nextBefore` in the answer asks for the next page.
 */
export function registerAuditRoutes(app: FastifyInstance, audit: AuditLog, identify: Identify): void {
  app.get<{ Querystring: AuditQuery }>("/audit", async (request, reply) => {
    if (!(await requireAdmin(request, reply, identify))) return reply;
    let filter: AuditFilter;
    try {
      filter = auditFilter(request.query);
    } catch (error) {
      if (error instanceof BadParameter) return adminError(reply, 400, "BAD_REQUEST", error.message, error.field);
      throw error;
    }
    return reply.send(await audit.read(filter));
  });
}

import type { Pool } from "pg";
import type { Identity } from "#shared/auth/identity";
import { auditSafe } from "./audit-values";

export interface AuditAttempt {
  identity: Identity;
  operationType: string;
  operationName: string | null;
  /** Already redacted (auditVariables). */
  variables: Record<string, unknown>;
  sourceAddress: string | null;
}

export type Outcome = "OK" | "ERROR";

export interface AuditFilter {
  /** A subject (`staff:a-officer`, `key:<id>`) or part of a name. */
  actor?: string;
  operation?: string;
  from?: Date;
  to?: Date;
  limit: number;
  /** Entries with a smaller id than this (the `nextBefore` of the previous page). */
  before?: number;
}

const text = (value: string | null | undefined) => (value === null || value === undefined ? null : (auditSafe(value) as string));

/**
 * The append-only audit log (`gateway.audit_log`, `gateway.audit_outcome`; triggers refuse UPDATE, DELETE
 * and TRUNCATE). An operation's row is written before it runs (`begin`), its outcome appended after
 * (`finish`): if the row cannot be written the operation does not run, so the log never misses one that
 * did. Every value is made safe for jsonb first (auditSafe), so a client cannot make the write fail.
 */
export class AuditLog {
  constructor(private readonly pool: Pool) {}

  async begin(attempt: AuditAttempt): Promise<string> {
    const { rows } = await this.pool.query(
      `INSERT INTO gateway.audit_log (actor_kind, actor_subject, actor_name, actor_organization, operation_type, operation_name, variables, source_address)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      this.values(attempt),
    );
    return String(rows[0].id);
  }

  async finish(id: string, outcome: Outcome, errorCodes: string[]): Promise<void> {
    await this.pool.query(`INSERT INTO gateway.audit_outcome (audit_id, outcome, error_codes) VALUES ($1, $2, $3) ON CONFLICT (audit_id) DO NOTHING`, [
      id,
      outcome,
      errorCodes.map((code) => text(code)),
    ]);
  }

  /** A request refused before it ran (an unregistered partner document): row and outcome in one statement. */
  async record(attempt: AuditAttempt, outcome: Outcome, errorCodes: string[]): Promise<void> {
    await this.pool.query(
      `WITH entry AS (
         INSERT INTO gateway.audit_log (actor_kind, actor_subject, actor_name, actor_organization, operation_type, operation_name, variables, source_address)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id)
       INSERT INTO gateway.audit_outcome (audit_id, outcome, error_codes) SELECT id, $9, $10 FROM entry`,
      [...this.values(attempt), outcome, errorCodes.map((code) => text(code))],
    );
  }

  /**
   * Newest first, filtered, a page at a time: `nextBefore` asks for the next page; `total` counts every
   * entry the filters match (the same WHERE without the page's `before`), so it is the same on every page.
   */
  async read(filter: AuditFilter): Promise<{ entries: Record<string, unknown>[]; nextBefore: number | null; total: number }> {
    const matching = auditConditions(filter);
    const page = auditConditions(filter, filter.before);
    const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(" AND ")}` : "");
    const [{ rows }, counted] = await Promise.all([
      this.pool.query(
        `SELECT l.id::int AS id, l.at, l.actor_kind AS "actorKind", l.actor_subject AS "actorSubject", l.actor_name AS "actorName",
                l.actor_organization AS "actorOrganization", l.operation_type AS "operationType", l.operation_name AS "operationName",
                l.variables, coalesce(o.outcome, l.outcome) AS outcome, coalesce(o.error_codes, l.error_codes) AS "errorCodes", o.at AS "finishedAt"
           FROM gateway.audit_log l LEFT JOIN gateway.audit_outcome o ON o.audit_id = l.id
          ${where(page.conditions)}
          ORDER BY l.id DESC LIMIT $${page.params.length + 1}`,
        [...page.params, filter.limit + 1],
      ),
      this.pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM gateway.audit_log l ${where(matching.conditions)}`, matching.params),
    ]);
    const entries = rows.slice(0, filter.limit);
    return { entries, nextBefore: rows.length > filter.limit ? entries.at(-1)!.id : null, total: counted.rows[0].total };
  }

  private values(attempt: AuditAttempt): unknown[] {
    const { identity } = attempt;
    return [
      identity.kind,
      text(identity.subject),
      text(identity.name),
      text(identity.organization ?? null),
      attempt.operationType,
      text(attempt.operationName),
      JSON.stringify(auditSafe(attempt.variables)),
      text(attempt.sourceAddress),
    ];
  }
}

/** The filters as SQL over `gateway.audit_log l` (indexed: actor_subject, actor_name's trigrams, operation_name, at, id). */
function auditConditions(filter: Omit<AuditFilter, "limit" | "before">, before?: number): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replaceAll("?", `$${params.length}`));
  };
  if (filter.actor) add(`(l.actor_subject = ? OR l.actor_name ILIKE '%' || replace(replace(replace(?, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`, filter.actor);
  if (filter.operation) add(`l.operation_name = ?`, filter.operation);
  if (filter.from) add(`l.at >= ?`, filter.from);
  if (filter.to) add(`l.at < ?`, filter.to);
  if (before) add(`l.id < ?`, before);
  return { conditions, params };
}

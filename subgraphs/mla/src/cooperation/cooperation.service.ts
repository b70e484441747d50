import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { CooperationLevel, LEVEL_ORDER, type CooperationPeriod, type CooperationSummary } from "./cooperation-summary";

export type SummaryKey = "legal_basis_agreement_id" | "counterpart_country_code";

interface SummaryRow {
  key: string;
  requests_in: string;
  requests_out: string;
  executed: string;
  refused: string;
  pending: string;
  overdue: string;
  median_days: string | null;
  suspects_arrested: string;
  victims_identified: string;
  victims_assisted: string;
  indictments: string;
  convictions: string;
  assets_seized: string;
  level: number;
}

export const EMPTY_SUMMARY: CooperationSummary = {
  requestsIn: 0,
  requestsOut: 0,
  executed: 0,
  refused: 0,
  pending: 0,
  overdue: 0,
  medianDaysToExecute: null,
  outcomes: { suspectsArrested: 0, victimsIdentified: 0, victimsAssisted: 0, indictments: 0, convictions: 0, assetsSeized: 0 },
  level: CooperationLevel.NO_REQUESTS,
};

export function checkPeriod(period: CooperationPeriod | undefined, field = "period"): void {
  if (period?.from && period.to && period.from > period.to) throw new UserInputError(`${field}.to`, "must not be before from");
}

/**
 * One statement for any number of agreements (or countries): requests grouped by key, and the outcomes
 * that executed requests contributed to, each outcome counted once per key however many requests share
 * it. The level is computed here too, so the ranking can order by it in SQL.
 */
function summarySql(key: SummaryKey, where: string, tail: string): string {
  return `
    WITH r AS (
      SELECT s.*, s.${key} AS key FROM mla.mla_request_state s
       WHERE s.${key} IS NOT NULL AND ${where}
    ), requests AS (
      SELECT key,
             count(*) FILTER (WHERE direction = 'INCOMING') AS requests_in,
             count(*) FILTER (WHERE direction = 'OUTGOING') AS requests_out,
             count(*) FILTER (WHERE status IN ('EXECUTED', 'PARTIALLY_EXECUTED')) AS executed,
             count(*) FILTER (WHERE status = 'REFUSED') AS refused,
             count(*) FILTER (WHERE NOT closed AND status <> 'DRAFT') AS pending,
             count(*) FILTER (WHERE overdue) AS overdue,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY days_open)
               FILTER (WHERE status IN ('EXECUTED', 'PARTIALLY_EXECUTED')) AS median_days
        FROM r GROUP BY key
    ), contributed AS (
      SELECT r.key, o.id, o.kind, o.quantity,
             bool_or(r.direction = 'OUTGOING' OR r.spontaneous OR 'JOINT_INVESTIGATION' = ANY (r.assistance_types)) AS proactive
        FROM r
        JOIN mla.outcome_contribution c ON c.request_id = r.id
        JOIN mla.case_outcome o ON o.id = c.outcome_id
       WHERE r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED')
       GROUP BY r.key, o.id, o.kind, o.quantity
    ), outcomes AS (
      SELECT key,
             coalesce(sum(quantity) FILTER (WHERE kind = 'SUSPECTS_ARRESTED'), 0) AS suspects_arrested,
             coalesce(sum(quantity) FILTER (WHERE kind = 'VICTIMS_IDENTIFIED'), 0) AS victims_identified,
             coalesce(sum(quantity) FILTER (WHERE kind = 'VICTIMS_ASSISTED'), 0) AS victims_assisted,
             coalesce(sum(quantity) FILTER (WHERE kind = 'INDICTMENTS'), 0) AS indictments,
             coalesce(sum(quantity) FILTER (WHERE kind = 'CONVICTIONS'), 0) AS convictions,
             coalesce(sum(quantity) FILTER (WHERE kind = 'ASSETS_SEIZED'), 0) AS assets_seized,
             bool_or(proactive) AS proactive
        FROM contributed GROUP BY key
    )
    SELECT q.*, coalesce(o.suspects_arrested, 0) AS suspects_arrested, coalesce(o.victims_identified, 0) AS victims_identified,
           coalesce(o.victims_assisted, 0) AS victims_assisted, coalesce(o.indictments, 0) AS indictments,
           coalesce(o.convictions, 0) AS convictions, coalesce(o.assets_seized, 0) AS assets_seized,
           CASE WHEN o.key IS NOT NULL AND o.proactive THEN 4
                WHEN o.key IS NOT NULL THEN 3
                WHEN q.executed > 0 THEN 2
                ELSE 1 END AS level
      FROM requests q LEFT JOIN outcomes o ON o.key = q.key
    ${tail}`;
}

function periodCondition(period: CooperationPeriod | undefined, params: unknown[]): string {
  const conditions = ["true"];
  if (period?.from) {
    params.push(period.from);
    conditions.push(`s.opened_on >= $${params.length}::date`);
  }
  if (period?.to) {
    params.push(period.to);
    conditions.push(`s.opened_on <= $${params.length}::date`);
  }
  return conditions.join(" AND ");
}

function toSummary(row: SummaryRow): CooperationSummary {
  return {
    requestsIn: Number(row.requests_in),
    requestsOut: Number(row.requests_out),
    executed: Number(row.executed),
    refused: Number(row.refused),
    pending: Number(row.pending),
    overdue: Number(row.overdue),
    medianDaysToExecute: row.median_days === null ? null : Number(row.median_days),
    outcomes: {
      suspectsArrested: Number(row.suspects_arrested),
      victimsIdentified: Number(row.victims_identified),
      victimsAssisted: Number(row.victims_assisted),
      indictments: Number(row.indictments),
      convictions: Number(row.convictions),
      assetsSeized: Number(row.assets_seized),
    },
    level: LEVEL_ORDER[row.level],
  };
}

export class CooperationService {
  constructor(private readonly dataSource: DataSource) {}

  async summarize(key: SummaryKey, keys: readonly string[], period?: CooperationPeriod): Promise<Map<string, CooperationSummary>> {
    const params: unknown[] = [[...keys]];
    const sql = summarySql(key, `s.${key} = ANY($1) AND ${periodCondition(period, params)}`, "");
    const rows: SummaryRow[] = await this.dataSource.query(sql, params);
    return new Map(rows.map((row) => [row.key, toSummary(row)]));
  }

  /** Agreements with requests in the period, best results on cases first. One statement. */
  async rank(period: CooperationPeriod | undefined, first: number): Promise<{ agreementId: string; summary: CooperationSummary }[]> {
    const params: unknown[] = [];
    const where = periodCondition(period, params);
    params.push(first);
    const sql = summarySql(
      "legal_basis_agreement_id",
      where,
      `ORDER BY level DESC,
                coalesce(o.suspects_arrested, 0) + coalesce(o.victims_identified, 0) + coalesce(o.convictions, 0) DESC,
                q.executed DESC, q.key
       LIMIT $${params.length}`,
    );
    const rows: SummaryRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => ({ agreementId: row.key, summary: toSummary(row) }));
  }
}

import type { Pool } from "pg";

/**
 * Cooperation figures counted straight from the base tables, the slow way (every request read), with
 * the documented rules: requests opened in the whole months a period touches; an outcome counted once
 * per subject, through its executed contributing requests; days to execute = closing minus opening day
 * when both are known. The maintained figures must equal this.
 */
export type ReferenceSubject =
  | { kind: "agreement" }
  | { kind: "country" }
  | { kind: "agreementsWithCountry"; country: string }
  /** Every legal basis with a country, keyed by agreement id, or '#RECIPROCITY' / '#NOT_STATED' for requests without one. */
  | { kind: "legalBasesWithCountry"; country: string };

export interface ReferencePeriod {
  from?: string;
  to?: string;
}

export interface ReferenceSummary {
  requestsIn: number;
  requestsOut: number;
  executed: number;
  refused: number;
  pending: number;
  overdue: number;
  medianDaysToExecute: number | null;
  outcomes: { suspectsArrested: number; victimsIdentified: number; victimsAssisted: number; indictments: number; convictions: number; assetsSeized: number };
  level: string;
  refusalGrounds: { ground: string; refused: number }[];
  syntheticRequests: number;
}

const LEVELS = ["NO_REQUESTS", "REQUESTS_MADE", "REQUESTS_EXECUTED", "RESULTS_ON_CASES", "PROACTIVE"];

function subjectSql(subject: ReferenceSubject, params: unknown[]): { key: string; where: string } {
  if (subject.kind === "agreement") return { key: "q.legal_basis_agreement_id", where: "q.legal_basis_agreement_id IS NOT NULL" };
  if (subject.kind === "country") return { key: "q.counterpart_country_code::text", where: "true" };
  params.push(subject.country);
  if (subject.kind === "legalBasesWithCountry") {
    return { key: "coalesce(q.legal_basis_agreement_id, '#' || q.legal_basis_kind)", where: `q.counterpart_country_code = $${params.length}` };
  }
  return { key: "q.legal_basis_agreement_id", where: `q.legal_basis_agreement_id IS NOT NULL AND q.counterpart_country_code = $${params.length}` };
}

function periodSql(period: ReferencePeriod | undefined, params: unknown[]): string {
  if (!period?.from && !period?.to) return "true";
  const conditions = ["q.opened_on IS NOT NULL"];
  if (period.from) {
    params.push(period.from);
    conditions.push(`q.opened_on >= date_trunc('month', $${params.length}::date)`);
  }
  if (period.to) {
    params.push(period.to);
    conditions.push(`q.opened_on < date_trunc('month', $${params.length}::date) + interval '1 month'`);
  }
  return conditions.join(" AND ");
}

/** Figures per key, in ranking order (level, arrests + victims + convictions, executed, key). */
export async function referenceFigures(
  pool: Pool,
  subject: ReferenceSubject,
  period: ReferencePeriod | undefined,
  includeSynthetic: boolean,
): Promise<{ key: string; summary: ReferenceSummary }[]> {
  const params: unknown[] = [];
  const { key, where } = subjectSql(subject, params);
  const sql = `
    WITH r AS (
      SELECT ${key} AS key, q.* FROM mla.mla_request_state q
       WHERE ${where} AND ${periodSql(period, params)} ${includeSynthetic ? "" : "AND NOT q.synthetic"}
    ), counts AS (
      SELECT key,
             count(*) FILTER (WHERE direction = 'INCOMING')::int AS requests_in,
             count(*) FILTER (WHERE direction = 'OUTGOING')::int AS requests_out,
             count(*) FILTER (WHERE status IN ('EXECUTED', 'PARTIALLY_EXECUTED'))::int AS executed,
             count(*) FILTER (WHERE status = 'REFUSED')::int AS refused,
             count(*) FILTER (WHERE NOT closed AND status <> 'DRAFT')::int AS pending,
             count(*) FILTER (WHERE overdue)::int AS overdue,
             count(*) FILTER (WHERE synthetic)::int AS synthetic_requests,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - opened_on)
               FILTER (WHERE status IN ('EXECUTED', 'PARTIALLY_EXECUTED')) AS median_days
        FROM r GROUP BY key
    ), credited AS (
      SELECT r.key, o.id, o.kind, o.quantity,
             bool_or(r.direction = 'OUTGOING' OR r.spontaneous OR 'JOINT_INVESTIGATION' = ANY (r.assistance_types)) AS proactive
        FROM r JOIN mla.outcome_contribution c ON c.request_id = r.id JOIN mla.case_outcome o ON o.id = c.outcome_id
       WHERE r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED')
       GROUP BY r.key, o.id, o.kind, o.quantity
    ), outcomes AS (
      SELECT key,
             coalesce(sum(quantity) FILTER (WHERE kind = 'SUSPECTS_ARRESTED'), 0)::float8 AS suspects_arrested,
             coalesce(sum(quantity) FILTER (WHERE kind = 'VICTIMS_IDENTIFIED'), 0)::float8 AS victims_identified,
             coalesce(sum(quantity) FILTER (WHERE kind = 'VICTIMS_ASSISTED'), 0)::float8 AS victims_assisted,
             coalesce(sum(quantity) FILTER (WHERE kind = 'INDICTMENTS'), 0)::float8 AS indictments,
             coalesce(sum(quantity) FILTER (WHERE kind = 'CONVICTIONS'), 0)::float8 AS convictions,
             coalesce(sum(quantity) FILTER (WHERE kind = 'ASSETS_SEIZED'), 0)::float8 AS assets_seized,
             bool_or(proactive) AS proactive
        FROM credited GROUP BY key
    ), grounds AS (
      -- Per code; a refusal recorded in words only counts as OTHER.
      SELECT key, jsonb_agg(jsonb_build_object('ground', ground, 'refused', n) ORDER BY n DESC, ground) AS grounds
        FROM (SELECT key, coalesce(refusal_ground_code, 'OTHER') AS ground, count(*)::int AS n FROM r WHERE status = 'REFUSED' GROUP BY 1, 2) g GROUP BY key
    )
    SELECT c.*, g.grounds, o.suspects_arrested, o.victims_identified, o.victims_assisted, o.indictments, o.convictions, o.assets_seized,
           CASE WHEN o.key IS NOT NULL AND o.proactive THEN 4 WHEN o.key IS NOT NULL THEN 3 WHEN c.executed > 0 THEN 2 ELSE 1 END AS level
      FROM counts c LEFT JOIN outcomes o ON o.key = c.key LEFT JOIN grounds g ON g.key = c.key
     ORDER BY level DESC, coalesce(o.suspects_arrested + o.victims_identified + o.convictions, 0) DESC, c.executed DESC, c.key COLLATE "C"`;
  const { rows } = await pool.query(sql, params);
  return rows.map((row) => ({
    key: row.key,
    summary: {
      requestsIn: row.requests_in,
      requestsOut: row.requests_out,
      executed: row.executed,
      refused: row.refused,
      pending: row.pending,
      overdue: row.overdue,
      medianDaysToExecute: row.median_days,
      outcomes: {
        suspectsArrested: row.suspects_arrested ?? 0,
        victimsIdentified: row.victims_identified ?? 0,
        victimsAssisted: row.victims_assisted ?? 0,
        indictments: row.indictments ?? 0,
        convictions: row.convictions ?? 0,
        assetsSeized: row.assets_seized ?? 0,
      },
      level: LEVELS[row.level],
      refusalGrounds: row.grounds ?? [],
      syntheticRequests: row.synthetic_requests,
    },
  }));
}

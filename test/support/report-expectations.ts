import type { Pool } from "pg";

/**
 * What the reports must say, computed here from the raw rows (plain SELECTs, counted in JavaScript), not
 * through the code the reports use: the definitions of docs/mla.md and docs/reports.md.
 */
export interface Register {
  requests: { id: string; reference: string; direction: string; status: string; opened: string | null; agreement: string | null; country: string; synthetic: boolean; extradition: boolean }[];
  outcomes: { id: string; caseId: string; kind: string; quantity: number; recorded: string; synthetic: boolean; requests: string[] }[];
  cases: { id: string; opened: string | null; synthetic: boolean }[];
}

export async function readRegister(pool: Pool): Promise<Register> {
  const requests = await pool.query(`SELECT id::text, reference, direction, status, opened_on::text AS opened, legal_basis_agreement_id AS agreement,
    counterpart_country_code AS country, synthetic, 'EXTRADITION' = ANY(assistance_types) AS extradition FROM mla.mla_request`);
  const outcomes = await pool.query(`SELECT o.id::text, o.case_id::text AS "caseId", o.kind, o.quantity::float8 AS quantity, o.recorded_on::text AS recorded, o.synthetic,
    coalesce(array_agg(c.request_id::text) FILTER (WHERE c.request_id IS NOT NULL), '{}') AS requests
    FROM mla.case_outcome o LEFT JOIN mla.outcome_contribution c ON c.outcome_id = o.id GROUP BY o.id`);
  const cases = await pool.query(`SELECT id::text, opened_on::text AS opened, synthetic FROM mla.criminal_case`);
  return { requests: requests.rows, outcomes: outcomes.rows, cases: cases.rows };
}

const EXECUTED = new Set(["EXECUTED", "PARTIALLY_EXECUTED"]);
const FINAL = new Set(["EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"]);
export const KINDS = ["SUSPECTS_ARRESTED", "VICTIMS_IDENTIFIED", "VICTIMS_ASSISTED", "INDICTMENTS", "CONVICTIONS", "ASSETS_SEIZED"] as const;

export interface SubjectFigures {
  incoming: number;
  outgoing: number;
  total: number;
  executed: number;
  refused: number;
  pending: number;
  outcomes: Record<(typeof KINDS)[number], number>;
}

const noOutcomes = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as SubjectFigures["outcomes"];
const inYear = (day: string | null, year: number) => day !== null && day.startsWith(`${year}-`);

/** Cooperation per agreement or per country for requests opened in `year`; each result once per subject. */
export function perSubject(register: Register, by: "agreement" | "country", year: number, synthetic = false): Map<string, SubjectFigures> {
  const figures = new Map<string, SubjectFigures>();
  const of = (key: string) => figures.get(key) ?? figures.set(key, { incoming: 0, outgoing: 0, total: 0, executed: 0, refused: 0, pending: 0, outcomes: noOutcomes() }).get(key)!;
  const counted = register.requests.filter((r) => inYear(r.opened, year) && (synthetic || !r.synthetic) && r[by] !== null);
  for (const r of counted) {
    const f = of(r[by]!);
    f.total++;
    if (r.direction === "INCOMING") f.incoming++;
    else f.outgoing++;
    if (EXECUTED.has(r.status)) f.executed++;
    if (r.status === "REFUSED") f.refused++;
    if (!FINAL.has(r.status) && r.status !== "DRAFT") f.pending++;
  }
  const executed = new Map(counted.filter((r) => EXECUTED.has(r.status)).map((r) => [r.id, r[by]!]));
  for (const outcome of register.outcomes) {
    const subjects = new Set(outcome.requests.filter((id) => executed.has(id)).map((id) => executed.get(id)!));
    for (const subject of subjects) of(subject).outcomes[outcome.kind as (typeof KINDS)[number]] += outcome.quantity;
  }
  return figures;
}

export interface YearFigures {
  casesOpened: number;
  outcomes: SubjectFigures["outcomes"];
  throughCooperation: SubjectFigures["outcomes"];
  casesThroughCooperation: number;
  incoming: number;
  outgoing: number;
  executed: number;
  refused: number;
  extradition: number;
}

/** The year's register figures: cases opened, results recorded (all, and those an executed request contributed to), requests opened. */
export function yearFigures(register: Register, year: number, synthetic = false): YearFigures {
  const requests = register.requests.filter((r) => inYear(r.opened, year) && (synthetic || !r.synthetic));
  const executed = new Set(register.requests.filter((r) => EXECUTED.has(r.status) && (synthetic || !r.synthetic)).map((r) => r.id));
  const outcomes = register.outcomes.filter((o) => inYear(o.recorded, year) && (synthetic || !o.synthetic));
  const through = outcomes.filter((o) => o.requests.some((id) => executed.has(id)));
  const sum = (list: typeof outcomes) => list.reduce((totals, o) => ({ ...totals, [o.kind]: totals[o.kind as (typeof KINDS)[number]] + o.quantity }), noOutcomes());
  return {
    casesOpened: register.cases.filter((c) => inYear(c.opened, year) && (synthetic || !c.synthetic)).length,
    outcomes: sum(outcomes),
    throughCooperation: sum(through),
    casesThroughCooperation: new Set(through.map((o) => o.caseId)).size,
    incoming: requests.filter((r) => r.direction === "INCOMING").length,
    outgoing: requests.filter((r) => r.direction === "OUTGOING").length,
    executed: requests.filter((r) => EXECUTED.has(r.status)).length,
    refused: requests.filter((r) => r.status === "REFUSED").length,
    extradition: requests.filter((r) => r.extradition).length,
  };
}

/** Each recommendation's status at the end of `year`: its newest update of a period up to that year (latest period, then latest recorded). */
export async function standing(pool: Pool, year: number): Promise<Map<string, { source: string; status: string }>> {
  const { rows } = await pool.query(
    `SELECT DISTINCT ON (r.id) r.id, r.source_id AS source, coalesce(u.status, 'NOT_STARTED') AS status
       FROM recommendations.recommendation r
       LEFT JOIN recommendations.status_update u ON u.recommendation_id = r.id AND left(u.reporting_period, 4)::integer <= $1
      ORDER BY r.id, u.reporting_period DESC NULLS LAST, u.recorded_at DESC`,
    [year],
  );
  return new Map(rows.map((row) => [row.id, { source: row.source, status: row.status }]));
}

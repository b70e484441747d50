import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { OutcomeTotals } from "../cooperation/cooperation-summary";
import { CaseResultsYear } from "./case-results";

const MAX_YEARS = 20;

/**
 * One statement for every year asked: cases by opening day, results by the day they were recorded, requests
 * by opening day. Demo data (synthetic cases, results, requests) only with $2; a result counts as obtained
 * through cooperation when an executed request that counts (real, unless $2) is credited with it.
 */
const CASE_RESULTS_SQL = `
  WITH y AS (SELECT DISTINCT unnest($1::integer[]) AS year),
  b AS (SELECT year, make_date(year, 1, 1) AS first_day, make_date(year + 1, 1, 1) AS next_year FROM y),
  outcome AS (
    SELECT b.year, o.case_id, o.kind, o.quantity,
           EXISTS (SELECT 1 FROM mla.outcome_contribution oc JOIN mla.mla_request r ON r.id = oc.request_id
                    WHERE oc.outcome_id = o.id AND r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED') AND ($2 OR NOT r.synthetic)) AS through_cooperation
      FROM b JOIN mla.case_outcome o ON o.recorded_on >= b.first_day AND o.recorded_on < b.next_year
     WHERE $2 OR NOT o.synthetic
  )
  SELECT b.year,
         (SELECT count(*) FROM mla.criminal_case c WHERE c.opened_on >= b.first_day AND c.opened_on < b.next_year AND ($2 OR NOT c.synthetic)) AS cases_opened,
         (SELECT count(DISTINCT case_id) FROM outcome o WHERE o.year = b.year) AS cases_with_results,
         (SELECT count(DISTINCT case_id) FROM outcome o WHERE o.year = b.year AND through_cooperation) AS cases_through_cooperation,
         (SELECT coalesce(jsonb_object_agg(kind, total), '{}') FROM (SELECT kind, sum(quantity) AS total FROM outcome o WHERE o.year = b.year GROUP BY kind) k) AS outcomes,
         (SELECT coalesce(jsonb_object_agg(kind, total), '{}') FROM (SELECT kind, sum(quantity) AS total FROM outcome o WHERE o.year = b.year AND through_cooperation GROUP BY kind) k) AS through_cooperation,
         r.incoming, r.outgoing, r.executed, r.refused, r.extradition
    FROM b
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE direction = 'INCOMING') AS incoming, count(*) FILTER (WHERE direction = 'OUTGOING') AS outgoing,
             count(*) FILTER (WHERE status IN ('EXECUTED', 'PARTIALLY_EXECUTED')) AS executed, count(*) FILTER (WHERE status = 'REFUSED') AS refused,
             count(*) FILTER (WHERE 'EXTRADITION' = ANY(assistance_types)) AS extradition
        FROM mla.mla_request WHERE opened_on >= b.first_day AND opened_on < b.next_year AND ($2 OR NOT synthetic)
    ) r
   ORDER BY b.year`;

interface Row {
  year: number;
  cases_opened: string;
  cases_with_results: string;
  cases_through_cooperation: string;
  outcomes: Record<string, string | number>;
  through_cooperation: Record<string, string | number>;
  incoming: string;
  outgoing: string;
  executed: string;
  refused: string;
  extradition: string;
}

function totals(byKind: Record<string, string | number>): OutcomeTotals {
  const of = (kind: string) => Number(byKind[kind] ?? 0);
  return Object.assign(new OutcomeTotals(), {
    suspectsArrested: of("SUSPECTS_ARRESTED"),
    victimsIdentified: of("VICTIMS_IDENTIFIED"),
    victimsAssisted: of("VICTIMS_ASSISTED"),
    indictments: of("INDICTMENTS"),
    convictions: of("CONVICTIONS"),
    assetsSeized: of("ASSETS_SEIZED"),
  });
}

export class CaseResultsService {
  constructor(private readonly dataSource: DataSource) {}

  async years(years: number[], includeSynthetic: boolean): Promise<CaseResultsYear[]> {
    if (years.length === 0 || years.length > MAX_YEARS) throw new UserInputError("years", `give 1 to ${MAX_YEARS} years`);
    if (years.some((year) => !Number.isInteger(year) || year < 1900 || year > 2100)) throw new UserInputError("years", "each year must be 1900-2100");
    const rows: Row[] = await this.dataSource.query(CASE_RESULTS_SQL, [years, includeSynthetic]);
    return rows.map((row) =>
      Object.assign(new CaseResultsYear(), {
        year: row.year,
        casesOpened: Number(row.cases_opened),
        casesWithResults: Number(row.cases_with_results),
        casesWithResultsThroughCooperation: Number(row.cases_through_cooperation),
        outcomes: totals(row.outcomes),
        outcomesThroughCooperation: totals(row.through_cooperation),
        requestsIncoming: Number(row.incoming),
        requestsOutgoing: Number(row.outgoing),
        requestsExecuted: Number(row.executed),
        requestsRefused: Number(row.refused),
        extraditionRequests: Number(row.extradition),
      }),
    );
  }
}

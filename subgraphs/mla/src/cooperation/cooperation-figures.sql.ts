import type { RefusalGroundCode } from "../mla-request/refusal-ground";

/**
 * The one statement behind every cooperation summary, read from the maintained figure tables
 * (migrations 1764200000000-1): rows per subject and month, never per request. Only overdue counts touch
 * mla_request, through the index of open requests by due date, and only the open requests not yet due.
 */

/** Whose figures: an agreement (every country), a country (every legal basis), or agreements with one country. */
export interface Subject {
  /** Condition on a figure table `t`, with the subject's parameters already numbered. */
  figures: string;
  /** The key each figure row is reported under. */
  key: string;
  /** The same subject on mla.mla_request `q`. */
  requests: string;
  requestKey: string;
}

export function agreementSubject(agreementIds: readonly string[] | null, params: unknown[]): Subject {
  if (agreementIds === null) {
    return { figures: "t.country_code = '' AND t.agreement_id <> ''", key: "t.agreement_id", requests: "q.legal_basis_agreement_id IS NOT NULL", requestKey: "q.legal_basis_agreement_id" };
  }
  params.push([...agreementIds]);
  const n = params.length;
  return {
    figures: `t.country_code = '' AND t.agreement_id = ANY($${n}::text[])`,
    key: "t.agreement_id",
    requests: `q.legal_basis_agreement_id = ANY($${n}::text[])`,
    requestKey: "q.legal_basis_agreement_id",
  };
}

export function countrySubject(countryCodes: readonly string[], params: unknown[]): Subject {
  params.push([...countryCodes]);
  const n = params.length;
  return {
    figures: `t.agreement_id = '' AND t.country_code = ANY($${n}::text[])`,
    key: "t.country_code",
    requests: `q.counterpart_country_code = ANY($${n}::char(2)[])`,
    requestKey: "q.counterpart_country_code::text",
  };
}

/** Each agreement's track record with one country (not the requests without an agreement: see legalBasesWithCountriesSubject). */
export function agreementsWithCountrySubject(countryCode: string, params: unknown[]): Subject {
  params.push(countryCode);
  const n = params.length;
  return {
    figures: `t.country_code = $${n}::text AND t.agreement_id <> '' AND left(t.agreement_id, 1) <> '#'`,
    key: "t.agreement_id",
    requests: `q.counterpart_country_code = $${n}::char(2) AND q.legal_basis_agreement_id IS NOT NULL`,
    requestKey: "q.legal_basis_agreement_id",
  };
}

/**
 * The key a request's legal basis has in the figures (migration 1764500000001): its agreement's id, or
 * '#RECIPROCITY' / '#NOT_STATED' for a request without one.
 */
export const REQUEST_BASIS_KEY = "coalesce(q.legal_basis_agreement_id, '#' || q.legal_basis_kind)";

/** Track records of legal bases (agreement ids or '#RECIPROCITY') with countries, keyed "<basis>|<country>". */
export function legalBasesWithCountriesSubject(pairs: readonly { basis: string; countryCode: string }[], params: unknown[]): Subject {
  params.push(pairs.map((pair) => pair.basis), pairs.map((pair) => pair.countryCode));
  const [bases, countries] = [params.length - 1, params.length];
  return {
    figures: `(t.agreement_id, t.country_code) IN (SELECT b, c FROM unnest($${bases}::text[], $${countries}::text[]) AS p(b, c))`,
    key: "t.agreement_id || '|' || t.country_code",
    requests: `(${REQUEST_BASIS_KEY}, q.counterpart_country_code::text) IN (SELECT b, c FROM unnest($${bases}::text[], $${countries}::text[]) AS p(b, c))`,
    requestKey: `${REQUEST_BASIS_KEY} || '|' || q.counterpart_country_code`,
  };
}

/** Every legal basis (agreement ids, '#RECIPROCITY', '#NOT_STATED') with each of the countries, keyed "<basis>|<country>". */
export function legalBasesOfCountriesSubject(countryCodes: readonly string[], params: unknown[]): Subject {
  params.push([...countryCodes]);
  const n = params.length;
  return {
    figures: `t.country_code = ANY($${n}::text[]) AND t.agreement_id <> ''`,
    key: "t.agreement_id || '|' || t.country_code",
    requests: `q.counterpart_country_code = ANY($${n}::char(2)[])`,
    requestKey: `${REQUEST_BASIS_KEY} || '|' || q.counterpart_country_code`,
  };
}

/** First days of the first and last months counted; both null: all time. */
export interface CountedMonths {
  from: string | null;
  to: string | null;
}

function monthConditions(months: CountedMonths | null, params: unknown[]) {
  if (!months) {
    // The all-time rows; previous_month is null on every one of them.
    return { figures: "t.month = 'infinity'", counted: "true", requests: "true", allTime: true };
  }
  const figures = ["t.month > '-infinity'", "t.month < 'infinity'"];
  const requests = ["q.opened_on IS NOT NULL"];
  // An outcome is counted at its first contributing month inside the period: a row counts when the
  // outcome's previous contributing month is before the period (or undated, or there is none).
  let counted = "(t.previous_month IS NULL OR t.previous_month = '-infinity'";
  if (months.from) {
    params.push(months.from);
    figures.push(`t.month >= $${params.length}::date`);
    requests.push(`q.opened_on >= $${params.length}::date`);
    counted += ` OR t.previous_month < $${params.length}::date`;
  }
  if (months.to) {
    params.push(months.to);
    figures.push(`t.month <= $${params.length}::date`);
    requests.push(`q.opened_on < $${params.length}::date + interval '1 month'`);
  }
  return { figures: figures.join(" AND "), counted: `${counted})`, requests: requests.join(" AND "), allTime: false };
}

export interface FigureRow {
  key: string;
  requests_in: string | null;
  requests_out: string | null;
  executed: string | null;
  refused: string | null;
  pending: string | null;
  overdue: string | null;
  synthetic_requests: string | null;
  median_days: string | null;
  suspects_arrested: string | null;
  victims_identified: string | null;
  victims_assisted: string | null;
  indictments: string | null;
  convictions: string | null;
  assets_seized: string | null;
  refusal_grounds: { ground: RefusalGroundCode; refused: number }[] | null;
  level: number;
}

/**
 * One statement: counts, outcomes, median, refusal grounds and overdue per key, and the level (so the
 * ranking can order by it). `tail` orders and limits the ranking.
 */
export function figuresSql(subject: Subject, months: CountedMonths | null, includeSynthetic: boolean, params: unknown[], tail = ""): string {
  const period = monthConditions(months, params);
  params.push(includeSynthetic);
  const withSynthetic = `$${params.length}::boolean`;
  const synthetic = includeSynthetic ? "" : "AND NOT t.synthetic";
  const medians = period.allTime
    ? `SELECT ${subject.key} AS key, t.median_days FROM mla.cooperation_median_days t
        WHERE ${subject.figures} AND t.with_synthetic = ${withSynthetic}`
    : // percentile_cont(0.5) over the months' histograms: the mean of the values at (n+1)/2 and n/2+1.
      `SELECT key, (min(days) FILTER (WHERE below >= (total + 1) / 2) + min(days) FILTER (WHERE below >= total / 2 + 1)) / 2.0 AS median_days
         FROM (SELECT key, days, (sum(executed) OVER (PARTITION BY key ORDER BY days))::bigint AS below,
                      (sum(executed) OVER (PARTITION BY key))::bigint AS total
                 FROM (SELECT ${subject.key} AS key, t.days, sum(t.executed) AS executed FROM mla.cooperation_execution_days t
                        WHERE ${subject.figures} AND ${period.figures} ${synthetic} GROUP BY 1, 2) histogram) ranked
        GROUP BY key`;
  const counted = (column: string) => `sum(t.${column}) FILTER (WHERE ${period.counted}) AS ${column}`;
  return `
    WITH counts AS (
      SELECT ${subject.key} AS key,
             sum(t.requests) FILTER (WHERE t.direction = 'INCOMING') AS requests_in,
             sum(t.requests) FILTER (WHERE t.direction = 'OUTGOING') AS requests_out,
             sum(t.executed + t.partially_executed) AS executed,
             sum(t.refused) AS refused,
             sum(t.sent + t.received + t.in_progress + t.additional_info_requested) AS pending,
             sum(t.open_with_due) AS open_with_due,
             sum(t.requests) FILTER (WHERE t.synthetic) AS synthetic_requests
        FROM mla.cooperation_request_counts t
       WHERE ${subject.figures} AND ${period.figures} ${synthetic}
       GROUP BY 1
    ), outcomes AS (
      SELECT ${subject.key} AS key, ${counted("outcomes")}, ${counted("suspects_arrested")}, ${counted("victims_identified")},
             ${counted("victims_assisted")}, ${counted("indictments")}, ${counted("convictions")}, ${counted("assets_seized")},
             sum(t.proactive) AS proactive
        FROM mla.cooperation_outcome_totals t
       WHERE ${subject.figures} AND ${period.figures} AND t.with_synthetic = ${withSynthetic}
       GROUP BY 1
    ), medians AS (${medians}
    ), grounds AS (
      SELECT key, jsonb_agg(jsonb_build_object('ground', ground, 'refused', refused) ORDER BY refused DESC, ground) AS refusal_grounds
        FROM (SELECT ${subject.key} AS key, t.ground, sum(t.refused) AS refused FROM mla.cooperation_refusal_counts t
               WHERE ${subject.figures} AND ${period.figures} ${synthetic} GROUP BY 1, 2) g
       GROUP BY key
    ), not_yet_due AS (
      SELECT ${subject.requestKey} AS key, count(*) AS requests
        FROM mla.mla_request q
       WHERE q.status IN ('SENT', 'RECEIVED', 'IN_PROGRESS', 'ADDITIONAL_INFO_REQUESTED') AND q.due_on >= current_date
         AND ${subject.requests} AND ${period.requests} ${includeSynthetic ? "" : "AND NOT q.synthetic"}
       GROUP BY 1
    )
    SELECT c.key, c.requests_in, c.requests_out, c.executed, c.refused, c.pending, c.synthetic_requests,
           c.open_with_due - coalesce(d.requests, 0) AS overdue, m.median_days, g.refusal_grounds,
           o.suspects_arrested, o.victims_identified, o.victims_assisted, o.indictments, o.convictions, o.assets_seized,
           CASE WHEN o.outcomes > 0 AND o.proactive > 0 THEN 4
                WHEN o.outcomes > 0 THEN 3
                WHEN c.executed > 0 THEN 2
                ELSE 1 END AS level
      FROM counts c
      LEFT JOIN outcomes o ON o.key = c.key
      LEFT JOIN medians m ON m.key = c.key
      LEFT JOIN grounds g ON g.key = c.key
      LEFT JOIN not_yet_due d ON d.key = c.key
    ${tail}`;
}

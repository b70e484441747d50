import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { Recurrence } from "../measure/measure";
import { Obligation, ObligationKind, type ObligationFilter } from "./obligation";

const MAX_YEARS = 100;

/**
 * The due date of a reporting duty's report on period `p` (a year): in year p + due_year_offset, on due_day
 * of due_month, else on the last day of due_month, else (no month in the source) on 31 December.
 */
const DUTY_DUE = `CASE
    WHEN d.due_month IS NULL THEN make_date(p + d.due_year_offset, 12, 31)
    WHEN d.due_day IS NULL THEN (make_date(p + d.due_year_offset, d.due_month, 1) + interval '1 month' - interval '1 day')::date
    ELSE make_date(p + d.due_year_offset, d.due_month, d.due_day) END`;
const DUTY_WINDOW_FROM = `make_date(p + d.due_year_offset, coalesce(d.due_month, 1), 1)`;

/**
 * Measures (top level, with a deadline, not already a reporting duty) and reporting duties, each with its
 * first due date in [due_from, due_to]: a one-off measure when its deadline falls in the period, a yearly
 * measure or duty by its first occurrence there. One statement; filters are parameters.
 */
const OBLIGATIONS_SQL = `
  WITH bounds AS (
    SELECT coalesce($1::date, ($2::date - interval '1 year' + interval '1 day')::date, current_date) AS due_from,
           coalesce($2::date, ($1::date + interval '1 year' - interval '1 day')::date,
                    (current_date + interval '1 year' - interval '1 day')::date) AS due_to
  ), obligation AS (
    SELECT '${ObligationKind.MEASURE}' AS kind, m.id::text AS key, m.text AS title, occurrence.due_on,
           CASE WHEN m.recurrence = '${Recurrence.ANNUAL}' THEN (occurrence.due_on - interval '1 year' + interval '1 day')::date
                ELSE m.deadline_from END AS due_window_from,
           m.relative_months IS NOT NULL AS due_date_stated, m.deadline_text, m.recurrence, NULL::integer AS reported_period, m.executors_text AS responsible_text,
           coalesce((SELECT array_agg(e.organization_id ORDER BY e.organization_id) FROM agreements.measure_executor e
                      WHERE e.measure_id = m.id), '{}') AS responsible_ids,
           m.id::text AS measure_id, NULL::text AS reporting_duty_id, m.agreement_id, NULL::text AS legal_act_id, m.source
      FROM agreements.measure m, bounds b,
           LATERAL (SELECT CASE WHEN m.recurrence = '${Recurrence.ANNUAL}'
                                  THEN (SELECT min(o::date) FROM generate_series(m.deadline_from, m.deadline_to, interval '1 year') o
                                         WHERE o::date BETWEEN b.due_from AND b.due_to)
                                WHEN m.deadline_to BETWEEN b.due_from AND b.due_to THEN m.deadline_to END AS due_on) occurrence
     WHERE m.parent_id IS NULL AND m.deadline_to IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM agreements.reporting_duty rd WHERE rd.measure_id = m.id)
    UNION ALL
    SELECT '${ObligationKind.REPORTING_DUTY}', d.id, d.title_az, occurrence.due_on, occurrence.due_window_from,
           d.due_month IS NOT NULL, d.deadline_text, d.recurrence, occurrence.p, d.responsible_text,
           coalesce((SELECT array_agg(r.organization_id ORDER BY r.organization_id) FROM agreements.reporting_duty_body r
                      WHERE r.duty_id = d.id AND r.role = 'RESPONSIBLE'), '{}'),
           d.measure_id::text, d.id, d.agreement_id, d.legal_act_id, d.source
      FROM agreements.reporting_duty d, bounds b,
           LATERAL (SELECT p, due_on, due_window_from FROM (
                      SELECT p, ${DUTY_DUE} AS due_on, ${DUTY_WINDOW_FROM} AS due_window_from
                        FROM generate_series(greatest(d.first_period, extract(year FROM b.due_from)::integer - 1),
                                             least(coalesce(d.last_period, 9999), extract(year FROM b.due_to)::integer), 1) AS p) due
                     WHERE due_on BETWEEN b.due_from AND b.due_to ORDER BY due_on LIMIT 1) occurrence
  )
  SELECT kind, key, title, due_on::text, due_window_from::text, due_date_stated, deadline_text, recurrence, reported_period,
         responsible_text, responsible_ids, measure_id, reporting_duty_id, agreement_id, legal_act_id, source
    FROM obligation
   WHERE due_on IS NOT NULL
     AND ($3::text IS NULL OR kind = $3)
     AND ($4::text IS NULL OR $4 = ANY(responsible_ids))
     AND ($5::text IS NULL OR agreement_id = $5)
     AND ($6::text IS NULL OR legal_act_id = $6)
   ORDER BY due_on, kind, key`;

interface ObligationRow {
  kind: ObligationKind;
  key: string;
  title: string;
  due_on: string;
  due_window_from: string | null;
  due_date_stated: boolean;
  deadline_text: string | null;
  recurrence: Recurrence;
  reported_period: number | null;
  responsible_text: string | null;
  responsible_ids: string[];
  measure_id: string | null;
  reporting_duty_id: string | null;
  agreement_id: string | null;
  legal_act_id: string | null;
  source: string;
}

function yearsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / (365.25 * 24 * 3600 * 1000);
}

export class ObligationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Measures and reporting duties by next due date: the one query a deadlines page or a digest needs. */
  async list(filter: ObligationFilter = {}): Promise<Obligation[]> {
    const { dueFrom, dueTo } = filter;
    if (dueFrom && dueTo && dueFrom > dueTo) throw new UserInputError("filter.dueTo", "must not be before dueFrom");
    if (dueFrom && dueTo && yearsBetween(dueFrom, dueTo) > MAX_YEARS) {
      throw new UserInputError("filter.dueTo", `the period must be at most ${MAX_YEARS} years`);
    }
    const rows: ObligationRow[] = await this.dataSource.query(OBLIGATIONS_SQL, [
      dueFrom ?? null, dueTo ?? null, filter.kind ?? null, filter.responsibleId ?? null, filter.agreementId ?? null, filter.legalActId ?? null,
    ]);
    return rows.map((row) =>
      Object.assign(new Obligation(), {
        id: `${row.kind}:${row.key}`,
        kind: row.kind,
        title: row.title,
        dueOn: row.due_on,
        dueWindowFrom: row.due_window_from,
        dueDateStated: row.due_date_stated,
        deadlineAsWritten: row.deadline_text,
        recurrence: row.recurrence,
        reportedPeriod: row.reported_period,
        responsibleAsWritten: row.responsible_text || null,
        responsibleIds: row.responsible_ids,
        measureId: row.measure_id,
        reportingDutyId: row.reporting_duty_id,
        agreementId: row.agreement_id,
        legalActId: row.legal_act_id,
        source: row.source,
      }),
    );
  }

  /**
   * Obligations by their key (id and due date), as another subgraph names them (Deadlines.items): one
   * statement per distinct due date, each over that single day. Null where nothing with that id is due then.
   */
  async occurrences(keys: readonly { id: string; dueOn: string }[]): Promise<(Obligation | null)[]> {
    const byDay = new Map<string, Map<string, Obligation>>();
    for (const dueOn of new Set(keys.map((key) => key.dueOn))) {
      const due = await this.list({ dueFrom: dueOn, dueTo: dueOn });
      byDay.set(dueOn, new Map(due.map((obligation) => [obligation.id, obligation])));
    }
    return keys.map((key) => byDay.get(key.dueOn)?.get(key.id) ?? null);
  }
}

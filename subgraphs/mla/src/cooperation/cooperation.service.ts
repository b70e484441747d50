import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { CooperationLevel, LEVEL_ORDER, type CooperationPeriod, type CooperationSummary } from "./cooperation-summary";
import {
  agreementSubject,
  agreementsWithCountrySubject,
  legalBasesOfCountriesSubject,
  legalBasesWithCountriesSubject,
  countrySubject,
  figuresSql,
  type CountedMonths,
  type FigureRow,
  type Subject,
} from "./cooperation-figures.sql";

export type SubjectKind = "agreement" | "country";

export interface FigureOptions {
  period?: CooperationPeriod;
  /** Count generated demo requests too (default: real records only). */
  includeSynthetic?: boolean;
}

export function emptySummary(months: CountedMonths | null = null): CooperationSummary {
  return {
    requestsIn: 0,
    requestsOut: 0,
    executed: 0,
    refused: 0,
    pending: 0,
    overdue: 0,
    medianDaysToExecute: null,
    outcomes: { suspectsArrested: 0, victimsIdentified: 0, victimsAssisted: 0, indictments: 0, convictions: 0, assetsSeized: 0 },
    level: CooperationLevel.NO_REQUESTS,
    refusalGrounds: [],
    syntheticRequests: 0,
    ...countedDays(months),
  };
}

export function checkPeriod(period: CooperationPeriod | undefined, field = "period"): void {
  if (period?.from && period.to && period.from > period.to) throw new UserInputError(`${field}.to`, "must not be before from");
}

/**
 * Figures are kept per month: a period counts the whole months it touches (`from` back to the first of
 * its month, `to` up to the end of its month). Exact for periods made of whole months.
 */
export function countedMonths(period: CooperationPeriod | undefined): CountedMonths | null {
  if (!period?.from && !period?.to) return null;
  const firstOfMonth = (day: string | undefined) => (day ? `${day.slice(0, 7)}-01` : null);
  return { from: firstOfMonth(period.from), to: firstOfMonth(period.to) };
}

function countedDays(months: CountedMonths | null): { periodFrom: string | null; periodTo: string | null } {
  if (!months?.to) return { periodFrom: months?.from ?? null, periodTo: null };
  const [year, month] = months.to.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { periodFrom: months.from, periodTo: `${months.to.slice(0, 8)}${String(lastDay).padStart(2, "0")}` };
}

function toSummary(row: FigureRow, months: CountedMonths | null): CooperationSummary {
  const count = (value: string | null) => Number(value ?? 0);
  return {
    requestsIn: count(row.requests_in),
    requestsOut: count(row.requests_out),
    executed: count(row.executed),
    refused: count(row.refused),
    pending: count(row.pending),
    overdue: count(row.overdue),
    medianDaysToExecute: row.median_days === null ? null : Number(row.median_days),
    outcomes: {
      suspectsArrested: count(row.suspects_arrested),
      victimsIdentified: count(row.victims_identified),
      victimsAssisted: count(row.victims_assisted),
      indictments: count(row.indictments),
      convictions: count(row.convictions),
      assetsSeized: count(row.assets_seized),
    },
    level: LEVEL_ORDER[row.level],
    refusalGrounds: row.refusal_grounds ?? [],
    syntheticRequests: count(row.synthetic_requests),
    ...countedDays(months),
  };
}

/**
 * Reads the figures the database maintains (see docs/mla.md, "Cooperation figures"): one statement per
 * call, rows per subject and month whatever the number of requests.
 */
export class CooperationService {
  constructor(private readonly dataSource: DataSource) {}

  private async read(subject: (params: unknown[]) => Subject, options: FigureOptions, tail?: (params: unknown[]) => string) {
    const months = countedMonths(options.period);
    const params: unknown[] = [];
    const sql = figuresSql(subject(params), months, options.includeSynthetic ?? false, params, tail?.(params));
    const rows: FigureRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => ({ key: row.key, summary: toSummary(row, months) }));
  }

  /** Summaries of many agreements (or countries) at once; those without requests are left out. */
  async summarize(kind: SubjectKind, keys: readonly string[], options: FigureOptions = {}): Promise<Map<string, CooperationSummary>> {
    const subject = (params: unknown[]) => (kind === "agreement" ? agreementSubject(keys, params) : countrySubject(keys, params));
    const rows = await this.read(subject, options);
    return new Map(rows.map((row) => [row.key, row.summary]));
  }

  /** Each agreement's track record with one country (requests with that country under that agreement). */
  async trackRecords(countryCode: string, options: FigureOptions = {}): Promise<Map<string, CooperationSummary>> {
    const rows = await this.read((params) => agreementsWithCountrySubject(countryCode.toUpperCase(), params), options);
    return new Map(rows.map((row) => [row.key, row.summary]));
  }

  /**
   * Track records of legal bases with countries, one statement for all the pairs: `basis` is an agreement
   * id or '#RECIPROCITY'; keyed "<basis>|<country>", pairs without requests left out.
   */
  async legalBasisTrackRecords(pairs: readonly { basis: string; countryCode: string }[], options: FigureOptions = {}): Promise<Map<string, CooperationSummary>> {
    const rows = await this.read((params) => legalBasesWithCountriesSubject(pairs, params), options);
    return new Map(rows.map((row) => [row.key, row.summary]));
  }

  /** Every legal basis used with each of the countries, one statement: keyed "<basis>|<country>" as legalBasisTrackRecords. */
  async legalBasesOfCountries(countryCodes: readonly string[], options: FigureOptions = {}): Promise<Map<string, CooperationSummary>> {
    const rows = await this.read((params) => legalBasesOfCountriesSubject(countryCodes, params), options);
    return new Map(rows.map((row) => [row.key, row.summary]));
  }

  /** Agreements with requests in the period, best results on cases first. */
  async rank(options: FigureOptions, first: number): Promise<{ agreementId: string; summary: CooperationSummary }[]> {
    const rows = await this.read((params) => agreementSubject(null, params), options, (params) => {
      params.push(first);
      return `ORDER BY level DESC,
                       coalesce(o.suspects_arrested, 0) + coalesce(o.victims_identified, 0) + coalesce(o.convictions, 0) DESC,
                       c.executed DESC, c.key
               LIMIT $${params.length}`;
    });
    return rows.map((row) => ({ agreementId: row.key, summary: row.summary }));
  }
}

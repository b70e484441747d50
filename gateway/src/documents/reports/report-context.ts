import { labelsFor } from "../../labels/dictionary";
import type { Language } from "../../labels/labels";
import type { OperationRunner } from "../documents";

/** What every report module gets: the year, the reader's language, whether demo data is wanted, the runner. */
export interface ReportRequest {
  year: number;
  lang: Language;
  includeSynthetic: boolean;
  /** GraphQL through the supergraph as the person asking (their role, the subgraphs' rules). */
  run: OperationRunner;
  /** The day the draft is made (the database's date is not needed: it is only printed). */
  today: string;
}

/**
 * Page size of the lists reports read. Passed as a variable: graphql-armor's cost limit multiplies a
 * literal `first: 100` into the cost (meant for clients' queries), and reports read whole lists anyway.
 */
export const PAGE = 100;

export const LANG_ENUM: Record<Language, "AZ" | "EN" | "RU"> = { az: "AZ", en: "EN", ru: "RU" };

export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A title in the reader's language, else the Azerbaijani one (or the description) marked "[az]", else the id. */
export function localTitle(lang: Language, node: { id: string; title?: string | null; titleAz?: string | null; description?: string | null } | null, fallbackId?: string): string {
  if (!node) return fallbackId ?? "";
  if (node.title) return node.title;
  const az = node.titleAz ?? node.description;
  if (!az) return node.id;
  return lang === "az" ? az : `${az} ${labelsFor(lang).fallbackMarker("az")}`;
}

/** Text the sources give in Azerbaijani only (measure texts, obligations): as written, marked in other languages. */
export function azText(lang: Language, text: string): string {
  return lang === "az" ? text : `${text} ${labelsFor(lang).fallbackMarker("az")}`;
}

/** A country in the reader's language, as the hub names it. */
export function countryName(lang: Language, country: { code: string; nameAz: string; nameEn: string; nameRu: string }): string {
  return lang === "az" ? country.nameAz : lang === "en" ? country.nameEn : country.nameRu;
}

/** An organisation in the reader's language: English where the hub has it (en, ru), else its abbreviation or Azerbaijani name. */
export function organizationName(lang: Language, organization: { abbreviation?: string | null; nameAz: string; nameEn?: string | null }): string {
  if (lang === "az") return organization.abbreviation ? `${organization.nameAz} (${organization.abbreviation})` : organization.nameAz;
  if (organization.nameEn) return organization.nameEn;
  return `${organization.nameAz} ${labelsFor(lang).fallbackMarker("az")}`;
}

/** A label at the head of a table cell: its first letter capitalised the language's way (Azerbaijani i → İ). */
export function capitalize(lang: Language, text: string): string {
  return text ? `${text[0].toLocaleUpperCase(lang)}${text.slice(1)}` : text;
}

/** What "[az]" means, for readers of the other languages (an Azerbaijani draft marks nothing). */
export function fallbackLegend(lang: Language): { kind: "paragraph"; muted: true; text: string }[] {
  const labels = labelsFor(lang);
  return lang === "az" ? [] : [{ kind: "paragraph", muted: true, text: labels.report.fallbackLegend(labels.fallbackMarker("az")) }];
}

/** Counts as plain digits (no grouping), so every figure reads the same in the three languages. */
export function count(value: number): string {
  return String(Math.round(value));
}

/** Amounts (AZN) with two decimals and the language's decimal mark. */
export function amount(lang: Language, value: number): string {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : lang === "ru" ? "ru-RU" : "az-Latn-AZ", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** Change against the previous year: "+3", "−2" or "0". */
export function change(now: number, before: number): string {
  const delta = Math.round((now - before) * 100) / 100;
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : "0";
}

/** The last day of `month` in `year` (29 February in leap years). */
export function lastDayOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** When a yearly report on `year` is due, after a reporting duty's reading (docs/agreements.md, Obligations). */
export function reportDue(year: number, duty: { dueYearOffset: number; dueMonth: number | null } | null): string | undefined {
  if (!duty) return undefined;
  return lastDayOf(year + duty.dueYearOffset, duty.dueMonth ?? 12);
}

export async function everyPage<Node>(
  fetch: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] }>,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  // At most 100 pages of 100: far beyond any register; a guard, not a limit anyone meets.
  for (let page = 0; page < 100; page++) {
    const connection = await fetch(after);
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return nodes;
}

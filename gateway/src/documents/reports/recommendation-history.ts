import { labelsFor } from "../../labels/dictionary";
import type { Language } from "../../labels/labels";
import { everyPage, PAGE, type ReportRequest } from "./report-context";

export type RecommendationStatus = "NOT_STARTED" | "IN_PROGRESS" | "PARTIALLY_IMPLEMENTED" | "IMPLEMENTED" | "NO_LONGER_RELEVANT";

export interface StatusUpdateRecord {
  status: RecommendationStatus;
  reportingPeriod: string;
  recordedAt: string;
  evidence: { kind: string; measureId: string | null; agreementId: string | null; documentTitle: string | null }[];
}

export interface RecommendationRecord {
  id: string;
  code: string;
  textAz: string | null;
  textEn: string | null;
  textRu: string | null;
  source: { id: string; title: string; body: string; year: number | null };
  history: StatusUpdateRecord[];
}

/** Every recommendation with its history (no notes, no names: those are not asked), a hundred a page. */
const RECOMMENDATIONS = `query ReportRecommendations($first: Int!, $after: String) {
  recommendations(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id code textAz textEn textRu source { id title body year }
      history { status reportingPeriod recordedAt evidence { kind measureId agreementId documentTitle } }
    } }
  }
}`;

export function recommendations(request: ReportRequest): Promise<RecommendationRecord[]> {
  return everyPage(async (after) =>
    (await request.run<{ recommendations: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: RecommendationRecord }[] } }>(RECOMMENDATIONS, { first: PAGE, after }))
      .recommendations,
  );
}

/** The year a reporting period ("2024", "2024-H1", "2024-Q3", "2024-05") belongs to. */
export const periodYear = (period: string) => Number(period.slice(0, 4));

/**
 * Where a recommendation stood at the end of `year`: its newest update of a period in that year or earlier
 * (latest period, then latest recorded, so a correction wins), else NOT_STARTED. The rule of
 * `recommendationProgress` (docs/recommendations.md), taken at the end of a calendar year.
 */
export function standingAtEndOf(year: number, recommendation: RecommendationRecord): RecommendationStatus {
  const updates = recommendation.history.filter((update) => periodYear(update.reportingPeriod) <= year);
  updates.sort((a, b) => (a.reportingPeriod === b.reportingPeriod ? b.recordedAt.localeCompare(a.recordedAt) : b.reportingPeriod < a.reportingPeriod ? -1 : 1));
  return updates[0]?.status ?? "NOT_STARTED";
}

/** A recommendation's text in the reader's language, else the Azerbaijani one (marked by the caller). */
export function recommendationText(lang: Language, recommendation: RecommendationRecord): { text: string; fallback: boolean } {
  const local = lang === "en" ? recommendation.textEn : lang === "ru" ? recommendation.textRu : recommendation.textAz;
  if (local) return { text: local, fallback: false };
  return { text: recommendation.textAz ?? recommendation.textEn ?? recommendation.code, fallback: lang !== "az" };
}

type Source = { id: string; title: string; body: string; year: number | null };

/** A source's name: its title in Azerbaijani; in English and Russian the body and year (titles exist in Azerbaijani only), with the id where two would read alike. */
export function sourceName(lang: Language, source: Source, all: Source[]): string {
  if (lang === "az") return source.title;
  const bodies = labelsFor(lang).report.bodies as Record<string, string>;
  const name = `${bodies[source.body] ?? source.body}${source.year ? ` ${source.year}` : ""}`;
  const twins = all.filter((other) => other.body === source.body && other.year === source.year).length;
  return twins > 1 ? `${name} (${source.id})` : name;
}

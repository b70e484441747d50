import { labelsFor } from "../../labels/dictionary";
import { TIP_CATEGORIES, TIP_METRICS } from "../../labels/labels";
import { CASE_RESULTS, type CaseResultsYear } from "./case-results";
import { recommendations, recommendationText, standingAtEndOf } from "./recommendation-history";
import { amount, capitalize, count, fallbackLegend, type ReportRequest } from "./report-context";
import type { Block, ReportDocument } from "./report-document";

/** The chosen year and the four before it, oldest first: earlier years beside the year asked. */
const YEARS_SHOWN = 5;
const TIP_SOURCE = "us-tip-2013";

const QUERY = `query TipDataSheet($years: [Int!]!, $synthetic: Boolean!) {
  caseResults(years: $years, includeSynthetic: $synthetic) { ...YearResults }
  statistics { sourceId metric year category value }
}
${CASE_RESULTS}`;

interface Statistic {
  sourceId: string;
  metric: string;
  year: number;
  category: string;
  value: number;
}

interface Answer {
  caseResults: CaseResultsYear[];
  statistics: Statistic[];
}

function yearsTable(request: ReportRequest, first: string, years: CaseResultsYear[], rows: [string, (year: CaseResultsYear) => string][]): Block {
  return {
    kind: "table",
    columns: [{ title: first, weight: 4 }, ...years.map((y) => ({ title: String(y.year), align: "right" as const, weight: 1 }))],
    rows: rows.map(([label, value]) => [label, ...years.map(value)]),
  };
}

/** The figures the TIP report printed, as the hub holds them (statistics of the TIP source), by metric and category. */
function publishedTable(request: ReportRequest, statistics: Statistic[]): Block {
  const labels = labelsFor(request.lang).report;
  const tip = statistics.filter((s) => s.sourceId === TIP_SOURCE);
  const years = [...new Set(tip.map((s) => s.year))].sort();
  const order = (s: Statistic) => [TIP_METRICS.indexOf(s.metric as (typeof TIP_METRICS)[number]), TIP_CATEGORIES.indexOf(s.category as (typeof TIP_CATEGORIES)[number])];
  const keys = [...new Map(tip.map((s) => [`${s.metric}|${s.category}`, s])).values()]
    .sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1] || a.metric.localeCompare(b.metric));
  const metricName = (metric: string) => labels.tip.metrics[metric as keyof typeof labels.tip.metrics] ?? metric;
  const categoryName = (category: string) => capitalize(request.lang, labels.tip.categories[category as keyof typeof labels.tip.categories] ?? category);
  return {
    kind: "table",
    columns: [{ title: labels.columns.metric, weight: 3 }, { title: labels.columns.category, weight: 2 }, ...years.map((year) => ({ title: String(year), align: "right" as const, weight: 1 }))],
    rows: keys.map((key) => [metricName(key.metric), categoryName(key.category),
      ...years.map((year) => {
        const found = tip.find((s) => s.metric === key.metric && s.category === key.category && s.year === year);
        return found ? count(found.value) : "—";
      })]),
  };
}

/** (c) The TIP data sheet: the year's figures in the TIP report's categories, the four years before beside them. */
export async function tipDataSheet(request: ReportRequest): Promise<Omit<ReportDocument, "notice" | "warning" | "footer" | "pageOf">> {
  const labels = labelsFor(request.lang);
  const t = labels.report.tip;
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => request.year - YEARS_SHOWN + 1 + i);
  const [answer, all] = await Promise.all([
    request.run<Answer>(QUERY, { years, synthetic: request.includeSynthetic }),
    recommendations(request),
  ]);
  const shown = answer.caseResults;
  const tipRecommendations = all.filter((r) => r.source.id === TIP_SOURCE).sort((a, b) => Number(a.code) - Number(b.code) || a.code.localeCompare(b.code));
  const blocks: Block[] = [
    { kind: "paragraph", text: t.intro(request.year) },
    { kind: "paragraph", muted: true, text: t.scopeNote },
    { kind: "heading", level: 1, text: t.lawEnforcementHeading },
    yearsTable(request, labels.report.columns.metric, shown, [
      [t.investigations, (y) => count(y.casesOpened)],
      [t.prosecutions, (y) => count(y.outcomes.indictments)],
      [t.convictions, (y) => count(y.outcomes.convictions)],
      [t.suspectsArrested, (y) => count(y.outcomes.suspectsArrested)],
      [t.victimsIdentified, (y) => count(y.outcomes.victimsIdentified)],
      [t.victimsAssisted, (y) => count(y.outcomes.victimsAssisted)],
      [t.assetsSeized, (y) => amount(request.lang, y.outcomes.assetsSeized)],
    ]),
    { kind: "heading", level: 1, text: t.cooperationHeading },
    yearsTable(request, labels.report.columns.metric, shown, [
      [t.requestsReceived, (y) => count(y.requestsIncoming)],
      [t.requestsSent, (y) => count(y.requestsOutgoing)],
      [t.requestsExecuted, (y) => count(y.requestsExecuted)],
      [t.requestsRefused, (y) => count(y.requestsRefused)],
      [t.extraditionRequests, (y) => count(y.extraditionRequests)],
      [t.resultsThroughCooperation, (y) => count(y.outcomesThroughCooperation.suspectsArrested + y.outcomesThroughCooperation.victimsIdentified + y.outcomesThroughCooperation.convictions)],
    ]),
    { kind: "heading", level: 1, text: t.publishedHeading },
    { kind: "paragraph", muted: true, text: t.publishedIntro },
    publishedTable(request, answer.statistics),
    { kind: "heading", level: 1, text: t.recommendationsHeading(request.year) },
    {
      kind: "table",
      columns: [{ title: labels.report.columns.code, weight: 0.6 }, { title: labels.report.columns.recommendation, weight: 6 }, { title: labels.report.columns.status, weight: 1.6 }],
      rows: tipRecommendations.map((r) => {
        const { text, fallback } = recommendationText(request.lang, r);
        return [r.code, fallback ? `${text} ${labels.fallbackMarker("az")}` : text, capitalize(request.lang, labels.recommendationStatuses[standingAtEndOf(request.year, r)])];
      }),
    },
    ...fallbackLegend(request.lang),
  ];
  return { lang: request.lang, title: t.title(request.year), blocks };
}

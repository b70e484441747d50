import { labelsFor } from "../../labels/dictionary";
import { RECOMMENDATION_STATUSES } from "../../labels/labels";
import { CASE_RESULTS, OUTCOME_FIELDS, OUTCOME_KIND_OF, type CaseResultsYear } from "./case-results";
import { FIGURES, NO_FIGURES, requestsOf, type Figures } from "./cooperation-figures";
import { recommendations, sourceName, standingAtEndOf, type RecommendationRecord } from "./recommendation-history";
import { amount, capitalize, change, count, countryName, fallbackLegend, LANG_ENUM, localTitle, PAGE, reportDue, yearPeriod, type ReportRequest } from "./report-context";
import type { Block, ReportDocument } from "./report-document";

/** The law of 28.06.2005, art. 7: the National Coordinator's annual information. */
const REPORT_DUTY = "national-coordinator-annual-information";

const QUERY = `query NationalCoordinatorChapter($first: Int!, $lang: Lang!, $year: CooperationPeriod!, $previous: CooperationPeriod!, $synthetic: Boolean!, $years: [Int!]!) {
  now: cooperationRanking(period: $year, first: $first, includeSynthetic: $synthetic) {
    agreementId agreement { id title(lang: $lang) titleAz: title(lang: AZ) description } cooperation { ...Figures }
  }
  before: cooperationRanking(period: $previous, first: $first, includeSynthetic: $synthetic) {
    agreementId agreement { id title(lang: $lang) titleAz: title(lang: AZ) description } cooperation { ...Figures }
  }
  countries {
    code nameAz nameEn nameRu
    now: cooperation(period: $year, includeSynthetic: $synthetic) { ...Figures }
    before: cooperation(period: $previous, includeSynthetic: $synthetic) { ...Figures }
  }
  caseResults(years: $years, includeSynthetic: $synthetic) { ...YearResults }
  duty: reportingDuty(id: "${REPORT_DUTY}") { dueYearOffset dueMonth }
  recommendationSources { id title body year }
}
${FIGURES}
${CASE_RESULTS}`;

type AgreementRef = { id: string; title: string | null; titleAz: string | null; description: string | null } | null;

interface Answer {
  now: { agreementId: string; agreement: AgreementRef; cooperation: Figures }[];
  before: { agreementId: string; agreement: AgreementRef; cooperation: Figures }[];
  countries: { code: string; nameAz: string; nameEn: string; nameRu: string; now: Figures; before: Figures }[];
  caseResults: CaseResultsYear[];
  duty: { dueYearOffset: number; dueMonth: number | null } | null;
  recommendationSources: { id: string; title: string; body: string; year: number | null }[];
}

interface Compared {
  key: string;
  name: string;
  now: Figures;
  before: Figures;
}

/** Requests in the year against the year before, then the results the year's executed requests contributed to. */
function comparisonTables(request: ReportRequest, first: string, entries: Compared[], total: boolean): Block[] {
  const labels = labelsFor(request.lang);
  const c = labels.report.columns;
  const right = (title: string) => ({ title, align: "right" as const, weight: 1 });
  const rows = entries.map(({ name, now, before }) => [name, count(requestsOf(now)), count(requestsOf(before)), change(requestsOf(now), requestsOf(before)),
    count(now.executed), count(now.refused), count(now.pending)]);
  if (total) {
    // Every request has one counterpart country, so request counts add up (results may be shared and do not).
    const sum = (pick: (e: Compared) => number) => entries.reduce((n, e) => n + pick(e), 0);
    const [now, before] = [sum((e) => requestsOf(e.now)), sum((e) => requestsOf(e.before))];
    rows.push([c.total, count(now), count(before), change(now, before), count(sum((e) => e.now.executed)), count(sum((e) => e.now.refused)), count(sum((e) => e.now.pending))]);
  }
  const withResults = entries.filter(({ now }) => OUTCOME_FIELDS.some((field) => now.outcomes[field] > 0));
  return [
    {
      kind: "table",
      totalRow: total,
      columns: [{ title: first, weight: 3.5 }, right(c.requestsIn(request.year)), right(c.requestsIn(request.year - 1)), right(c.change), right(c.executed), right(c.refused), right(c.pending)],
      rows,
    },
    { kind: "paragraph", bold: true, text: labels.report.nc.resultsHeading(request.year) },
    withResults.length === 0
      ? { kind: "paragraph", muted: true, text: labels.report.nc.resultsNone(request.year) }
      : {
          kind: "table",
          columns: [{ title: first, weight: 2.4 }, ...OUTCOME_FIELDS.map((field) => right(capitalize(request.lang, labels.outcomeKinds[OUTCOME_KIND_OF[field]])))],
          rows: withResults.map(({ name, now }) => [name, ...OUTCOME_FIELDS.map((field) => (field === "assetsSeized" ? amount(request.lang, now.outcomes[field]) : count(now.outcomes[field])))]),
        },
  ];
}

/** Agreements with requests in the year or the year before, most requests this year first. */
function agreementsTables(request: ReportRequest, answer: Answer): Block[] {
  const labels = labelsFor(request.lang);
  const rows = new Map<string, { agreement: AgreementRef; now: Figures; before: Figures }>();
  for (const row of answer.now) rows.set(row.agreementId, { agreement: row.agreement, now: row.cooperation, before: NO_FIGURES });
  for (const row of answer.before) {
    const entry = rows.get(row.agreementId) ?? { agreement: row.agreement, now: NO_FIGURES, before: NO_FIGURES };
    rows.set(row.agreementId, { ...entry, before: row.cooperation });
  }
  if (rows.size === 0) return [{ kind: "paragraph", muted: true, text: labels.report.nc.agreementsNone(request.year) }];
  const entries = [...rows.entries()]
    .map(([key, entry]) => ({ key, name: localTitle(request.lang, entry.agreement, key), now: entry.now, before: entry.before }))
    .sort((x, y) => requestsOf(y.now) - requestsOf(x.now) || requestsOf(y.before) - requestsOf(x.before) || x.key.localeCompare(y.key));
  return [
    ...comparisonTables(request, labels.report.columns.agreement, entries, false),
    { kind: "paragraph", bold: true, text: labels.report.nc.levelsHeading(request.year) },
    { kind: "list", items: entries.filter((e) => requestsOf(e.now) > 0).map((e) => `${e.name}: ${labels.cooperationLevels[e.now.level]}`) },
  ];
}

function countriesTables(request: ReportRequest, answer: Answer): Block[] {
  const entries = answer.countries
    .filter((c) => requestsOf(c.now) + requestsOf(c.before) > 0)
    .map((c) => ({ key: c.code, name: countryName(request.lang, c), now: c.now, before: c.before }))
    .sort((x, y) => requestsOf(y.now) - requestsOf(x.now) || requestsOf(y.before) - requestsOf(x.before) || x.key.localeCompare(y.key));
  return comparisonTables(request, labelsFor(request.lang).report.columns.country, entries, true);
}

function outcomesTable(request: ReportRequest, now: CaseResultsYear, before: CaseResultsYear): Block {
  const labels = labelsFor(request.lang);
  const c = labels.report.columns;
  const figure = (field: (typeof OUTCOME_FIELDS)[number], value: number) => (field === "assetsSeized" ? amount(request.lang, value) : count(value));
  const rows = OUTCOME_FIELDS.map((field) => [capitalize(request.lang, labels.outcomeKinds[OUTCOME_KIND_OF[field]]), figure(field, now.outcomesThroughCooperation[field]),
    figure(field, before.outcomesThroughCooperation[field]), change(now.outcomesThroughCooperation[field], before.outcomesThroughCooperation[field])]);
  const cases = (y: CaseResultsYear) => y.casesWithResultsThroughCooperation;
  rows.unshift([labels.report.nc.casesWithResults, count(cases(now)), count(cases(before)), change(cases(now), cases(before))]);
  return {
    kind: "table",
    columns: [{ title: c.kind, weight: 4 }, { title: String(request.year), align: "right", weight: 1 }, { title: String(request.year - 1), align: "right", weight: 1 }, { title: c.change, align: "right", weight: 1 }],
    rows,
  };
}

function recommendationsTable(request: ReportRequest, answer: Answer, all: RecommendationRecord[]): Block {
  const labels = labelsFor(request.lang);
  const c = labels.report.columns;
  const rows = answer.recommendationSources.map((source) => {
    const own = all.filter((r) => r.source.id === source.id);
    const standing = own.map((r) => standingAtEndOf(request.year, r));
    const implemented = (statuses: string[]) => statuses.filter((s) => s === "IMPLEMENTED").length;
    const before = own.map((r) => standingAtEndOf(request.year - 1, r));
    return [sourceName(request.lang, source, answer.recommendationSources), count(own.length),
      ...RECOMMENDATION_STATUSES.map((status) => count(standing.filter((s) => s === status).length)),
      count(implemented(before)), change(implemented(standing), implemented(before))];
  });
  const right = (title: string) => ({ title, align: "right" as const, weight: 1 });
  return {
    kind: "table",
    columns: [{ title: c.source, weight: 4 }, right(c.total), ...RECOMMENDATION_STATUSES.map((status) => right(capitalize(request.lang, labels.recommendationStatuses[status]))),
      right(c.implementedIn(request.year - 1)), right(c.change)],
    rows,
  };
}

/** (b) The international-cooperation chapter of the National Coordinator's annual information (law of 28.06.2005, art. 7). */
export async function nationalCoordinatorChapter(request: ReportRequest): Promise<Omit<ReportDocument, "notice" | "warning" | "footer" | "pageOf">> {
  const labels = labelsFor(request.lang).report;
  const [answer, all] = await Promise.all([
    request.run<Answer>(QUERY, {
      first: PAGE,
      lang: LANG_ENUM[request.lang],
      year: yearPeriod(request.year),
      previous: yearPeriod(request.year - 1),
      synthetic: request.includeSynthetic,
      years: [request.year - 1, request.year],
    }),
    recommendations(request),
  ]);
  const [before, now] = [answer.caseResults.find((y) => y.year === request.year - 1)!, answer.caseResults.find((y) => y.year === request.year)!];
  const blocks: Block[] = [
    { kind: "paragraph", text: labels.nc.intro(request.year, reportDue(request.year, answer.duty) ?? "") },
    {
      kind: "paragraph",
      text: labels.nc.summary({
        year: request.year,
        incoming: now.requestsIncoming,
        outgoing: now.requestsOutgoing,
        previous: before.requestsIncoming + before.requestsOutgoing,
        change: change(now.requestsIncoming + now.requestsOutgoing, before.requestsIncoming + before.requestsOutgoing),
        executed: now.requestsExecuted,
        refused: now.requestsRefused,
        arrests: now.outcomesThroughCooperation.suspectsArrested,
        victims: now.outcomesThroughCooperation.victimsIdentified,
        convictions: now.outcomesThroughCooperation.convictions,
      }),
    },
    { kind: "heading", level: 1, text: labels.nc.agreementsHeading },
    { kind: "paragraph", muted: true, text: labels.nc.agreementsIntro },
    ...agreementsTables(request, answer),
    { kind: "heading", level: 1, text: labels.nc.countriesHeading },
    ...countriesTables(request, answer),
    { kind: "heading", level: 1, text: labels.nc.outcomesHeading },
    { kind: "paragraph", muted: true, text: labels.nc.outcomesIntro },
    outcomesTable(request, now, before),
    { kind: "heading", level: 1, text: labels.nc.recommendationsHeading },
    { kind: "paragraph", muted: true, text: labels.nc.recommendationsIntro(request.year) },
    recommendationsTable(request, answer, all),
    ...fallbackLegend(request.lang),
  ];
  return { lang: request.lang, title: labels.nc.title(request.year), blocks };
}

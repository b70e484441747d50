import { labelsFor } from "../../labels/dictionary";
import { FIGURES, requestsOf, type Figures } from "./cooperation-figures";
import { periodYear, recommendations, sourceName, type RecommendationRecord } from "./recommendation-history";
import { azText, count, fallbackLegend, LANG_ENUM, localTitle, organizationName, PAGE, reportDue, yearPeriod, type ReportRequest } from "./report-context";
import type { Block, ReportDocument } from "./report-document";

export const CIS_PROGRAMME = "cis-thb-programme-2007-2010";
/** Measure 6.3, first row: Azerbaijan's information to the CIS Executive Committee every February. */
const REPORT_DUTY = "cis-programme-report-to-executive-committee";

const QUERY = `query CisProgrammeReport($lang: Lang!, $from: LocalDate!, $to: LocalDate!) {
  programme: agreement(id: "${CIS_PROGRAMME}") {
    id title(lang: $lang) titleAz: title(lang: AZ)
    approvalAct { number adoptedOn inForceOn }
    measures {
      id number section text executorsText deadline { asWritten }
      executors { id abbreviation nameAz nameEn }
      items { id number text }
    }
  }
  due: measures(filter: { agreementId: "${CIS_PROGRAMME}", dueFrom: $from, dueTo: $to }) { id }
  duty: reportingDuty(id: "${REPORT_DUTY}") { dueYearOffset dueMonth }
}`;

/** Asked apart from the programme: one query for both would pass the gateway's cost limit (20 000). */
const INSTRUMENTS = `query CisInstruments($first: Int!, $lang: Lang!, $from: LocalDate!, $to: LocalDate!, $synthetic: Boolean!) {
  instruments: agreements(filter: { organizationId: "CIS" }, first: $first) {
    edges { node { id title(lang: $lang) titleAz: title(lang: AZ) description
                   cooperation(period: { from: $from, to: $to }, includeSynthetic: $synthetic) { ...Figures } } }
  }
}
${FIGURES}`;

interface Measure {
  id: string;
  number: string | null;
  section: string | null;
  text: string;
  executorsText: string | null;
  deadline: { asWritten: string | null } | null;
  executors: { id: string; abbreviation: string | null; nameAz: string; nameEn: string | null }[];
  items: { id: string; number: string | null; text: string }[];
}

interface Answer {
  programme: { id: string; title: string | null; titleAz: string | null; approvalAct: { number: string; adoptedOn: string | null; inForceOn: string | null } | null; measures: Measure[] } | null;
  due: { id: string }[];
  duty: { dueYearOffset: number; dueMonth: number | null } | null;
}

interface Instruments {
  instruments: { edges: { node: { id: string; title: string | null; titleAz: string | null; description: string | null; cooperation: Figures } }[] };
}

/** What the hub holds as done for a measure in the year: status updates of that year citing it (or a sub-item) as evidence. */
function evidenceLines(request: ReportRequest, measure: Measure, all: RecommendationRecord[]): string[] {
  const labels = labelsFor(request.lang);
  const ids = new Set([measure.id, ...measure.items.map((item) => item.id)]);
  const lines: string[] = [];
  const sources = [...new Map(all.map((r) => [r.source.id, r.source])).values()];
  for (const recommendation of all) {
    for (const update of recommendation.history) {
      if (periodYear(update.reportingPeriod) !== request.year) continue;
      const cited = update.evidence.filter((e) => e.kind === "MEASURE" && e.measureId && ids.has(e.measureId));
      if (cited.length === 0) continue;
      const documents = update.evidence.filter((e) => e.kind === "DOCUMENT" && e.documentTitle).map((e) => e.documentTitle!);
      lines.push(labels.report.cis.evidence({
        recommendation: `${recommendation.code}`,
        source: sourceName(request.lang, recommendation.source, sources),
        status: labels.recommendationStatuses[update.status],
        period: update.reportingPeriod,
        documents,
      }));
    }
  }
  return lines;
}

function measureBlocks(request: ReportRequest, measure: Measure, due: boolean, all: RecommendationRecord[]): Block[] {
  const labels = labelsFor(request.lang).report;
  const executors = measure.executors.length
    ? measure.executors.map((executor) => organizationName(request.lang, executor)).join("; ")
    : (measure.executorsText ? azText(request.lang, measure.executorsText) : labels.none);
  const evidence = evidenceLines(request, measure, all);
  return [
    { kind: "heading", level: 3, text: labels.cis.measure(measure.number) },
    { kind: "paragraph", text: azText(request.lang, measure.text) },
    ...(measure.items.length ? [{ kind: "list" as const, items: measure.items.map((item) => `${item.number ?? ""} ${azText(request.lang, item.text)}`.trim()) }] : []),
    {
      kind: "table",
      columns: [{ title: labels.columns.deadline, weight: 2 }, { title: labels.columns.executors, weight: 4 }, { title: labels.columns.dueInYear(request.year), weight: 1 }],
      rows: [[measure.deadline?.asWritten ? azText(request.lang, measure.deadline.asWritten) : labels.none, executors, due ? labels.yes : labels.no]],
    },
    { kind: "paragraph", bold: true, text: labels.cis.evidenceHeading(request.year) },
    evidence.length ? { kind: "list", items: evidence } : { kind: "paragraph", muted: true, text: labels.cis.evidenceNone(request.year) },
  ];
}

function instrumentsTable(request: ReportRequest, instruments: Instruments["instruments"]["edges"]): Block {
  const labels = labelsFor(request.lang).report;
  const rows = instruments.map(({ node }) => {
    const f = node.cooperation;
    return [localTitle(request.lang, node), count(f.requestsIn), count(f.requestsOut), count(f.executed), count(f.refused), count(f.pending),
      count(f.outcomes.suspectsArrested), count(f.outcomes.victimsIdentified), count(f.outcomes.convictions)];
  });
  const sum = (pick: (f: Figures) => number) => count(instruments.reduce((n, { node }) => n + pick(node.cooperation), 0));
  // Requests count once each (one legal basis); results are per instrument, so they have no total.
  rows.push([labels.columns.total, sum((f) => f.requestsIn), sum((f) => f.requestsOut), sum((f) => f.executed), sum((f) => f.refused), sum((f) => f.pending), "", "", ""]);
  const c = labels.columns;
  return {
    kind: "table",
    totalRow: true,
    columns: [{ title: c.instrument, weight: 5 }, ...[c.incoming, c.outgoing, c.executed, c.refused, c.pending, c.arrests, c.victimsIdentified, c.convictions]
      .map((title) => ({ title, align: "right" as const, weight: 1.2 }))],
    rows,
  };
}

/** (a) The CIS programme report (measure 6.3), measure by measure, with the MLA figures under CIS instruments. */
export async function cisProgrammeReport(request: ReportRequest): Promise<Omit<ReportDocument, "notice" | "warning" | "footer" | "pageOf">> {
  const labels = labelsFor(request.lang).report;
  const period = yearPeriod(request.year);
  const variables = { lang: LANG_ENUM[request.lang], from: period.from, to: period.to };
  const [answer, cis, all] = await Promise.all([
    request.run<Answer>(QUERY, variables),
    request.run<Instruments>(INSTRUMENTS, { ...variables, first: PAGE, synthetic: request.includeSynthetic }),
    recommendations(request),
  ]);
  const programme = answer.programme;
  const blocks: Block[] = [
    { kind: "paragraph", text: labels.cis.recipient(reportDue(request.year, answer.duty) ?? "") },
    ...(programme?.approvalAct ? [{ kind: "paragraph" as const, text: labels.cis.approvedBy(programme.approvalAct.number, programme.approvalAct.adoptedOn ?? "", programme.approvalAct.inForceOn ?? "") }] : []),
    { kind: "paragraph", text: labels.cis.intro(request.year) },
    { kind: "heading", level: 1, text: labels.cis.measuresHeading },
  ];
  const due = new Set(answer.due.map((m) => m.id));
  let section: string | null = null;
  for (const measure of programme?.measures ?? []) {
    if (measure.section && measure.section !== section) {
      section = measure.section;
      blocks.push({ kind: "heading", level: 2, text: azText(request.lang, section) });
    }
    blocks.push(...measureBlocks(request, measure, due.has(measure.id), all));
  }
  const instruments = [...cis.instruments.edges].sort((a, b) => requestsOf(b.node.cooperation) - requestsOf(a.node.cooperation) || a.node.id.localeCompare(b.node.id));
  blocks.push(
    { kind: "heading", level: 1, text: labels.cis.mlaHeading(request.year) },
    { kind: "paragraph", text: labels.cis.mlaIntro },
    instrumentsTable(request, instruments),
    ...fallbackLegend(request.lang),
  );
  if (programme) blocks.splice(1, 0, { kind: "paragraph", text: labels.cis.programme(localTitle(request.lang, programme)) });
  return { lang: request.lang, title: labels.cis.title(request.year), blocks };
}

import { labelsFor } from "../../labels/dictionary";
import { DocumentError, type DocumentRoute } from "../documents";
import { cisProgrammeReport } from "./cis-6-3";
import { renderDocx } from "./docx-renderer";
import { nationalCoordinatorChapter } from "./national-coordinator";
import { renderPdf } from "./pdf-renderer";
import type { ReportRequest } from "./report-context";
import type { ReportDocument } from "./report-document";
import { isReportKind, REPORT_KINDS, type ReportKind } from "./report-kinds";
import { tipDataSheet } from "./tip";

type Content = Omit<ReportDocument, "notice" | "warning" | "footer" | "pageOf">;

/** Each report's content module: what it says, from the supergraph; the renderers lay it out. */
const REPORTS: Record<ReportKind, (request: ReportRequest) => Promise<Content>> = {
  "cis-6.3": cisProgrammeReport,
  "national-coordinator": nationalCoordinatorChapter,
  tip: tipDataSheet,
};

const FORMATS = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: renderDocx },
  pdf: { contentType: "application/pdf", render: renderPdf },
} as const;

function badInput(field: string, message: string): DocumentError {
  return new DocumentError(400, "BAD_USER_INPUT", `${field}: ${message}`, { field });
}

function year(value: string | undefined): number {
  if (value === undefined || !/^\d{4}$/.test(value)) throw badInput("year", "give the year the report covers, e.g. year=2024");
  const parsed = Number(value);
  if (parsed < 1990 || parsed > 2100) throw badInput("year", "must be 1990-2100");
  return parsed;
}

function flag(value: string | undefined): boolean {
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  throw badInput("includeSynthetic", "must be true or false");
}

/**
 * `GET /documents/reports/:kind?year=YYYY&lang=az|en|ru&format=docx|pdf&includeSynthetic=false`: a report
 * drafted from the supergraph as the caller (staff, never partners) and laid out as DOCX or PDF. Demo data
 * only when asked, and then every page says so.
 */
export const reportRoute: DocumentRoute<{ kind: string }, { year?: string; format?: string; includeSynthetic?: string }> = {
  path: "/documents/reports/:kind",
  role: "viewer",
  async render({ params, query, lang, run }) {
    if (!isReportKind(params.kind)) throw new DocumentError(404, "NOT_FOUND", `no report "${params.kind.slice(0, 40)}"; reports: ${REPORT_KINDS.join(", ")}`);
    const format = query.format ?? "docx";
    if (format !== "docx" && format !== "pdf") throw badInput("format", "must be docx or pdf");
    const request: ReportRequest = { year: year(query.year), lang, includeSynthetic: flag(query.includeSynthetic), run, today: new Date().toISOString().slice(0, 10) };
    const labels = labelsFor(lang).report;
    const content = await REPORTS[params.kind](request);
    const document: ReportDocument = {
      ...content,
      notice: labels.draftNotice(request.today),
      warning: request.includeSynthetic ? labels.syntheticWarning : undefined,
      footer: labels.footer,
      pageOf: labels.pageOf,
    };
    return {
      fileName: `${params.kind}-${request.year}-${lang}${request.includeSynthetic ? "-synthetic" : ""}.${format}`,
      contentType: FORMATS[format].contentType,
      body: await FORMATS[format].render(document),
    };
  },
};

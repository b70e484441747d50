import type { Language } from "../../labels/labels";

/** A column of a table: its heading, and how its cells align and how much of the width it takes. */
export interface Column {
  title: string;
  align?: "left" | "right";
  /** Share of the table's width, relative to the other columns (default 1). */
  weight?: number;
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; muted?: boolean; bold?: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "table"; columns: Column[]; rows: string[][]; totalRow?: boolean };

/**
 * A drafted report, whatever the format: what both renderers (docx-renderer.ts, pdf-renderer.ts) lay out.
 * Content modules (cis-6-3.ts, national-coordinator.ts, tip.ts) build it from what the supergraph answers;
 * they know nothing of DOCX or PDF.
 */
export interface ReportDocument {
  lang: Language;
  title: string;
  /** Said on every page, in the header: a draft from the hub's records. */
  notice: string;
  /** Said on every page, in the header and the footer, when the draft holds generated demo data. */
  warning?: string;
  /** The footer's text beside the page number. */
  footer: string;
  /** "Page ", " of ", "": the words around the page number and the page count. */
  pageOf: readonly [string, string, string];
  blocks: Block[];
}

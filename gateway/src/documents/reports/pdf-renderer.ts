import path from "node:path";
import PDFDocument from "pdfkit";
import type { Block, ReportDocument } from "./report-document";

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` npm package, embedded in every PDF: it has every Azerbaijani
 * (ə ğ ı ş ç ö ü İ) and Cyrillic letter, and comes with `npm ci`, never from the system's fonts.
 */
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONTS = { body: path.join(FONT_DIR, "DejaVuSans.ttf"), bold: path.join(FONT_DIR, "DejaVuSans-Bold.ttf") };

const MARGIN = { top: 64, bottom: 64, left: 50, right: 50 };
const SIZES = { title: 16, 1: 14, 2: 12, 3: 10.5, body: 10, muted: 8.5, table: 8, tableHead: 7, tableHeadMin: 5, margin: 7.5, warning: 8 } as const;
const PAD = 3;
const WARNING_COLOR = "#B00020";

type Pdf = InstanceType<typeof PDFDocument>;

function bottom(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.bottom;
}

/** Starts a new page when less than `needed` points are left on this one. */
function ensureRoom(pdf: Pdf, needed: number): void {
  if (pdf.y + needed > bottom(pdf)) pdf.addPage();
}

function table(pdf: Pdf, block: Extract<Block, { kind: "table" }>): void {
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  const weights = block.columns.map((column) => column.weight ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => (weight / sum) * width);
  // Column headings are bold and smaller, down to the size at which their longest word fits the column:
  // a long Azerbaijani or Russian word is never broken inside a narrow figure column.
  const headSizes = block.columns.map((column, i) => {
    pdf.font("bold").fontSize(SIZES.tableHead);
    const longest = Math.max(...column.title.split(/\s+/).map((word) => pdf.widthOfString(word)));
    return Math.max(SIZES.tableHeadMin, Math.min(SIZES.tableHead, (SIZES.tableHead * (widths[i] - 2 * PAD)) / longest));
  });
  const size = (head: boolean, i: number) => (head ? headSizes[i] : SIZES.table);
  const rowHeight = (cells: string[], font: "body" | "bold", head = false) =>
    Math.max(...cells.map((text, i) => pdf.font(font).fontSize(size(head, i)).heightOfString(text || " ", { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  const drawRow = (cells: string[], font: "body" | "bold", shaded: boolean) => {
    const height = rowHeight(cells, font, shaded);
    let x = MARGIN.left;
    const y = pdf.y;
    cells.forEach((text, i) => {
      if (shaded) pdf.rect(x, y, widths[i], height).fillAndStroke("#EEEEEE", "#999999");
      else pdf.rect(x, y, widths[i], height).strokeColor("#999999").stroke();
      pdf.fillColor("black").font(font).fontSize(size(shaded, i)).text(text, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: block.columns[i]?.align ?? "left" });
      x += widths[i];
    });
    pdf.x = MARGIN.left;
    pdf.y = y + height;
  };
  const titles = block.columns.map((column) => column.title);
  ensureRoom(pdf, rowHeight(titles, "bold", true) + (block.rows[0] ? rowHeight(block.rows[0], "body") : 0));
  drawRow(titles, "bold", true);
  block.rows.forEach((row, r) => {
    const font = block.totalRow && r === block.rows.length - 1 ? "bold" : "body";
    if (pdf.y + rowHeight(row, font) > bottom(pdf)) {
      // A row never splits across pages; the heading row is repeated on the next one.
      pdf.addPage();
      drawRow(titles, "bold", true);
    }
    drawRow(row, font, false);
  });
  pdf.moveDown(0.8);
}

function write(pdf: Pdf, block: Block): void {
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  switch (block.kind) {
    case "heading":
      // A heading keeps company: never alone at the foot of a page.
      ensureRoom(pdf, 60);
      pdf.moveDown(block.level === 1 ? 0.8 : 0.5).font("bold").fontSize(SIZES[block.level]).fillColor("black").text(block.text, MARGIN.left, pdf.y, { width });
      pdf.moveDown(0.3);
      return;
    case "paragraph":
      pdf.font(block.bold ? "bold" : "body").fontSize(block.muted ? SIZES.muted : SIZES.body).fillColor(block.muted ? "#555555" : "black")
        .text(block.text, MARGIN.left, pdf.y, { width });
      pdf.fillColor("black").moveDown(0.4);
      return;
    case "list":
      for (const item of block.items) pdf.font("body").fontSize(SIZES.body).fillColor("black").text(`•  ${item}`, MARGIN.left + 8, pdf.y, { width: width - 8 });
      pdf.moveDown(0.4);
      return;
    case "table":
      table(pdf, block);
  }
}

/** Header and footer of every page, written once the page count is known. */
function frame(pdf: Pdf, report: ReportDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  const [before, middle, after] = report.pageOf;
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const width = pdf.page.width - MARGIN.left - MARGIN.right;
    // Writing in the margins: no automatic page break while the margins are lifted.
    const margins = pdf.page.margins;
    pdf.page.margins = { ...margins, top: 0, bottom: 0 };
    pdf.font("body").fontSize(SIZES.margin).fillColor("#555555").text(report.notice, MARGIN.left, 20, { width });
    const footer = pdf.page.height - 32;
    if (report.warning) {
      pdf.font("bold").fontSize(SIZES.warning).fillColor(WARNING_COLOR).text(report.warning, MARGIN.left, pdf.y + 2, { width, align: "center" });
      const height = pdf.heightOfString(report.warning, { width });
      pdf.text(report.warning, MARGIN.left, footer - 4 - height, { width, align: "center" });
    }
    pdf.font("body").fontSize(SIZES.margin).fillColor("#555555").text(`${report.footer} · ${before}${i - start + 1}${middle}${count}${after}`, MARGIN.left, footer, { width, align: "right" });
    pdf.page.margins = margins;
  }
  pdf.fillColor("black");
}

/** The draft as a PDF with the embedded DejaVu Sans; the notice (and any warning) on every page. */
export function renderPdf(report: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: report.lang,
    info: { Title: report.title, Author: "Cooperation Hub", Subject: report.notice, Creator: "Cooperation Hub" },
  });
  pdf.registerFont("body", FONTS.body);
  pdf.registerFont("bold", FONTS.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.font("bold").fontSize(SIZES.title).text(report.title, MARGIN.left, MARGIN.top, { width: pdf.page.width - MARGIN.left - MARGIN.right });
  pdf.moveDown(0.6);
  for (const block of report.blocks) write(pdf, block);
  frame(pdf, report);
  pdf.end();
  return done;
}

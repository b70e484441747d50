import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, WidthType,
} from "docx";
import type { Block, ReportDocument } from "./report-document";

const FONT = "Arial";
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
const WARNING_COLOR = "B00020";

function cell(text: string, options: { bold?: boolean; align?: "left" | "right"; width: number; shaded?: boolean }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    shading: options.shaded ? { type: ShadingType.CLEAR, fill: "EEEEEE", color: "auto" } : undefined,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: options.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold, size: 17, font: FONT })],
      }),
    ],
  });
}

function table(block: Extract<Block, { kind: "table" }>): Table {
  const weights = block.columns.map((column) => column.weight ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => (weight / sum) * 100);
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map((column, i) => cell(column.title, { bold: true, align: column.align, width: widths[i], shaded: true })),
  });
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => cell(text, { align: block.columns[i]?.align, width: widths[i], bold: block.totalRow && r === block.rows.length - 1 })),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function blocks(list: Block[]): (Paragraph | Table)[] {
  return list.flatMap((block) => {
    switch (block.kind) {
      case "heading":
        return [new Paragraph({ heading: HEADINGS[block.level], spacing: { before: 240, after: 120 }, keepNext: true, children: [new TextRun({ text: block.text, font: FONT })] })];
      case "paragraph":
        return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.text, font: FONT, size: block.muted ? 17 : 20, bold: block.bold, color: block.muted ? "555555" : undefined })] })];
      case "list":
        return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item, font: FONT, size: 20 })] }));
      case "table":
        return [table(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
    }
  });
}

function warningParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, color: WARNING_COLOR, size: 18, font: FONT })] });
}

/**
 * The draft as a Word document: one section whose header and footer (on every page, the first included)
 * carry the draft notice, the synthetic-data warning when there is one, and the page number.
 */
export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const [before, middle, after] = report.pageOf;
  const document = new Document({
    creator: "Cooperation Hub",
    title: report.title,
    description: report.notice,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: report.notice, size: 16, color: "555555", font: FONT })] }),
              ...(report.warning ? [warningParagraph(report.warning)] : []),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              ...(report.warning ? [warningParagraph(report.warning)] : []),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: 16, color: "555555", font: FONT, children: [`${report.footer} · ${before}`, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })],
              }),
            ],
          }),
        },
        children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: report.title, font: FONT })] }), ...blocks(report.blocks)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

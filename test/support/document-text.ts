import { spawn } from "node:child_process";
import JSZip from "jszip";
import mammoth from "mammoth";
import { repoRoot } from "#shared/paths";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };
const decode = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity]).replace(/\s+/g, " ").trim();

/** Runs of whitespace (line breaks of wrapped lines included) as one space. */
export const flat = (text: string) => text.replace(/\s+/g, " ").trim();

export interface DocxText {
  /** The body's text, whitespace flattened. */
  text: string;
  /** Every table, as rows of cell texts. */
  tables: string[][][];
  /** Headings (h1-h3) in order. */
  headings: string[];
  /** Text of every header and footer part, and whether the body's section uses them on every page. */
  headers: string[];
  footers: string[];
  everyPage: boolean;
}

/** A .docx read back: the body through mammoth (as HTML, for tables and headings), headers and footers from the package. */
export async function readDocx(buffer: Buffer): Promise<DocxText> {
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(([, cell]) => decode(cell))),
  );
  const headings = [...html.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)].map(([, heading]) => decode(heading));
  const zip = await JSZip.loadAsync(buffer);
  const part = async (pattern: RegExp) =>
    Promise.all(Object.keys(zip.files).filter((name) => pattern.test(name)).map(async (name) => decode((await zip.file(name)!.async("string")).replace(/<\/w:p>/g, " </w:p>"))));
  const body = await zip.file("word/document.xml")!.async("string");
  const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(body)?.[0] ?? "";
  return {
    text: decode(html.replace(/<\/(p|h\d|td|th|li)>/g, " ")),
    tables,
    headings,
    headers: await part(/^word\/header\d*\.xml$/),
    footers: await part(/^word\/footer\d*\.xml$/),
    // A default header and footer and no distinct first page: they show on every page.
    everyPage: /w:headerReference w:type="default"/.test(section) && /w:footerReference w:type="default"/.test(section) && !/<w:titlePg/.test(section),
  };
}

export interface PdfText {
  /** Each page's text as extracted. */
  pages: string[];
  /**
   * The whole text, lines joined by a space (without one after a hyphen: the PDF broke a word such as
   * "2019-cu" there) and whitespace flattened. A table row reads as its label, wrapped or not, then its
   * figures: pdf.js gives a row's cells in the order they were drawn.
   */
  text: string;
}

/**
 * pdf-parse (pdf.js) in a plain Node process: pdf.js loads its worker with a dynamic import() of an ES
 * module, which jest's module system cannot do (and cannot compile: the worker uses import.meta).
 */
const EXTRACT = `const { PDFParse } = require("pdf-parse");
const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText({ pageJoiner: "" });
  await parser.destroy();
  process.stdout.write(JSON.stringify(result.pages.map((page) => page.text)));
});`;

function extractPages(buffer: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", EXTRACT], { cwd: repoRoot(), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as string[]) : reject(new Error(`pdf-parse failed: ${Buffer.concat(err).toString()}`))));
    child.stdin.end(buffer);
  });
}

/** A PDF's text, page by page, with pdf-parse (pdf.js). */
export async function readPdf(buffer: Buffer): Promise<PdfText> {
  const pages = await extractPages(buffer);
  return { pages, text: flat(pages.join("\n").replace(/-\n/g, "-")) };
}

/** Whether a PDF holds a table row: its label (as the cell shows it) followed by exactly these figures. */
export function pdfRow(pdf: PdfText, label: string, figures: string[]): boolean {
  const row = flat(`${label} ${figures.join(" ")}`);
  const at = pdf.text.indexOf(row);
  // The figures end there: the next token is not one more figure of a longer row.
  return at >= 0 && !/^ [+−]?\d/.test(pdf.text.slice(at + row.length, at + row.length + 3));
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "#shared/paths";

/**
 * The source documents (`seeds/sources/`, a copy of the department's `shared/sources`, or HUB_SOURCES_DIR) and the citation
 * convention of the seeds (docs/sources.md):
 *
 *   source   := citation ("; " citation)*
 *   citation := REF [", " locator] [": " fragment (" ... " fragment)*]
 *   REF      := a file of the sources, or its abbreviation: cis, na, vp, bd, tip
 *
 * A citation without ": " names its document and place only (a locator); one whose REF is not a source is
 * an outside authority (a depositary) and is checked elsewhere. Every fragment must occur in the document.
 */
export const ABBREVIATIONS: Record<string, string> = {
  cis: "cis-cooperation-programme-2007-2010-law-749-IIIQ.az.txt",
  na: "needs-assessment-response-measures.az.txt",
  vp: "victim-protection-international-and-national-law-2024.az.txt",
  bd: "brussels-declaration-2002.az.txt",
  tip: "us-tip-report-2013-azerbaijan.az.txt",
};

export function sourcesDir(): string {
  // The copy in the repository comes first: a clean clone in CI has nothing beside it.
  const candidates = [process.env.HUB_SOURCES_DIR, path.join(repoRoot(), "seeds", "sources")];
  const found = candidates.find((dir) => dir && existsSync(path.join(dir, "README.md")));
  if (!found) throw new Error(`the source documents are not found (tried ${candidates.filter(Boolean).join(", ")}); set HUB_SOURCES_DIR`);
  return found;
}

/**
 * Whitespace-normalised text without its layout: markup (**bold**, <b>, <p>), the needs assessment's page
 * headers ("3. Tövsiyələr 53") that break sentences, and spaces after a slash at a line end.
 */
export function normalise(text: string): string {
  return text
    .replace(/<\/?[a-z]+>/g, " ")
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ")
    .replace(/ [23]\. (Nəticələr|Tövsiyələr) \d+ /g, " ")
    .replace(/\/ /g, "/")
    .trim();
}

export interface SourceDocument {
  file: string;
  /**
   * The text as laid out, and with a line-end hyphen read both ways: a word split by the layout joined again
   * ("məq- sədi" → "məqsədi"), a hyphenated word kept whole ("qeyri- kommersiya" → "qeyri-kommersiya").
   */
  variants: string[];
}

let documents: Map<string, SourceDocument> | undefined;

export function sourceDocuments(): Map<string, SourceDocument> {
  if (documents) return documents;
  const dir = sourcesDir();
  documents = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".az.txt"))) {
    const text = normalise(readFileSync(path.join(dir, file), "utf8"));
    documents.set(file, { file, variants: [text, text.replace(/(\p{L})- (\p{Ll})/gu, "$1$2"), text.replace(/([\p{L}\d])- ([\p{L}\d])/gu, "$1-$2")] });
  }
  return documents;
}

export function occursIn(file: string, fragment: string): boolean {
  const document = sourceDocuments().get(file);
  if (!document) return false;
  const wanted = normalise(fragment);
  return document.variants.some((text) => text.includes(wanted));
}

export interface Citation {
  ref: string;
  /** The source file, or null for an outside authority. */
  file: string | null;
  locator: string | null;
  fragments: string[];
}

const REF = /^(cis|na|vp|bd|tip|[\w.-]+\.az\.txt)\b([^:]*?)(?::\s(.*))?$/s;

export function parseCitations(source: string): Citation[] {
  const citations: Citation[] = [];
  for (const part of source.split(/;\s/)) {
    const match = part.match(REF);
    if (!match) {
      const previous = citations.at(-1);
      if (previous?.file) previous.fragments.push(...fragments(part)); // "…; DBŞ, HBŞ": more of the same document
      else citations.push({ ref: part, file: null, locator: null, fragments: [] });
      continue;
    }
    const [, ref, locator, quote] = match;
    citations.push({
      ref,
      file: ABBREVIATIONS[ref] ?? ref,
      locator: locator.replace(/^,\s*/, "").trim() || null,
      fragments: quote === undefined ? [] : fragments(quote),
    });
  }
  return citations;
}

function fragments(quote: string): string[] {
  return quote
    .split(/\s?\.\.\.\s?/)
    .map((fragment) => fragment.trim())
    .filter(Boolean);
}

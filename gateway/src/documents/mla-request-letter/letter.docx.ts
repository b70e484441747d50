import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { DocumentLanguage } from "../documents";
import { fill, LETTER_TEXT, type AssistanceTypeName } from "./letter-text";

/** Everything the letter says, already in its language except what the officer wrote (facts, assistance sought). */
export interface LetterContent {
  lang: DocumentLanguage;
  reference: string;
  /** YYYY-MM-DD. */
  date: string;
  requestingAuthority: string;
  counterpartAuthority: string;
  counterpartCountry: string;
  /** The agreement as the letter names it (a quoted title, or its parties), or null for reciprocity. */
  agreement: string | null;
  article: string | null;
  caseReference: string;
  articles: { number: string; title: string | null }[];
  facts: string;
  assistanceTypes: AssistanceTypeName[];
  assistanceSought: string;
  dueOn: string | null;
  urgent: boolean;
  contact: { name: string; phone: string | null; email: string | null };
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function letterDate(day: string, lang: DocumentLanguage): string {
  if (lang !== "en") return day.split("-").reverse().join(".");
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
const labelled = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
/** The officer's text as written, one paragraph per line. */
const written = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== "").map(paragraph);

/** The letter as a .docx (docx), laid out as the sections of a request for mutual legal assistance. */
export async function letterDocx(content: LetterContent): Promise<Buffer> {
  const t = LETTER_TEXT[content.lang];
  const articles = content.articles.map((a) => (a.title ? `${a.number} (${a.title})` : a.number)).join(", ");
  const sections = [
    new Paragraph({ children: [new TextRun({ text: t.draftMark, bold: true, color: "C00000" })], alignment: AlignmentType.RIGHT }),
    labelled(t.reference, content.reference),
    labelled(t.date, letterDate(content.date, content.lang)),
    labelled(t.from, `${content.requestingAuthority}, ${t.republic}`),
    labelled(t.to, `${content.counterpartAuthority}, ${content.counterpartCountry}`),
    new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } }),
    heading(t.sections.legalBasis),
    paragraph(content.agreement === null ? t.legalBasisReciprocity : fill(t.legalBasisAgreement, { agreement: content.agreement, article: content.article ? `, ${content.article}` : "" })),
    heading(t.sections.case),
    paragraph(fill(t.criminalCase, { reference: content.caseReference, articles, articleWord: t.articleWord(content.articles.length) })),
    heading(t.sections.facts),
    ...written(content.facts),
    heading(t.sections.assistance),
    paragraph(t.assistanceIntro),
    ...content.assistanceTypes.map((type) => new Paragraph({ text: t.assistanceTypes[type], bullet: { level: 0 } })),
    ...written(content.assistanceSought),
    heading(t.sections.deadline),
    paragraph(content.dueOn ? fill(t.deadline, { date: letterDate(content.dueOn, content.lang) }) : t.deadlineSoon),
    ...(content.urgent ? [paragraph(t.urgent)] : []),
    heading(t.sections.confidentiality),
    paragraph(t.confidentiality),
    heading(t.sections.contact),
    labelled(t.contactName, content.contact.name),
    ...(content.contact.phone ? [labelled(t.contactPhone, content.contact.phone)] : []),
    ...(content.contact.email ? [labelled(t.contactEmail, content.contact.email)] : []),
    new Paragraph({ text: t.closing, spacing: { before: 360 } }),
    paragraph(content.requestingAuthority),
    paragraph(t.signature),
  ];
  const document = new Document({
    creator: "Cooperation Hub",
    title: `${t.title} ${content.reference}`,
    styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } },
    sections: [{ children: sections }],
  });
  return Packer.toBuffer(document);
}

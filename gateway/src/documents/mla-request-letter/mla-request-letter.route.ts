import { DocumentError, type DocumentLanguage, type DocumentRoute } from "../documents";
import { DOCX_TYPE, letterDocx, type LetterContent } from "./letter.docx";
import { fill, LETTER_TEXT, type AssistanceTypeName, type LetterGapName } from "./letter-text";

interface Country {
  code: string;
  nameAz: string;
  nameEn: string;
  nameRu: string;
}

interface DraftedRequest {
  reference: string;
  direction: "INCOMING" | "OUTGOING";
  priority: string;
  dueOn: string | null;
  counterpartAuthority: string | null;
  counterpartCountryCode: string;
  counterpartCountry: Country | null;
  legalBasisKind: "AGREEMENT" | "RECIPROCITY" | "NOT_STATED";
  legalBasisArticle: string | null;
  legalBasis: { titleAz: string | null; titleEn: string | null; titleRu: string | null; parties: { country: Country | null }[] } | null;
  assistanceTypes: AssistanceTypeName[];
  assistanceSought: string | null;
  factsSummary: string | null;
  requestingAuthority: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  case: { reference: string; articles: string[] } | null;
  letterCheck: { missing: { code: LetterGapName; field: string }[] };
}

// Only what the letter prints is asked for: never the case's summary, victim details or notes.
const DRAFT_QUERY = `query DraftMlaRequestLetter($references: [String!]!) {
  mlaRequestsByReference(references: $references) {
    requests {
      reference direction priority dueOn counterpartAuthority counterpartCountryCode counterpartCountry { code nameAz nameEn nameRu }
      legalBasisKind legalBasisArticle
      legalBasis { titleAz: title(lang: AZ) titleEn: title(lang: EN) titleRu: title(lang: RU) parties { country { code nameAz nameEn nameRu } } }
      assistanceTypes assistanceSought factsSummary requestingAuthority contactName contactPhone contactEmail
      case { reference articles }
      letterCheck { missing { code field } }
    }
  }
  legalActs(filter: { kind: CODE_ARTICLE }, first: 100) { edges { node { number titleAz: title(lang: AZ) titleEn: title(lang: EN) titleRu: title(lang: RU) } } }
}`;

type Titles = { titleAz: string | null; titleEn: string | null; titleRu: string | null };
interface DraftData {
  mlaRequestsByReference: { requests: DraftedRequest[] }[];
  legalActs: { edges: { node: Titles & { number: string | null } }[] };
}

const TITLE_FIELD: Record<DocumentLanguage, keyof Titles> = { az: "titleAz", en: "titleEn", ru: "titleRu" };

/** A title in the letter's language, else in Azerbaijani, English, Russian (agreements have official en/ru titles only where known). */
function titleIn(titles: Titles, lang: DocumentLanguage): string | null {
  const order: DocumentLanguage[] = [lang, ...(["az", "en", "ru"] as const).filter((other) => other !== lang)];
  return order.map((l) => titles[TITLE_FIELD[l]]).find((title) => title) ?? null;
}

/** Names in the letter's language, as the hub gives them; CLDR's name of the code for a country the hub does not know. */
function countryName(country: Country | null, code: string, lang: DocumentLanguage): string {
  if (!country) return new Intl.DisplayNames([lang], { type: "region" }).of(code) ?? code;
  return lang === "ru" ? country.nameRu : lang === "en" ? country.nameEn : country.nameAz;
}

function agreementName(request: DraftedRequest, lang: DocumentLanguage): string | null {
  const agreement = request.legalBasis;
  if (request.legalBasisKind !== "AGREEMENT" || !agreement) return null;
  const title = titleIn(agreement, lang);
  if (title) return LETTER_TEXT[lang].quote(title);
  // Untitled (the bilateral agreements the sources name only by partner): named by its other party.
  const other = agreement.parties.map((p) => p.country).find((country) => country && country.code !== "AZ") ?? null;
  return fill(LETTER_TEXT[lang].untitledAgreement, { country: countryName(other, other?.code ?? request.counterpartCountryCode, lang) });
}

/** The outgoing request of that reference (a reference is unique per direction), else the incoming one. */
function pick(data: DraftData, reference: string, lang: DocumentLanguage): DraftedRequest {
  const requests = data.mlaRequestsByReference[0]?.requests ?? [];
  const request = requests.find((r) => r.direction === "OUTGOING") ?? requests[0];
  if (!request) throw new DocumentError(404, "NOT_FOUND", fill(LETTER_TEXT[lang].notFound, { reference }));
  return request;
}

/** The completeness check (the mla subgraph's letterCheck, plus an agreement the agreements subgraph no longer knows): refused with the list. */
function checkComplete(request: DraftedRequest, lang: DocumentLanguage): void {
  const missing = [...request.letterCheck.missing];
  if (request.legalBasisKind === "AGREEMENT" && !request.legalBasis && !missing.some((gap) => gap.code === "LEGAL_BASIS")) {
    missing.splice(missing[0]?.code === "NOT_OUTGOING" ? 1 : 0, 0, { code: "LEGAL_BASIS", field: "legalBasisAgreementId" });
  }
  if (missing.length === 0) return;
  const t = LETTER_TEXT[lang];
  const listed = missing.map((gap) => ({ ...gap, message: t.gaps[gap.code] }));
  throw new DocumentError(422, "BAD_USER_INPUT", fill(t.incomplete, { reference: request.reference, list: listed.map((gap) => gap.message).join("; ") }), {
    field: "reference",
    missing: listed,
  });
}

function content(request: DraftedRequest, acts: DraftData["legalActs"], lang: DocumentLanguage): LetterContent {
  const articleTitles = new Map(acts.edges.map(({ node }) => [node.number, node[TITLE_FIELD[lang]]]));
  // Fields the check guarantees are set are read with `?? ""` only to satisfy the types.
  return {
    lang,
    reference: request.reference,
    date: new Date().toISOString().slice(0, 10),
    requestingAuthority: request.requestingAuthority ?? "",
    counterpartAuthority: request.counterpartAuthority ?? "",
    counterpartCountry: countryName(request.counterpartCountry, request.counterpartCountryCode, lang),
    agreement: agreementName(request, lang),
    article: request.legalBasisKind === "AGREEMENT" ? request.legalBasisArticle : null,
    caseReference: request.case?.reference ?? "",
    articles: (request.case?.articles ?? []).map((number) => ({ number, title: articleTitles.get(number) ?? null })),
    facts: request.factsSummary ?? "",
    assistanceTypes: request.assistanceTypes,
    assistanceSought: request.assistanceSought ?? "",
    dueOn: request.dueOn,
    urgent: request.priority === "URGENT",
    contact: { name: request.contactName ?? "", phone: request.contactPhone, email: request.contactEmail },
  };
}

/**
 * `GET /documents/mla-requests/:reference/draft?lang=az|en|ru`: the letter of an outgoing MLA request as a
 * .docx, for officers. Read through the supergraph as the officer; refused (422, the list in
 * `extensions.missing`) when the record lacks what the letter needs.
 */
export const mlaRequestLetterRoute: DocumentRoute<{ reference: string }> = {
  path: "/documents/mla-requests/:reference/draft",
  role: "officer",
  async render({ params, lang, run }) {
    const reference = params.reference.trim();
    const data = await run<DraftData>(DRAFT_QUERY, { references: [reference] });
    const request = pick(data, reference, lang);
    checkComplete(request, lang);
    const body = await letterDocx(content(request, data.legalActs, lang));
    return { fileName: `mla-request-${reference.replace(/[\\/:*?"<>|\s]+/g, "-")}-${lang}.docx`, contentType: DOCX_TYPE, body };
  },
};

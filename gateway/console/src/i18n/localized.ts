import type { Lang } from "./types";

/**
 * A record's text in each language the API has it in (null where it has none), and the unofficial
 * translations staff added where there is no official text (the API gives those only there).
 */
export type Texts = Partial<Record<Lang, string | null | undefined>> & { unofficial?: Partial<Record<Lang, string>> };

export interface Picked {
  text: string;
  lang: Lang;
  /** True when shown in another language than the one chosen. */
  fallback: boolean;
  /** True for a staff translation: never mistaken for an official text. */
  unofficial: boolean;
}

/** Azerbaijani first (the department's and the sources' language), then English, then Russian. */
const FALLBACK_ORDER: Lang[] = ["az", "en", "ru"];

/**
 * The official text in the chosen language; else an unofficial translation into it; else an official text
 * in another language (Azerbaijani first); else another language's translation. Official always wins.
 */
export function pickText(texts: Texts, lang: Lang): Picked | null {
  const own = texts[lang]?.trim();
  if (own) return { text: own, lang, fallback: false, unofficial: false };
  const translated = texts.unofficial?.[lang]?.trim();
  if (translated) return { text: translated, lang, fallback: false, unofficial: true };
  for (const other of FALLBACK_ORDER) {
    const text = texts[other]?.trim();
    if (text) return { text, lang: other, fallback: true, unofficial: false };
  }
  for (const other of FALLBACK_ORDER) {
    const text = texts.unofficial?.[other]?.trim();
    if (text) return { text, lang: other, fallback: true, unofficial: true };
  }
  return null;
}

/** The API's translations ({ lang: "RU", title }) by console language. */
export function unofficialByLang(translations: readonly { lang: string; text: string }[] | null | undefined): Partial<Record<Lang, string>> {
  return Object.fromEntries((translations ?? []).map((t) => [t.lang.toLowerCase(), t.text]));
}

/** A text the sources give in Azerbaijani only (a measure, an obligation, a criterion), with staff translations. */
export function azerbaijaniTexts(text: string, unofficialTexts: readonly { lang: string; text: string }[] | null | undefined): Texts {
  return { az: text, unofficial: unofficialByLang(unofficialTexts) };
}

/** Titles of an agreement; one named only by its partner has a description (in Azerbaijani) instead. */
export function agreementTexts(agreement: {
  id: string;
  titleAz?: string | null;
  titleEn?: string | null;
  titleRu?: string | null;
  description?: string | null;
  unofficialTitles?: readonly { lang: string; title: string }[] | null;
}): Texts {
  const unofficial = unofficialByLang(agreement.unofficialTitles?.map((t) => ({ lang: t.lang, text: t.title })));
  if (agreement.titleAz || agreement.titleEn || agreement.titleRu) return { az: agreement.titleAz, en: agreement.titleEn, ru: agreement.titleRu, unofficial };
  // Named only by its partner: the description stands in for a title unless staff translated one.
  return Object.keys(unofficial).length ? { unofficial } : { az: agreement.description ?? agreement.id };
}

export function recommendationTexts(recommendation: {
  textAz?: string | null;
  textEn?: string | null;
  textRu?: string | null;
  unofficialTexts?: readonly { lang: string; text: string }[] | null;
}): Texts {
  return { az: recommendation.textAz, en: recommendation.textEn, ru: recommendation.textRu, unofficial: unofficialByLang(recommendation.unofficialTexts) };
}

/**
 * Lower case without diacritics, Azerbaijani ə and ı folded, so "turkiye", "Türkiyə" and "TÜRKİYƏ" meet
 * (the API's own search is Azerbaijani-aware in the same way).
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ə/g, "e")
    .replace(/ı/g, "i")
    .replace(/ё/g, "е")
    .trim();
}

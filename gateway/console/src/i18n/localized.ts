import type { Lang } from "./types";

/** A record's text in each language the API has it in (null where it has none). */
export type Texts = Partial<Record<Lang, string | null | undefined>>;

export interface Picked {
  text: string;
  lang: Lang;
  /** True when shown in another language than the one chosen. */
  fallback: boolean;
}

/** Azerbaijani first (the department's and the sources' language), then English, then Russian. */
const FALLBACK_ORDER: Lang[] = ["az", "en", "ru"];

export function pickText(texts: Texts, lang: Lang): Picked | null {
  const own = texts[lang]?.trim();
  if (own) return { text: own, lang, fallback: false };
  for (const other of FALLBACK_ORDER) {
    const text = texts[other]?.trim();
    if (text) return { text, lang: other, fallback: true };
  }
  return null;
}

/** Titles of an agreement; one named only by its partner has a description (in Azerbaijani) instead. */
export function agreementTexts(agreement: { id: string; titleAz?: string | null; titleEn?: string | null; titleRu?: string | null; description?: string | null }): Texts {
  if (agreement.titleAz || agreement.titleEn || agreement.titleRu) return { az: agreement.titleAz, en: agreement.titleEn, ru: agreement.titleRu };
  return { az: agreement.description ?? agreement.id };
}

export function recommendationTexts(recommendation: { textAz?: string | null; textEn?: string | null; textRu?: string | null }): Texts {
  return { az: recommendation.textAz, en: recommendation.textEn, ru: recommendation.textRu };
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

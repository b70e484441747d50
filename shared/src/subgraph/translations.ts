// Unofficial translations staff add to texts the sources give in one language only (agreement titles,
// recommendation texts, measure texts, duty titles, indicator criteria): the same rules in every subgraph.
import { UserInputError } from "../errors";

/**
 * The current translation in each of `languages`, in that order: the newest row (ids grow; a new row
 * replaces the one before, which stays as history). Languages without one are left out.
 */
export function newestPerLanguage<T extends { id: string; lang: string }>(translations: readonly T[], languages: readonly T["lang"][]): T[] {
  const newest = new Map<T["lang"], T>();
  for (const translation of translations) {
    const seen = newest.get(translation.lang);
    if (!seen || Number(translation.id) > Number(seen.id)) newest.set(translation.lang, translation);
  }
  return languages.flatMap((lang) => newest.get(lang) ?? []);
}

/** A translation's text as stored: trimmed, not empty, at most `limit` characters (`input.text` otherwise). */
export function translationText(text: string | null | undefined, limit: number): string {
  const trimmed = text?.trim() ?? "";
  if (!trimmed) throw new UserInputError("input.text", "must not be empty");
  if (trimmed.length > limit) throw new UserInputError("input.text", `must be at most ${limit} characters`);
  return trimmed;
}

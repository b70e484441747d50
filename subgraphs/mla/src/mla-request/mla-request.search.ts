import { checkSearchText } from "#shared/database/az-search";

/**
 * What `filter.text` is matched against, folded like the agreements' search (az_fold: case and Azerbaijani
 * letters never matter): the request's reference and the foreign authority's name, and its case's
 * reference. Never the internal note, the facts or anything confidential: a request found by a word of its
 * note would tell what the note says. Both expressions are indexed as written (trigram GIN, migration
 * 1764900000000): change them only with a migration that indexes the new ones.
 */
const REQUEST_DOCUMENT = "mla.az_fold(s.reference || ' ' || coalesce(s.counterpart_authority, ''))";
const CASE_DOCUMENT = "mla.az_fold(c.reference)";

/** The words of a search text, `%`, `_` and `\` taken literally in LIKE patterns. */
export function searchWords(text: string): string[] {
  return [...new Set(text.split(/\s+/).filter(Boolean))].map((word) => word.replace(/[\\%_]/g, (ch) => `\\${ch}`));
}

/**
 * SQL on `mla.mla_request_state s`: every word of the text is a part of the reference, the authority's name
 * or the case's reference ("bakı 2024" finds BAKU-2024-7 and a request to Bakı's prosecutor from 2024).
 * Parts, not word similarity or word forms as in the agreements' search: a reference that is nearly the one
 * typed is another request. The case is read through its own index, its ids then through the request's
 * case index (`= ANY(ARRAY(…))`, so the two index scans can be OR-ed).
 */
export function textCondition(text: string | undefined | null, add: (value: unknown) => string): string | null {
  const trimmed = checkSearchText(text);
  if (!trimmed) return null;
  return searchWords(trimmed)
    .map((word) => {
      const pattern = `'%' || mla.az_fold(${add(word)}) || '%'`;
      return `(${REQUEST_DOCUMENT} LIKE ${pattern}
        OR s.case_id = ANY(ARRAY(SELECT c.id FROM mla.criminal_case c WHERE ${CASE_DOCUMENT} LIKE ${pattern})))`;
    })
    .join(" AND ");
}

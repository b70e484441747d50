import { UserInputError } from "../errors";

/**
 * SQL for Azerbaijani-aware free-text search over a folded document column (see az-fold.ts): the text
 * matches as a substring, as a word with a small typo (pg_trgm word similarity, threshold set on the
 * connection), or word by word in any word form (`az_word_query` against the document's words, GIN index
 * on `to_tsvector('simple', <document>)`). Both sides are folded, so case and Azerbaijani letters never
 * matter. `schema` is the subgraph's schema, which holds its copy of the functions.
 */
export function azSearchCondition(schema: string, document: string, parameter = "q"): string {
  const folded = `${schema}.az_fold(:${parameter})`;
  return `(${document} LIKE '%' || ${folded} || '%' OR ${folded} <% ${document}
    OR to_tsvector('simple', ${document}) @@ ${schema}.az_word_query(:${parameter}))`;
}

/**
 * Relevance: a match in the title (substring 2, word forms 1) before one elsewhere (substring 1), then
 * word similarity. `title` is a folded expression of the record's titles and names.
 */
export function azSearchRank(schema: string, title: string, document: string, parameter = "q"): string {
  const folded = `${schema}.az_fold(:${parameter})`;
  return `(CASE WHEN ${title} LIKE '%' || ${folded} || '%' THEN 2 ELSE 0 END
    + CASE WHEN to_tsvector('simple', ${title}) @@ ${schema}.az_word_query(:${parameter}) THEN 1 ELSE 0 END
    + CASE WHEN ${document} LIKE '%' || ${folded} || '%' THEN 1 ELSE 0 END
    + word_similarity(${folded}, ${document}))`;
}

/** The trimmed search text, or undefined without one; an empty or overlong text is refused naming the field. */
export function checkSearchText(text: string | undefined | null, field = "filter.text"): string | undefined {
  if (text === undefined || text === null) return undefined;
  const trimmed = text.trim();
  if (!trimmed) throw new UserInputError(field, "must not be empty");
  if (trimmed.length > 200) throw new UserInputError(field, "must be at most 200 characters");
  return trimmed;
}

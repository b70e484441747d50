/**
 * SQL that creates `<schema>.az_fold(text)`: Azerbaijani letters folded to Latin (ə→e, ı/İ/I→i, ş→s …)
 * then lower case, so staff can type without Azerbaijani letters and in any case. Translating before
 * lower() sidesteps the Turkic İ/I case rules, which a non-Azerbaijani server locale gets wrong. Each
 * subgraph that searches creates its own copy in its own schema.
 */
export function createAzFoldFunction(schema: string): string {
  return `
    CREATE FUNCTION ${schema}.az_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
      AS $$ SELECT lower(translate(value, 'ƏÖÜĞIİŞÇəöüğışçÂâ', 'EOUGIISCeougiscAa')) $$`;
}

/**
 * Suffixes an Azerbaijani word may carry, folded like az_fold (ə→e, ı→i, ü→u…): case endings with their
 * buffer consonants (-nın, -na, -nı, -nda, -ndan, -yla…), plural, possessives, the predicative -dır and a
 * few derivations (-lıq, -lı, -çı). Alternatives are tried at the end of the word; the leftmost match,
 * i.e. the longest suffix, is removed.
 */
const AZ_SUFFIXES = [
  "ndan", "nden", "imiz", "umuz", "iniz", "unuz",
  "liq", "lik", "luq", "luk", "lar", "ler", "nin", "nun", "dan", "den", "tan", "ten", "nda", "nde", "yla", "yle",
  "miz", "muz", "niz", "nuz", "dir", "dur", "tir", "tur",
  "in", "un", "na", "ne", "ya", "ye", "ni", "nu", "yi", "yu", "da", "de", "ta", "te", "la", "le", "si", "su", "li", "lu", "ci", "cu",
  "a", "e", "i", "u",
];

/**
 * SQL that creates `<schema>.az_root(word)` and `<schema>.az_word_query(text)`: word-form aware search.
 *
 * Azerbaijani is agglutinative: "alveri", "alverinə", "alverinin" are one word. `az_root` strips up to three
 * suffixes from a folded word while at least four letters remain ("alverinə" → "alver", "insanın" → "insa",
 * "toxumalarının" → "toxuma"; a final ğ that a vowel suffix had softened becomes q again). `az_word_query`
 * turns a search text into a tsquery in which every word's root must begin some word of the document
 * ('insan':* & 'alver':*), to be matched against `to_tsvector('simple', <folded document>)` with a GIN
 * index. Stripping too much only widens a prefix; words are never stemmed on the document side.
 */
export function createAzWordQueryFunctions(schema: string): string[] {
  return [
    `CREATE FUNCTION ${schema}.az_root(word text) RETURNS text
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
      DECLARE root text := word; shorter text;
      BEGIN
        IF root !~ '^[a-z]+$' THEN RETURN root; END IF;
        FOR i IN 1..3 LOOP
          shorter := regexp_replace(root, '(${AZ_SUFFIXES.join("|")})$', '');
          EXIT WHEN shorter = root OR length(shorter) < 4;
          root := regexp_replace(shorter, 'g$', 'q');
        END LOOP;
        RETURN root;
      END $$`,
    // Hyphenated compounds ("mdb-nin") also yield their parts as lexemes, and "2007-2010" yields "2007" and
    // "-2010": lexemes with a dash are left out (to_tsquery would read a compound as a phrase).
    `CREATE FUNCTION ${schema}.az_word_query(value text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
        SELECT to_tsquery('simple', string_agg(quote_literal(${schema}.az_root(lexeme)) || ':*', ' & '))
          FROM unnest(tsvector_to_array(to_tsvector('simple', ${schema}.az_fold(value)))) AS lexeme
         WHERE position('-' IN lexeme) = 0 $$`,
  ];
}

const AZ_LETTERS = "ƏÖÜĞIİŞÇəöüğışçÂâ";
const LATIN = "EOUGIISCeougiscAa";

/** The same folding as `az_fold` in SQL, for names compared in code (imports): "Türkiyə" → "turkiye". */
export function azFold(value: string): string {
  let folded = "";
  for (const char of value.normalize("NFC")) {
    const at = AZ_LETTERS.indexOf(char);
    folded += at >= 0 ? LATIN[at] : char;
  }
  return folded.toLowerCase();
}

/** A name as typed in a spreadsheet, reduced for an exact comparison: folded, quotes dropped, spaces collapsed. */
export function comparableName(value: string): string {
  return azFold(value.normalize("NFKC"))
    .replace(/["“”«»„']/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

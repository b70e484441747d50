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

import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Unofficial translations of recommendation texts (issue 15): staff add the text in a language the source
 * does not give it in, kept with who and when, append-only (a better translation is a newer row). The
 * source's own texts (recommendation.text_*) always win: the API shows a translation only where none exists.
 */
export class RecommendationTranslations1764700000020 implements MigrationInterface {
  name = "RecommendationTranslations1764700000020";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE recommendations.recommendation_translation (
        id bigserial PRIMARY KEY,
        recommendation_id text NOT NULL REFERENCES recommendations.recommendation (id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('AZ', 'EN', 'RU')),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        translated_by text NOT NULL,
        translated_by_name text NOT NULL,
        translated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX recommendation_translation_recommendation_idx ON recommendations.recommendation_translation (recommendation_id, lang, id DESC)`);
    await db.query(`
      CREATE FUNCTION recommendations.refuse_translation_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    await db.query(`
      CREATE TRIGGER recommendation_translation_append_only BEFORE UPDATE ON recommendations.recommendation_translation
        FOR EACH STATEMENT EXECUTE FUNCTION recommendations.refuse_translation_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recommendations.recommendation_translation`);
    await db.query(`DROP FUNCTION recommendations.refuse_translation_change()`);
  }
}

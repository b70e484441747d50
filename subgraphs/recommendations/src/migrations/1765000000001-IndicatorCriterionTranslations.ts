import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Unofficial translations of indicator criteria (indicator_item.text), which the needs assessment gives only
 * in Azerbaijani: staff add one in English or Russian, kept with who and when, append-only like the
 * recommendations' translations (the newest per language is the current one).
 */
export class IndicatorCriterionTranslations1765000000001 implements MigrationInterface {
  name = "IndicatorCriterionTranslations1765000000001";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE recommendations.indicator_item_translation (
        id bigserial PRIMARY KEY,
        item_id text NOT NULL REFERENCES recommendations.indicator_item (id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('EN', 'RU')),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        translated_by text NOT NULL,
        translated_by_name text NOT NULL,
        translated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX indicator_item_translation_item_idx ON recommendations.indicator_item_translation (item_id, lang, id DESC)`);
    await db.query(`
      CREATE TRIGGER indicator_item_translation_append_only BEFORE UPDATE ON recommendations.indicator_item_translation
        FOR EACH STATEMENT EXECUTE FUNCTION recommendations.refuse_translation_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recommendations.indicator_item_translation`);
  }
}

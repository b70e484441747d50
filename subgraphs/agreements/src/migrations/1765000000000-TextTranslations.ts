import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Unofficial translations of measure texts and reporting duties' titles (the obligations' titles), which the
 * sources give only in Azerbaijani: staff add one in English or Russian, kept with who and when,
 * append-only like agreement titles' translations (the newest per language is the current one).
 */
export class TextTranslations1765000000000 implements MigrationInterface {
  name = "TextTranslations1765000000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreements.measure_text_translation (
        id bigserial PRIMARY KEY,
        measure_id bigint NOT NULL REFERENCES agreements.measure (id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('EN', 'RU')),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        translated_by text NOT NULL,
        translated_by_name text NOT NULL,
        translated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX measure_text_translation_measure_idx ON agreements.measure_text_translation (measure_id, lang, id DESC)`);
    await db.query(`
      CREATE TABLE agreements.reporting_duty_title_translation (
        id bigserial PRIMARY KEY,
        duty_id text NOT NULL REFERENCES agreements.reporting_duty (id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('EN', 'RU')),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        translated_by text NOT NULL,
        translated_by_name text NOT NULL,
        translated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX reporting_duty_title_translation_duty_idx ON agreements.reporting_duty_title_translation (duty_id, lang, id DESC)`);
    for (const table of ["measure_text_translation", "reporting_duty_title_translation"]) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE ON agreements.${table}
          FOR EACH STATEMENT EXECUTE FUNCTION agreements.refuse_translation_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agreements.reporting_duty_title_translation`);
    await db.query(`DROP TABLE agreements.measure_text_translation`);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Unofficial translations of agreement titles (issue 15): staff add a title in a language no source gives
 * one in, kept with who and when, append-only (a better translation is a newer row). Official titles
 * (agreement.title_*) always win: the API shows a translation only where there is no official title.
 */
export class AgreementTitleTranslations1764700000010 implements MigrationInterface {
  name = "AgreementTitleTranslations1764700000010";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreements.agreement_title_translation (
        id bigserial PRIMARY KEY,
        agreement_id text NOT NULL REFERENCES agreements.agreement (id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('AZ', 'EN', 'RU')),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        translated_by text NOT NULL,
        translated_by_name text NOT NULL,
        translated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agreement_title_translation_agreement_idx ON agreements.agreement_title_translation (agreement_id, lang, id DESC)`);
    await db.query(`
      CREATE FUNCTION agreements.refuse_translation_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    await db.query(`
      CREATE TRIGGER agreement_title_translation_append_only BEFORE UPDATE ON agreements.agreement_title_translation
        FOR EACH STATEMENT EXECUTE FUNCTION agreements.refuse_translation_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agreements.agreement_title_translation`);
    await db.query(`DROP FUNCTION agreements.refuse_translation_change()`);
  }
}

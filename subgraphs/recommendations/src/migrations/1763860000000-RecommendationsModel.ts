import type { MigrationInterface, QueryRunner } from "typeorm";
import { createAzFoldFunction } from "#shared/database/az-fold";

/**
 * The full recommendations model (issue 5): sources' reporting periods, recommendation details and
 * search, status updates with evidence (append-only), the assessment's indicators and the TIP figures.
 */
export class RecommendationsModel1763860000000 implements MigrationInterface {
  name = "RecommendationsModel1763860000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(createAzFoldFunction("recommendations"));
    await db.query(`ALTER TABLE recommendations.recommendation_source ADD COLUMN reporting_period text`);
    await db.query(`
      ALTER TABLE recommendations.recommendation
        ADD COLUMN text_ru text,
        ADD COLUMN section text,
        ADD COLUMN institutions text[] NOT NULL DEFAULT '{}',
        ADD COLUMN marks_as_written text,
        ADD COLUMN survey_marks integer CHECK (survey_marks >= 0),
        ADD COLUMN seminar_marks integer CHECK (seminar_marks >= 0),
        ADD COLUMN quote text,
        ADD COLUMN position integer NOT NULL DEFAULT 0,
        ADD COLUMN search_document text GENERATED ALWAYS AS
          (recommendations.az_fold(code || ' ' || coalesce(text_az, '') || ' ' || coalesce(text_en, '') || ' '
            || coalesce(text_ru, '') || ' ' || coalesce(section, ''))) STORED`);
    await db.query(`CREATE INDEX recommendation_search_idx ON recommendations.recommendation USING gin (search_document public.gin_trgm_ops)`);
    await db.query(`CREATE INDEX recommendation_institutions_idx ON recommendations.recommendation USING gin (institutions)`);

    await db.query(`
      CREATE TABLE recommendations.status_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id text NOT NULL REFERENCES recommendations.recommendation (id),
        status text NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED', 'NO_LONGER_RELEVANT')),
        reporting_period text NOT NULL CHECK (reporting_period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|[0-9]{2}))?$'),
        note text,
        corrects_id uuid REFERENCES recommendations.status_update (id),
        recorded_by text NOT NULL,
        recorded_by_name text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX status_update_recommendation_idx ON recommendations.status_update (recommendation_id, recorded_at)`);
    await db.query(`
      CREATE TABLE recommendations.evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status_update_id uuid NOT NULL REFERENCES recommendations.status_update (id),
        kind text NOT NULL CHECK (kind IN ('AGREEMENT', 'MLA_REQUEST', 'MEASURE', 'DOCUMENT')),
        agreement_id text,
        mla_request_id uuid,
        measure_id text,
        document_title text,
        document_url text,
        note text,
        CHECK ((kind = 'AGREEMENT') = (agreement_id IS NOT NULL)),
        CHECK ((kind = 'MLA_REQUEST') = (mla_request_id IS NOT NULL)),
        CHECK ((kind = 'MEASURE') = (measure_id IS NOT NULL)),
        CHECK ((kind = 'DOCUMENT') = (document_title IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX evidence_update_idx ON recommendations.evidence (status_update_id)`);
    await db.query(`CREATE INDEX evidence_agreement_idx ON recommendations.evidence (agreement_id) WHERE agreement_id IS NOT NULL`);
    await db.query(`CREATE INDEX evidence_mla_request_idx ON recommendations.evidence (mla_request_id) WHERE mla_request_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE recommendations.indicator (
        id text PRIMARY KEY,
        name text NOT NULL,
        source text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE recommendations.indicator_item (
        id text PRIMARY KEY,
        indicator_id text NOT NULL REFERENCES recommendations.indicator (id),
        dimension text NOT NULL CHECK (dimension IN ('FRAMEWORK', 'OPERATIONAL')),
        level integer NOT NULL CHECK (level IN (1, 2)),
        text text NOT NULL,
        UNIQUE (indicator_id, dimension, level)
      )`);
    await db.query(`
      CREATE TABLE recommendations.indicator_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id text NOT NULL REFERENCES recommendations.indicator_item (id),
        reporting_period text NOT NULL CHECK (reporting_period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|[0-9]{2}))?$'),
        status text NOT NULL CHECK (status IN ('MET', 'PARTIALLY_MET', 'NOT_MET')),
        note text,
        recorded_by text NOT NULL,
        recorded_by_name text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX indicator_assessment_item_idx ON recommendations.indicator_assessment (item_id, recorded_at)`);
    await db.query(`
      CREATE TABLE recommendations.statistic (
        id bigserial PRIMARY KEY,
        source_id text NOT NULL REFERENCES recommendations.recommendation_source (id),
        metric text NOT NULL,
        year integer NOT NULL,
        category text NOT NULL DEFAULT 'TOTAL',
        value numeric NOT NULL CHECK (value >= 0),
        quote text NOT NULL,
        UNIQUE (source_id, metric, year, category)
      )`);
    await db.query(`
      CREATE FUNCTION recommendations.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only: record a correction instead', TG_TABLE_NAME; END $$`);
    for (const table of ["status_update", "evidence", "indicator_assessment"]) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON recommendations.${table}
          FOR EACH STATEMENT EXECUTE FUNCTION recommendations.refuse_history_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recommendations.statistic, recommendations.indicator_assessment, recommendations.indicator_item,
      recommendations.indicator, recommendations.evidence, recommendations.status_update`);
    await db.query(`DROP FUNCTION recommendations.refuse_history_change()`);
    await db.query(`ALTER TABLE recommendations.recommendation DROP COLUMN search_document, DROP COLUMN text_ru, DROP COLUMN section,
      DROP COLUMN institutions, DROP COLUMN marks_as_written, DROP COLUMN survey_marks, DROP COLUMN seminar_marks, DROP COLUMN quote, DROP COLUMN position`);
    await db.query(`ALTER TABLE recommendations.recommendation_source DROP COLUMN reporting_period`);
    await db.query(`DROP FUNCTION recommendations.az_fold(text)`);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";
import { createAzWordQueryFunctions } from "#shared/database/az-fold";
import { applySeedCorrections } from "#shared/database/seed-corrections";
import { RECOMMENDATIONS_SEED_CORRECTIONS } from "./1764100000001-RecommendationsSources.corrections";

/**
 * The sources, complete (issue 12): the institutions recommendations name, as links to the agreements
 * subgraph's organisations with the words that name them; the needs assessment's baseline as the first
 * assessment of indicators 5.4 and 5.5 (public quote and source); word-form aware search; the GRETA /
 * OSCE attribution corrected (see the .corrections file).
 */
export class RecommendationsSources1764100000001 implements MigrationInterface {
  name = "RecommendationsSources1764100000001";

  async up(db: QueryRunner): Promise<void> {
    for (const statement of createAzWordQueryFunctions("recommendations")) await db.query(statement);
    await db.query(`CREATE INDEX recommendation_search_words_idx ON recommendations.recommendation USING gin (to_tsvector('simple', search_document))`);

    // Organisation ids belong to the agreements subgraph: stored by value, resolved by federation.
    await db.query(`
      CREATE TABLE recommendations.recommendation_institution (
        recommendation_id text NOT NULL REFERENCES recommendations.recommendation (id) ON DELETE CASCADE,
        organization_id text NOT NULL CHECK (organization_id ~ '^[A-Z][A-Z0-9-]*$'),
        named_as text NOT NULL CHECK (length(trim(named_as)) > 0),
        PRIMARY KEY (recommendation_id, organization_id)
      )`);
    await db.query(`CREATE INDEX recommendation_institution_organization_idx ON recommendations.recommendation_institution (organization_id)`);
    // The free-text array was never filled (no seed or API wrote it); whatever a DBA put there is kept as a link.
    await db.query(`
      INSERT INTO recommendations.recommendation_institution (recommendation_id, organization_id, named_as)
      SELECT r.id, upper(regexp_replace(i, '[^A-Za-z0-9]+', '-', 'g')), i FROM recommendations.recommendation r, unnest(r.institutions) i
      WHERE trim(i) <> '' ON CONFLICT DO NOTHING`);
    await db.query(`DROP INDEX recommendations.recommendation_institutions_idx`);
    await db.query(`ALTER TABLE recommendations.recommendation DROP COLUMN institutions`);

    await db.query(`ALTER TABLE recommendations.indicator_assessment ADD COLUMN baseline boolean NOT NULL DEFAULT false,
      ADD COLUMN quote text, ADD COLUMN source text`);
    await db.query(`CREATE UNIQUE INDEX indicator_assessment_baseline_uq ON recommendations.indicator_assessment (item_id) WHERE baseline`);

    await applySeedCorrections(db, RECOMMENDATIONS_SEED_CORRECTIONS);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX recommendations.indicator_assessment_baseline_uq`);
    await db.query(`ALTER TABLE recommendations.indicator_assessment DROP COLUMN baseline, DROP COLUMN quote, DROP COLUMN source`);
    await db.query(`ALTER TABLE recommendations.recommendation ADD COLUMN institutions text[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX recommendation_institutions_idx ON recommendations.recommendation USING gin (institutions)`);
    await db.query(`DROP TABLE recommendations.recommendation_institution`);
    await db.query(`DROP INDEX recommendations.recommendation_search_words_idx`);
    await db.query(`DROP FUNCTION recommendations.az_word_query(text), recommendations.az_root(text)`);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";

export class RecommendationsFoundation1763830000000 implements MigrationInterface {
  name = "RecommendationsFoundation1763830000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE recommendations.seed_log (
        file text PRIMARY KEY,
        sha256 text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE recommendations.recommendation_source (
        id text PRIMARY KEY,
        body text NOT NULL CHECK (body IN ('US_TIP_REPORT', 'GRETA', 'OSCE', 'NEEDS_ASSESSMENT', 'PROGRAMME')),
        title text NOT NULL,
        year integer,
        document_ref text,
        source text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE recommendations.recommendation (
        id text PRIMARY KEY,
        source_id text NOT NULL REFERENCES recommendations.recommendation_source (id),
        code text NOT NULL,
        text_az text,
        text_en text,
        theme text CHECK (theme IN ('PREVENTION', 'PROTECTION', 'PROSECUTION', 'PARTNERSHIP')),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (source_id, code),
        CHECK (coalesce(text_az, text_en) IS NOT NULL)
      )`);
    // Which agreements a recommendation concerns; agreement ids belong to the agreements subgraph.
    await db.query(`
      CREATE TABLE recommendations.recommendation_agreement (
        recommendation_id text NOT NULL REFERENCES recommendations.recommendation (id) ON DELETE CASCADE,
        agreement_id text NOT NULL,
        PRIMARY KEY (recommendation_id, agreement_id)
      )`);
    await db.query(`CREATE INDEX recommendation_agreement_agreement_idx ON recommendations.recommendation_agreement (agreement_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recommendations.recommendation_agreement`);
    await db.query(`DROP TABLE recommendations.recommendation`);
    await db.query(`DROP TABLE recommendations.recommendation_source`);
    await db.query(`DROP TABLE recommendations.seed_log`);
  }
}

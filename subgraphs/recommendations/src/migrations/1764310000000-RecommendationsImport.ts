import type { MigrationInterface, QueryRunner } from "typeorm";

/** Status updates say whether a person recorded them or a spreadsheet import did (issue 13). */
export class RecommendationsImport1764310000000 implements MigrationInterface {
  name = "RecommendationsImport1764310000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE recommendations.status_update ADD COLUMN origin text NOT NULL DEFAULT 'API' CHECK (origin IN ('API', 'IMPORT'))`);
    await db.query(`CREATE INDEX status_update_period_idx ON recommendations.status_update (recommendation_id, reporting_period)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX recommendations.status_update_period_idx`);
    await db.query(`ALTER TABLE recommendations.status_update DROP COLUMN origin`);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";
import { createAzFoldFunction } from "#shared/database/az-fold";

/**
 * `mlaRequests(filter: { text })`: trigram indexes on the folded words a request is searched by (its
 * reference and the foreign authority's name; its case's reference through the case). Never a
 * confidential column: a match would tell what the note says. The expressions are the ones the filter
 * writes (mla-request.search.ts), so the planner reads these indexes for `LIKE '%…%'`; written out here, since
 * a migration is history.
 */
export class MlaRequestSearch1764900000000 implements MigrationInterface {
  name = "MlaRequestSearch1764900000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(createAzFoldFunction("mla"));
    await db.query(`CREATE INDEX mla_request_search_idx ON mla.mla_request USING gin ((mla.az_fold(reference || ' ' || coalesce(counterpart_authority, ''))) public.gin_trgm_ops)`);
    await db.query(`CREATE INDEX criminal_case_search_idx ON mla.criminal_case USING gin ((mla.az_fold(reference)) public.gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX mla.criminal_case_search_idx, mla.mla_request_search_idx`);
    await db.query(`DROP FUNCTION mla.az_fold(text)`);
  }
}

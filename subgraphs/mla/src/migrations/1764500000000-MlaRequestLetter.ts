import type { MigrationInterface, QueryRunner } from "typeorm";

const STATE_VIEW = `
  CREATE VIEW mla.mla_request_state AS
  SELECT r.*,
         r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN') AS closed,
         (r.status NOT IN ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN', 'DRAFT')
           AND r.due_on IS NOT NULL AND r.due_on < current_date) AS overdue,
         CASE WHEN r.opened_on IS NULL THEN NULL ELSE coalesce(r.closed_on, current_date) - r.opened_on END AS days_open
    FROM mla.mla_request r`;

/**
 * What a drafted request letter needs that a request did not hold (issue 14): the facts as the officer
 * writes them for the foreign authority, the assistance sought in words, the article of the treaty relied
 * on, who asks and whom to contact. The view is rebuilt with the same definition so `r.*` takes the new
 * columns (a view's `*` is expanded when it is created).
 */
export class MlaRequestLetter1764500000000 implements MigrationInterface {
  name = "MlaRequestLetter1764500000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE mla.mla_request
        ADD COLUMN facts_summary text,
        ADD COLUMN assistance_sought text,
        ADD COLUMN legal_basis_article text,
        ADD COLUMN requesting_authority text,
        ADD COLUMN contact_name text,
        ADD COLUMN contact_phone text,
        ADD COLUMN contact_email text`);
    await db.query(`DROP VIEW mla.mla_request_state`);
    await db.query(STATE_VIEW);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW mla.mla_request_state`);
    await db.query(`
      ALTER TABLE mla.mla_request DROP COLUMN facts_summary, DROP COLUMN assistance_sought,
        DROP COLUMN legal_basis_article, DROP COLUMN requesting_authority, DROP COLUMN contact_name, DROP COLUMN contact_phone, DROP COLUMN contact_email`);
    await db.query(STATE_VIEW);
  }
}

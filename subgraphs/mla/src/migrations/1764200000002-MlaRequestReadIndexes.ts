import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for reading requests without touching the ones nobody asked for (issue 17): a page of an
 * agreement's (or a country's) requests in the order the API lists them, and the open requests by due
 * date, from which overdue counts are taken (only those not yet due are read).
 */
export class MlaRequestReadIndexes1764200000002 implements MigrationInterface {
  name = "MlaRequestReadIndexes1764200000002";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX mla_request_agreement_order_idx ON mla.mla_request (legal_basis_agreement_id, opened_on DESC NULLS LAST, reference, id)`);
    await db.query(`CREATE INDEX mla_request_country_order_idx ON mla.mla_request (counterpart_country_code, opened_on DESC NULLS LAST, reference, id)`);
    await db.query(`CREATE INDEX mla_request_order_idx ON mla.mla_request (opened_on DESC NULLS LAST, reference, id)`);
    await db.query(`DROP INDEX mla.mla_request_agreement_idx, mla.mla_request_country_idx`);
    await db.query(`
      CREATE INDEX mla_request_open_due_idx ON mla.mla_request (due_on)
        INCLUDE (legal_basis_agreement_id, counterpart_country_code, opened_on, synthetic)
        WHERE status IN ('SENT', 'RECEIVED', 'IN_PROGRESS', 'ADDITIONAL_INFO_REQUESTED')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX mla.mla_request_open_due_idx`);
    await db.query(`CREATE INDEX mla_request_agreement_idx ON mla.mla_request (legal_basis_agreement_id)`);
    await db.query(`CREATE INDEX mla_request_country_idx ON mla.mla_request (counterpart_country_code)`);
    await db.query(`DROP INDEX mla.mla_request_order_idx, mla.mla_request_country_order_idx, mla.mla_request_agreement_order_idx`);
  }
}

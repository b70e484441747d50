import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Lists sorted on the server (issue 15): a page of requests by due date or by reference, and the case list
 * in its default order, are read through an index instead of sorting every row. The other sort columns
 * (status, country, legal basis, days open) sort the rows the filter leaves, a top-N sort per page.
 */
export class ListOrderIndexes1764700000001 implements MigrationInterface {
  name = "ListOrderIndexes1764700000001";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX mla_request_due_order_idx ON mla.mla_request (due_on, reference, id)`);
    await db.query(`CREATE INDEX mla_request_reference_order_idx ON mla.mla_request (reference, id)`);
    await db.query(`CREATE INDEX criminal_case_order_idx ON mla.criminal_case (opened_on DESC NULLS LAST, reference, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX mla.criminal_case_order_idx, mla.mla_request_reference_order_idx, mla.mla_request_due_order_idx`);
  }
}

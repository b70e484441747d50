import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Spreadsheet imports and case attachment (issue 13): where a history entry came from (the API or an
 * import) and what kind of change it was; per record, the version the last import wrote, so an import
 * can tell a record edited in the hub since (a conflict) from one only it has written (an update).
 */
export class MlaImport1764300000000 implements MigrationInterface {
  name = "MlaImport1764300000000";

  async up(db: QueryRunner): Promise<void> {
    // Existing entries are status steps made through the API (the first, from nothing, is the creation).
    await db.query(`
      ALTER TABLE mla.mla_request_transition
        ADD COLUMN kind text NOT NULL DEFAULT 'STATUS'
          CHECK (kind IN ('STATUS', 'IMPORTED', 'UPDATED', 'CASE_ATTACHED', 'CASE_DETACHED')),
        ADD COLUMN origin text NOT NULL DEFAULT 'API' CHECK (origin IN ('API', 'IMPORT')),
        ADD COLUMN case_id uuid,
        ADD COLUMN changed_fields text[] NOT NULL DEFAULT '{}'`);
    await db.query(`ALTER TABLE mla.mla_request ADD COLUMN imported_version integer`);
    await db.query(`ALTER TABLE mla.criminal_case ADD COLUMN imported_version integer`);
    await db.query(`ALTER TABLE mla.case_outcome ADD COLUMN version integer NOT NULL DEFAULT 1, ADD COLUMN imported_version integer`);
    // Outcomes name their requests by reference, whatever the direction.
    await db.query(`CREATE INDEX mla_request_reference_idx ON mla.mla_request (reference)`);
    await db.query(`CREATE INDEX case_outcome_key_idx ON mla.case_outcome (case_id, kind, recorded_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX mla.case_outcome_key_idx`);
    await db.query(`DROP INDEX mla.mla_request_reference_idx`);
    await db.query(`ALTER TABLE mla.case_outcome DROP COLUMN version, DROP COLUMN imported_version`);
    await db.query(`ALTER TABLE mla.criminal_case DROP COLUMN imported_version`);
    await db.query(`ALTER TABLE mla.mla_request DROP COLUMN imported_version`);
    await db.query(`ALTER TABLE mla.mla_request_transition DROP COLUMN kind, DROP COLUMN origin, DROP COLUMN case_id, DROP COLUMN changed_fields`);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";

export class MlaFoundation1763830000000 implements MigrationInterface {
  name = "MlaFoundation1763830000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mla.seed_log (
        file text PRIMARY KEY,
        sha256 text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Agreement and country ids belong to the agreements subgraph: referenced by value, not foreign key.
    await db.query(`
      CREATE TABLE mla.mla_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL CHECK (length(trim(reference)) > 0),
        direction text NOT NULL CHECK (direction IN ('INCOMING', 'OUTGOING')),
        counterpart_country_code char(2) NOT NULL CHECK (counterpart_country_code ~ '^[A-Z]{2}$'),
        counterpart_authority text,
        legal_basis_kind text NOT NULL CHECK (legal_basis_kind IN ('AGREEMENT', 'RECIPROCITY', 'NOT_STATED')),
        legal_basis_agreement_id text,
        status text NOT NULL,
        opened_on date,
        due_on date,
        closed_on date,
        synthetic boolean NOT NULL DEFAULT false,
        source text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (direction, reference),
        CHECK ((legal_basis_kind = 'AGREEMENT') = (legal_basis_agreement_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX mla_request_agreement_idx ON mla.mla_request (legal_basis_agreement_id)`);
    await db.query(`CREATE INDEX mla_request_country_idx ON mla.mla_request (counterpart_country_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mla.mla_request`);
    await db.query(`DROP TABLE mla.seed_log`);
  }
}

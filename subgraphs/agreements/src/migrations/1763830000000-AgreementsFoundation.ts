import type { MigrationInterface, QueryRunner } from "typeorm";

export class AgreementsFoundation1763830000000 implements MigrationInterface {
  name = "AgreementsFoundation1763830000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreements.seed_log (
        file text PRIMARY KEY,
        sha256 text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE agreements.country (
        code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        name_az text NOT NULL,
        name_en text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE agreements.organization (
        id text PRIMARY KEY,
        abbreviation text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('INTERGOVERNMENTAL', 'CIS_BODY', 'NATIONAL_AUTHORITY', 'NON_GOVERNMENTAL')),
        name_az text NOT NULL,
        name_en text,
        parent_id text REFERENCES agreements.organization (id),
        source text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE agreements.agreement (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
        kind text NOT NULL CHECK (kind IN ('BILATERAL', 'MULTILATERAL')),
        instrument_type text NOT NULL,
        framework_organization_id text REFERENCES agreements.organization (id),
        title_az text,
        title_en text,
        title_ru text,
        description text,
        signed_on date,
        signed_place text,
        adopted_on date,
        entered_into_force_on date,
        source text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK (coalesce(title_az, title_en, title_ru, description) IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX agreement_framework_idx ON agreements.agreement (framework_organization_id)`);
    await db.query(`
      CREATE TABLE agreements.party (
        id bigserial PRIMARY KEY,
        agreement_id text NOT NULL REFERENCES agreements.agreement (id) ON DELETE CASCADE,
        country_code char(2) REFERENCES agreements.country (code),
        organization_id text REFERENCES agreements.organization (id),
        status text NOT NULL CHECK (status IN
          ('SIGNED', 'SIGNED_WITH_RESERVATION', 'NOT_SIGNED', 'RATIFIED', 'ACCEDED', 'WITHDRAWN')),
        reservation_kind text CHECK (reservation_kind IN ('RESERVATION', 'SPECIAL_OPINION', 'DECLARATION')),
        reservation text,
        ratified_on date,
        source text NOT NULL,
        CHECK ((country_code IS NULL) <> (organization_id IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX party_country_uq ON agreements.party (agreement_id, country_code) WHERE country_code IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX party_organization_uq ON agreements.party (agreement_id, organization_id) WHERE organization_id IS NOT NULL`);
    await db.query(`CREATE INDEX party_country_idx ON agreements.party (country_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agreements.party`);
    await db.query(`DROP TABLE agreements.agreement`);
    await db.query(`DROP TABLE agreements.organization`);
    await db.query(`DROP TABLE agreements.country`);
    await db.query(`DROP TABLE agreements.seed_log`);
  }
}

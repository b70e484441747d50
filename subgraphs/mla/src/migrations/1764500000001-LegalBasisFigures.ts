import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Track records of every legal basis with a country (issue 14): the cooperation figures (1764200000000-1)
 * were kept for agreements, countries and agreements with a country; requests without an agreement now
 * count too, per country, under the key '#RECIPROCITY' or '#NOT_STATED' in place of an agreement id. No
 * such key has an all-countries subject, so the agreement ranking and agreement figures are unchanged.
 * The same image and subjects serve the triggers, the fold and the recomputation, which rebuilds the
 * figures at the end.
 */
export class LegalBasisFigures1764500000001 implements MigrationInterface {
  name = "LegalBasisFigures1764500000001";

  async up(db: QueryRunner): Promise<void> {
    // '#…' stands for a legal basis without an agreement in the figure tables: no agreement may claim it.
    await db.query(`ALTER TABLE mla.mla_request ADD CONSTRAINT mla_request_agreement_not_basis_key CHECK (left(legal_basis_agreement_id, 1) <> '#')`);
    await db.query(this.image("coalesce(r.legal_basis_agreement_id, '#' || r.legal_basis_kind)"));
    await db.query(this.subjects("request_agreement_id IS NOT NULL AND left(request_agreement_id, 1) <> '#'"));
    await db.query(`SELECT mla.recompute_cooperation()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(this.image("r.legal_basis_agreement_id"));
    await db.query(this.subjects("request_agreement_id IS NOT NULL"));
    await db.query(`SELECT mla.recompute_cooperation()`);
    await db.query(`ALTER TABLE mla.mla_request DROP CONSTRAINT mla_request_agreement_not_basis_key`);
  }

  /** What a request contributes (1764200000001's definition, with the legal basis key `basis`). */
  private image(basis: string): string {
    return `
      CREATE OR REPLACE FUNCTION mla.cooperation_request_image(r mla.mla_request)
      RETURNS TABLE (id uuid, agreement_id text, country_code text, month date, direction text, synthetic boolean, status text,
                     days integer, open_with_due boolean, refusal_ground text, proactive boolean)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT r.id, ${basis}, r.counterpart_country_code::text,
               coalesce(r.opened_on - (extract(day FROM r.opened_on)::integer - 1), '-infinity'::date),
               r.direction, r.synthetic, r.status,
               CASE WHEN r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED') THEN r.closed_on - r.opened_on END,
               r.status IN ('SENT', 'RECEIVED', 'IN_PROGRESS', 'ADDITIONAL_INFO_REQUESTED') AND r.due_on IS NOT NULL,
               CASE WHEN r.status = 'REFUSED' THEN r.refusal_ground END,
               r.direction = 'OUTGOING' OR r.spontaneous OR 'JOINT_INVESTIGATION' = ANY (r.assistance_types)
      $$`;
  }

  /** The subjects a request counts for; `agreementAlone`: when its key also has a subject of its own (every country). */
  private subjects(agreementAlone: string): string {
    return `
      CREATE OR REPLACE FUNCTION mla.cooperation_subjects(request_agreement_id text, request_country_code text)
      RETURNS TABLE (agreement_id text, country_code text)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT s.agreement_id, s.country_code
          FROM (VALUES (request_agreement_id, '', ${agreementAlone}), ('', request_country_code, true),
                       (request_agreement_id, request_country_code, request_agreement_id IS NOT NULL)) AS s(agreement_id, country_code, applies)
         WHERE s.applies
      $$`;
  }
}

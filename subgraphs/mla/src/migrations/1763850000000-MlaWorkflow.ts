import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * MLA requests from receipt to outcome (issue 4): national cases and their outcomes, the status workflow
 * with its history, idempotent creation, deadlines computed in SQL.
 */
export class MlaWorkflow1763850000000 implements MigrationInterface {
  name = "MlaWorkflow1763850000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mla.criminal_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE CHECK (length(trim(reference)) > 0),
        articles text[] NOT NULL DEFAULT '{}',
        opened_on date,
        summary text,
        victim_details text,
        internal_notes text,
        synthetic boolean NOT NULL DEFAULT false,
        source text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      ALTER TABLE mla.mla_request
        ADD COLUMN case_id uuid REFERENCES mla.criminal_case (id),
        ADD COLUMN assistance_types text[] NOT NULL DEFAULT '{}',
        ADD COLUMN priority text NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        ADD COLUMN spontaneous boolean NOT NULL DEFAULT false,
        ADD COLUMN acknowledged_on date,
        ADD COLUMN refusal_ground text,
        ADD COLUMN internal_note text,
        ADD COLUMN idempotency_key text UNIQUE,
        ADD COLUMN idempotency_fingerprint text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT mla_request_status_check CHECK (status IN ('DRAFT', 'SENT', 'RECEIVED', 'IN_PROGRESS',
          'ADDITIONAL_INFO_REQUESTED', 'EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN')),
        ADD CONSTRAINT mla_request_refusal_check CHECK (status <> 'REFUSED' OR refusal_ground IS NOT NULL),
        ADD CONSTRAINT mla_request_dates_check CHECK (closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on)`);
    await db.query(`CREATE INDEX mla_request_case_idx ON mla.mla_request (case_id)`);
    await db.query(`CREATE INDEX mla_request_status_idx ON mla.mla_request (status)`);
    await db.query(`CREATE INDEX mla_request_opened_idx ON mla.mla_request (opened_on)`);

    await db.query(`
      CREATE TABLE mla.mla_request_transition (
        id bigserial PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES mla.mla_request (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        note text,
        refusal_ground text,
        changed_by text NOT NULL,
        changed_by_name text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX mla_request_transition_request_idx ON mla.mla_request_transition (request_id, id)`);
    await db.query(`
      CREATE FUNCTION mla.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    await db.query(`
      CREATE TRIGGER mla_request_transition_append_only BEFORE UPDATE OR DELETE ON mla.mla_request_transition
        FOR EACH STATEMENT EXECUTE FUNCTION mla.refuse_history_change()`);

    await db.query(`
      CREATE TABLE mla.case_outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES mla.criminal_case (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SUSPECTS_ARRESTED', 'VICTIMS_IDENTIFIED', 'VICTIMS_ASSISTED',
          'INDICTMENTS', 'CONVICTIONS', 'ASSETS_SEIZED')),
        quantity numeric(14, 2) NOT NULL CHECK (quantity > 0),
        recorded_on date NOT NULL,
        note text,
        synthetic boolean NOT NULL DEFAULT false,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX case_outcome_case_idx ON mla.case_outcome (case_id)`);
    await db.query(`
      CREATE TABLE mla.outcome_contribution (
        outcome_id uuid NOT NULL REFERENCES mla.case_outcome (id) ON DELETE CASCADE,
        request_id uuid NOT NULL REFERENCES mla.mla_request (id) ON DELETE CASCADE,
        PRIMARY KEY (outcome_id, request_id)
      )`);
    await db.query(`CREATE INDEX outcome_contribution_request_idx ON mla.outcome_contribution (request_id)`);

    // Deadlines in SQL: a request is open until it reaches a final status; overdue when open past its due
    // date; days open count to the closing day or today.
    await db.query(`
      CREATE VIEW mla.mla_request_state AS
      SELECT r.*,
             r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN') AS closed,
             (r.status NOT IN ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN', 'DRAFT')
               AND r.due_on IS NOT NULL AND r.due_on < current_date) AS overdue,
             CASE WHEN r.opened_on IS NULL THEN NULL ELSE coalesce(r.closed_on, current_date) - r.opened_on END AS days_open
        FROM mla.mla_request r`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW mla.mla_request_state`);
    await db.query(`DROP TABLE mla.outcome_contribution, mla.case_outcome, mla.mla_request_transition`);
    await db.query(`DROP FUNCTION mla.refuse_history_change()`);
    await db.query(`ALTER TABLE mla.mla_request DROP CONSTRAINT mla_request_status_check, DROP CONSTRAINT mla_request_refusal_check,
      DROP CONSTRAINT mla_request_dates_check, DROP COLUMN case_id, DROP COLUMN assistance_types, DROP COLUMN priority,
      DROP COLUMN spontaneous, DROP COLUMN acknowledged_on, DROP COLUMN refusal_ground, DROP COLUMN internal_note,
      DROP COLUMN idempotency_key, DROP COLUMN idempotency_fingerprint, DROP COLUMN updated_at`);
    await db.query(`DROP TABLE mla.criminal_case`);
  }
}

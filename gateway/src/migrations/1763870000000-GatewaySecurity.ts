import type { MigrationInterface, QueryRunner } from "typeorm";

/** Partner API keys and the audit log, owned by the gateway (schema `gateway`). */
export class GatewaySecurity1763870000000 implements MigrationInterface {
  name = "GatewaySecurity1763870000000";

  async up(db: QueryRunner): Promise<void> {
    // Keys are 32 random bytes: a plain SHA-256 is enough to store them (no dictionary to guess from).
    await db.query(`
      CREATE TABLE gateway.api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization text NOT NULL CHECK (length(trim(organization)) > 0),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        key_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_by text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE gateway.audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_kind text NOT NULL,
        actor_subject text NOT NULL,
        actor_organization text,
        operation_type text NOT NULL,
        operation_name text,
        variables jsonb NOT NULL DEFAULT '{}',
        outcome text NOT NULL CHECK (outcome IN ('OK', 'ERROR')),
        error_codes text[] NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_log_at_idx ON gateway.audit_log (at DESC)`);
    await db.query(`
      CREATE FUNCTION gateway.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON gateway.audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION gateway.refuse_audit_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE gateway.audit_log, gateway.api_key`);
    await db.query(`DROP FUNCTION gateway.refuse_audit_change()`);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 11: the audit row is written before an operation runs and its outcome appended after (both
 * tables append-only), the actor's name is kept, the audit is searchable by actor, operation and time,
 * and request counters live in the database so every gateway process counts the same.
 */
export class GatewayHardening1764400000000 implements MigrationInterface {
  name = "GatewayHardening1764400000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE gateway.audit_log ADD COLUMN actor_name text`);
    // Rows written before the operation runs have no outcome yet: it is appended to audit_outcome.
    await db.query(`ALTER TABLE gateway.audit_log ALTER COLUMN outcome DROP NOT NULL`);
    await db.query(`ALTER TABLE gateway.audit_log ADD COLUMN source_address text`);
    await db.query(`CREATE INDEX audit_log_actor_idx ON gateway.audit_log (actor_subject, id DESC)`);
    await db.query(`CREATE INDEX audit_log_operation_idx ON gateway.audit_log (operation_name, id DESC)`);
    await db.query(`
      CREATE TABLE gateway.audit_outcome (
        audit_id bigint PRIMARY KEY REFERENCES gateway.audit_log (id),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        outcome text NOT NULL CHECK (outcome IN ('OK', 'ERROR')),
        error_codes text[] NOT NULL DEFAULT '{}'
      )`);
    await db.query(`
      CREATE TRIGGER audit_outcome_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON gateway.audit_outcome
        FOR EACH STATEMENT EXECUTE FUNCTION gateway.refuse_audit_change()`);
    // One-minute windows per key ("rate:<kind>:<subject>", "auth-failure:<address>"), each starting at
    // the key's first request, shared by every gateway on the database. Unlogged: a count is written on
    // every request and is worth nothing after a crash, so it skips the write-ahead log (and its flush).
    await db.query(`
      CREATE UNLOGGED TABLE gateway.request_counter (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        count integer NOT NULL
      )`);
    await db.query(`CREATE INDEX request_counter_window_idx ON gateway.request_counter (window_start)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE gateway.request_counter, gateway.audit_outcome`);
    await db.query(`DROP INDEX gateway.audit_log_actor_idx, gateway.audit_log_operation_idx`);
    await db.query(`ALTER TABLE gateway.audit_log DROP COLUMN actor_name, DROP COLUMN source_address`);
  }
}

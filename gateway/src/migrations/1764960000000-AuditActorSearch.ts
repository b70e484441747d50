import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit's total (GET /audit counts every entry its filters match, not only a page's). The operation
 * and time filters have their indexes (operation_name, at) and so does an actor's subject; part of an
 * actor's name (`actor_name ILIKE '%…%'`) had none: a page stops after `limit` rows, a count would read the
 * whole log. A trigram index answers it (pg_trgm, already in the database for the agreements' search).
 */
export class AuditActorSearch1764960000000 implements MigrationInterface {
  name = "AuditActorSearch1764960000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(`CREATE INDEX audit_log_actor_name_trgm_idx ON gateway.audit_log USING gin (actor_name public.gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX gateway.audit_log_actor_name_trgm_idx`);
  }
}

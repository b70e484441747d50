import type { MigrationInterface, QueryRunner } from "typeorm";
import type { Queryable } from "#shared/database/seed-corrections";

/**
 * Deletes the request the first seeds invented for the Turkey fact, unless someone has worked on it since:
 * still version 1, no transition, case, outcome or evidence (evidence lives in the recommendations schema,
 * which may not exist yet). A touched record is left for staff to decide on.
 *
 * Run it inside a transaction (migrations are): deleting a request cascades to its transition history,
 * whose append-only trigger refuses any DELETE statement even of no rows, so the trigger is switched off
 * around this one statement, which can only delete a request that has no history.
 */
export async function removeInventedTurkeyRequest(db: Queryable): Promise<void> {
  const [{ evidence }] = (await db.query(`SELECT to_regclass('recommendations.evidence')::text AS evidence`)) as { evidence: string | null }[];
  const cited = evidence ? `OR EXISTS (SELECT 1 FROM recommendations.evidence e WHERE e.mla_request_id = r.id)` : "";
  await db.query(`ALTER TABLE mla.mla_request_transition DISABLE TRIGGER mla_request_transition_append_only`);
  await db.query(`
    DELETE FROM mla.mla_request r
     WHERE r.reference = 'AZE30-TR-1' AND r.direction = 'INCOMING' AND NOT r.synthetic AND r.version = 1
       AND r.status = 'EXECUTED' AND r.case_id IS NULL
       AND NOT (EXISTS (SELECT 1 FROM mla.mla_request_transition t WHERE t.request_id = r.id)
             OR EXISTS (SELECT 1 FROM mla.outcome_contribution c WHERE c.request_id = r.id) ${cited})`);
  await db.query(`ALTER TABLE mla.mla_request_transition ENABLE TRIGGER mla_request_transition_append_only`);
}

/**
 * Cooperation the sources report in general terms (issue 12), kept apart from MLA requests. The needs
 * assessment's "a number of requests from Turkey answered" had been seeded as one EXECUTED request with a
 * made-up reference, AZE30-TR-1: that record is removed where nobody has touched it since (still version 1,
 * no transition, case, outcome or evidence); the fact is now a row of reported_cooperation, loaded by the seeds.
 */
export class MlaReportedCooperation1764100000002 implements MigrationInterface {
  name = "MlaReportedCooperation1764100000002";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mla.reported_cooperation (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
        kind text NOT NULL CHECK (kind IN ('MLA_REQUESTS_ANSWERED', 'MEETINGS_HELD', 'RECOMMENDATIONS_AND_REQUESTS_ANSWERED')),
        direction text NOT NULL CHECK (direction IN ('INCOMING', 'OUTGOING', 'MUTUAL')),
        counterpart_country_code char(2) CHECK (counterpart_country_code ~ '^[A-Z]{2}$'),
        counterpart_organization_id text,
        counterpart_as_written text NOT NULL CHECK (length(trim(counterpart_as_written)) > 0),
        year integer CHECK (year BETWEEN 1900 AND 2200),
        count integer CHECK (count >= 0),
        count_as_written text,
        reported_as_written text NOT NULL,
        source text NOT NULL
      )`);
    await db.query(`CREATE INDEX reported_cooperation_country_idx ON mla.reported_cooperation (counterpart_country_code)`);

    await removeInventedTurkeyRequest(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mla.reported_cooperation`);
  }
}

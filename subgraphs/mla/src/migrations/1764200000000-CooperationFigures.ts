import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Cooperation figures kept up to date by the database itself (issue 17): read in time proportional to the
 * agreements and months asked for, never to the requests. Triggers and the fold that fill these tables
 * come in the next migration; docs/mla.md explains the grain.
 *
 * Every figure table is keyed by a subject: (agreement, '') for an agreement, ('', country) for a
 * country (all its requests, whatever their legal basis), (agreement, country) for an agreement's track
 * record with one country. `month` is the first day of the month the requests were opened in,
 * '-infinity' for requests without an opening date, and 'infinity' for the row that totals all of them.
 * Keys compare bytewise (COLLATE "C"): they are identifiers, and the figures are written in bulk.
 */
export class CooperationFigures1764200000000 implements MigrationInterface {
  name = "CooperationFigures1764200000000";

  async up(db: QueryRunner): Promise<void> {
    // '' stands for "every agreement" in the figure tables: no request may claim it as its agreement.
    await db.query(`ALTER TABLE mla.mla_request ADD CONSTRAINT mla_request_agreement_not_empty CHECK (legal_basis_agreement_id <> '')`);

    await db.query(`
      CREATE TABLE mla.cooperation_request_counts (
        agreement_id text COLLATE "C" NOT NULL,
        country_code text COLLATE "C" NOT NULL,
        month date NOT NULL,
        direction text NOT NULL,
        synthetic boolean NOT NULL,
        requests integer NOT NULL,
        draft integer NOT NULL,
        sent integer NOT NULL,
        received integer NOT NULL,
        in_progress integer NOT NULL,
        additional_info_requested integer NOT NULL,
        executed integer NOT NULL,
        partially_executed integer NOT NULL,
        refused integer NOT NULL,
        withdrawn integer NOT NULL,
        -- open past the draft stage with a due date: overdue = these minus the open ones not yet due
        open_with_due integer NOT NULL,
        PRIMARY KEY (agreement_id, country_code, month, direction, synthetic),
        CHECK (agreement_id <> '' OR country_code <> '')
      )`);
    await db.query(`
      CREATE TABLE mla.cooperation_refusal_counts (
        agreement_id text COLLATE "C" NOT NULL,
        country_code text COLLATE "C" NOT NULL,
        month date NOT NULL,
        direction text NOT NULL,
        synthetic boolean NOT NULL,
        ground text NOT NULL,
        refused integer NOT NULL,
        PRIMARY KEY (agreement_id, country_code, month, direction, synthetic, ground)
      )`);
    // Executed requests by whole days from opening to closing: the median of any set of months is exact.
    await db.query(`
      CREATE TABLE mla.cooperation_execution_days (
        agreement_id text COLLATE "C" NOT NULL,
        country_code text COLLATE "C" NOT NULL,
        month date NOT NULL,
        synthetic boolean NOT NULL,
        days integer NOT NULL,
        executed integer NOT NULL,
        PRIMARY KEY (agreement_id, country_code, month, synthetic, days)
      )`);
    // The all-time median per subject, so figures without a period read one row instead of a histogram.
    await db.query(`
      CREATE TABLE mla.cooperation_median_days (
        agreement_id text COLLATE "C" NOT NULL,
        country_code text COLLATE "C" NOT NULL,
        with_synthetic boolean NOT NULL,
        median_days numeric NOT NULL,
        PRIMARY KEY (agreement_id, country_code, with_synthetic)
      )`);
    // What each outcome is credited with, per subject and month of its contributing executed requests:
    // kept so that a change to an outcome takes back exactly what it gave. previous_month is the month of
    // the outcome's previous contributing request for that subject (null for the first): a period counts
    // an outcome once, at its first month inside the period, and all time at its first month.
    await db.query(`
      CREATE TABLE mla.cooperation_outcome_credits (
        outcome_id uuid NOT NULL,
        agreement_id text COLLATE "C" NOT NULL,
        country_code text COLLATE "C" NOT NULL,
        with_synthetic boolean NOT NULL,
        month date NOT NULL,
        previous_month date,
        kind text NOT NULL,
        quantity numeric NOT NULL,
        proactive integer NOT NULL
      )`);
    await db.query(`CREATE INDEX cooperation_outcome_credits_outcome_idx ON mla.cooperation_outcome_credits (outcome_id)`);
    await db.query(`
      CREATE TABLE mla.cooperation_outcome_totals (
        agreement_id text COLLATE "C" NOT NULL,
        country_code text COLLATE "C" NOT NULL,
        with_synthetic boolean NOT NULL,
        month date NOT NULL,
        previous_month date,
        outcomes integer NOT NULL,
        suspects_arrested numeric NOT NULL,
        victims_identified numeric NOT NULL,
        victims_assisted numeric NOT NULL,
        indictments numeric NOT NULL,
        convictions numeric NOT NULL,
        assets_seized numeric NOT NULL,
        proactive integer NOT NULL,
        UNIQUE NULLS NOT DISTINCT (agreement_id, country_code, with_synthetic, month, previous_month)
      )`);
    for (const table of ["cooperation_request_counts", "cooperation_refusal_counts", "cooperation_execution_days", "cooperation_outcome_totals"]) {
      // Agreement subjects and track records read by (country_code, month); country subjects by the key.
      await db.query(`CREATE INDEX ${table}_country_idx ON mla.${table} (country_code, month)`);
    }
    // Rows whose counts went back to zero are deleted after each fold; these find them without a scan.
    await db.query(`CREATE INDEX cooperation_request_counts_emptied_idx ON mla.cooperation_request_counts (agreement_id) WHERE requests = 0`);
    await db.query(`CREATE INDEX cooperation_refusal_counts_emptied_idx ON mla.cooperation_refusal_counts (agreement_id) WHERE refused = 0`);
    await db.query(`CREATE INDEX cooperation_execution_days_emptied_idx ON mla.cooperation_execution_days (agreement_id) WHERE executed = 0`);
    await db.query(`CREATE INDEX cooperation_outcome_totals_emptied_idx ON mla.cooperation_outcome_totals (agreement_id) WHERE outcomes = 0`);

    // Changes staged by statement triggers and folded into the figures when the transaction commits. A
    // row here lives only inside the transaction that wrote it (the fold deletes it before commit), so no
    // other transaction ever sees one: unlogged is enough.
    await db.query(`
      CREATE UNLOGGED TABLE mla.cooperation_request_change (
        sign smallint NOT NULL,
        id uuid NOT NULL,
        agreement_id text,
        country_code text NOT NULL,
        month date NOT NULL,
        direction text NOT NULL,
        synthetic boolean NOT NULL,
        status text NOT NULL,
        days integer,
        open_with_due boolean NOT NULL,
        refusal_ground text,
        proactive boolean NOT NULL
      )`);
    await db.query(`CREATE UNLOGGED TABLE mla.cooperation_outcome_change (outcome_id uuid NOT NULL)`);
    await db.query(`CREATE UNLOGGED TABLE mla.cooperation_change_pending (pending boolean NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mla.cooperation_change_pending, mla.cooperation_outcome_change, mla.cooperation_request_change`);
    await db.query(`DROP TABLE mla.cooperation_outcome_totals, mla.cooperation_outcome_credits, mla.cooperation_median_days, mla.cooperation_execution_days,
      mla.cooperation_refusal_counts, mla.cooperation_request_counts`);
    await db.query(`ALTER TABLE mla.mla_request DROP CONSTRAINT mla_request_agreement_not_empty`);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Keeps the cooperation figures (previous migration) equal to the base tables whatever writes them: the
 * workflow service, an import, a seed, a console of psql. Statement triggers on mla_request,
 * outcome_contribution and case_outcome stage what changed; a deferred constraint trigger folds the staged
 * changes into the figures when the transaction commits, in that same transaction, under one advisory
 * lock (figure rows are shared by every request of an agreement: folding one transaction at a time
 * cannot deadlock, and it happens after the writer took all its other locks).
 */
export class CooperationFigureMaintenance1764200000001 implements MigrationInterface {
  name = "CooperationFigureMaintenance1764200000001";

  async up(db: QueryRunner): Promise<void> {
    // What a request contributes to the figures, in one place: the triggers, the credits of outcomes and
    // the recomputation all read a request through it.
    await db.query(`
      CREATE FUNCTION mla.cooperation_request_image(r mla.mla_request)
      RETURNS TABLE (id uuid, agreement_id text, country_code text, month date, direction text, synthetic boolean, status text,
                     days integer, open_with_due boolean, refusal_ground text, proactive boolean)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT r.id, r.legal_basis_agreement_id, r.counterpart_country_code::text,
               coalesce(r.opened_on - (extract(day FROM r.opened_on)::integer - 1), '-infinity'::date),
               r.direction, r.synthetic, r.status,
               CASE WHEN r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED') THEN r.closed_on - r.opened_on END,
               r.status IN ('SENT', 'RECEIVED', 'IN_PROGRESS', 'ADDITIONAL_INFO_REQUESTED') AND r.due_on IS NOT NULL,
               CASE WHEN r.status = 'REFUSED' THEN r.refusal_ground END,
               r.direction = 'OUTGOING' OR r.spontaneous OR 'JOINT_INVESTIGATION' = ANY (r.assistance_types)
      $$`);
    // The subjects a request counts for: its agreement, its country, and the agreement with that country.
    await db.query(`
      CREATE FUNCTION mla.cooperation_subjects(request_agreement_id text, request_country_code text)
      RETURNS TABLE (agreement_id text, country_code text)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT s.agreement_id, s.country_code
          FROM (VALUES (request_agreement_id, '', request_agreement_id IS NOT NULL), ('', request_country_code, true),
                       (request_agreement_id, request_country_code, request_agreement_id IS NOT NULL)) AS s(agreement_id, country_code, applies)
         WHERE s.applies
      $$`);

    await this.createStaging(db);
    await this.createFold(db);
    await this.createRecompute(db);
    await this.createTriggers(db);
    // Figures for what the database already holds.
    await db.query(`SELECT mla.recompute_cooperation()`);
  }

  private async createStaging(db: QueryRunner): Promise<void> {
    // One marker row per transaction: its deferred trigger folds everything staged, once, at commit.
    await db.query(`
      CREATE FUNCTION mla.cooperation_changes_pending() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM mla.cooperation_change_pending) THEN
          INSERT INTO mla.cooperation_change_pending VALUES (true);
        END IF;
      END $$`);
    // An update stages the old image negatively and the new one positively, only for requests whose image
    // changed (a version bump or a note changes no figure).
    await db.query(`
      CREATE FUNCTION mla.cooperation_stage_requests() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO mla.cooperation_request_change
          SELECT 1, i.* FROM new_rows n CROSS JOIN LATERAL mla.cooperation_request_image(n) i;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO mla.cooperation_request_change
          SELECT -1, i.* FROM old_rows o CROSS JOIN LATERAL mla.cooperation_request_image(o) i;
        ELSE
          INSERT INTO mla.cooperation_request_change
          WITH before AS (SELECT i.* FROM old_rows o CROSS JOIN LATERAL mla.cooperation_request_image(o) i),
               after AS (SELECT i.* FROM new_rows n CROSS JOIN LATERAL mla.cooperation_request_image(n) i)
          SELECT -1, gone.* FROM (SELECT * FROM before EXCEPT ALL SELECT * FROM after) gone
          UNION ALL
          SELECT 1, came.* FROM (SELECT * FROM after EXCEPT ALL SELECT * FROM before) came;
        END IF;
        PERFORM mla.cooperation_changes_pending();
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION mla.cooperation_stage_contributions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN INSERT INTO mla.cooperation_outcome_change SELECT DISTINCT outcome_id FROM old_rows; END IF;
        IF TG_OP <> 'DELETE' THEN INSERT INTO mla.cooperation_outcome_change SELECT DISTINCT outcome_id FROM new_rows; END IF;
        PERFORM mla.cooperation_changes_pending();
        RETURN NULL;
      END $$`);
    // A new outcome credits nothing until a request is linked to it; an edited or deleted one is re-credited.
    await db.query(`
      CREATE FUNCTION mla.cooperation_stage_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO mla.cooperation_outcome_change SELECT id FROM old_rows;
        PERFORM mla.cooperation_changes_pending();
        RETURN NULL;
      END $$`);
  }

  private async createFold(db: QueryRunner): Promise<void> {
    // The credits of outcomes, computed from the base tables: per subject, per view (real requests only,
    // or all of them), per month of the outcome's contributing executed requests. The all-time totals
    // are derived from them when folded (an outcome counts all time at its first month).
    await db.query(`
      CREATE FUNCTION mla.cooperation_outcome_credits_of(outcome_ids uuid[])
      RETURNS TABLE (outcome_id uuid, agreement_id text, country_code text, with_synthetic boolean, month date, previous_month date,
                     kind text, quantity numeric, proactive integer)
      LANGUAGE sql STABLE AS $$
        WITH links AS (
          SELECT o.id, o.kind, o.quantity, i.agreement_id, i.country_code, i.synthetic, i.month, i.proactive
            FROM mla.case_outcome o
            JOIN mla.outcome_contribution l ON l.outcome_id = o.id
            JOIN mla.mla_request r ON r.id = l.request_id
            CROSS JOIN LATERAL mla.cooperation_request_image(r) i
           WHERE o.id = ANY (outcome_ids) AND i.status IN ('EXECUTED', 'PARTIALLY_EXECUTED')
        ), monthly AS (
          SELECT l.id, l.kind, l.quantity, s.agreement_id, s.country_code, u.with_synthetic, l.month,
                 count(*) FILTER (WHERE l.proactive)::integer AS proactive
            FROM links l
            CROSS JOIN LATERAL mla.cooperation_subjects(l.agreement_id, l.country_code) s
            JOIN (VALUES (false), (true)) AS u(with_synthetic) ON u.with_synthetic OR NOT l.synthetic
           GROUP BY l.id, l.kind, l.quantity, s.agreement_id, s.country_code, u.with_synthetic, l.month
        )
        SELECT id, agreement_id, country_code, with_synthetic, month,
               lag(month) OVER (PARTITION BY id, agreement_id, country_code, with_synthetic ORDER BY month), kind, quantity, proactive
          FROM monthly
      $$`);
    // percentile_cont(0.5) over the histogram: the mean of the values at positions (n+1)/2 and n/2+1.
    await db.query(`
      CREATE FUNCTION mla.cooperation_median(p_agreement_id text, p_country_code text, p_with_synthetic boolean) RETURNS numeric
      LANGUAGE sql STABLE AS $$
        SELECT (min(days) FILTER (WHERE below >= (total + 1) / 2) + min(days) FILTER (WHERE below >= total / 2 + 1)) / 2.0
          FROM (SELECT days, (sum(executed) OVER (ORDER BY days))::bigint AS below, (sum(executed) OVER ())::bigint AS total
                  FROM (SELECT d.days, sum(d.executed) AS executed FROM mla.cooperation_execution_days d
                         WHERE d.agreement_id = p_agreement_id AND d.country_code = p_country_code AND d.month = 'infinity'
                           AND (p_with_synthetic OR NOT d.synthetic)
                         GROUP BY d.days) histogram) ranked
      $$`);
    await db.query(`
      CREATE FUNCTION mla.cooperation_fold_requests() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Net the staged images: a request deleted and inserted again unchanged (a demo set replaced by the
        -- same one) moves no figure.
        WITH staged AS (DELETE FROM mla.cooperation_request_change RETURNING *)
        INSERT INTO mla.cooperation_request_change
        SELECT sum(sign), id, agreement_id, country_code, month, direction, synthetic, status, days, open_with_due, refusal_ground, proactive
          FROM staged
         GROUP BY id, agreement_id, country_code, month, direction, synthetic, status, days, open_with_due, refusal_ground, proactive
        HAVING sum(sign) <> 0;

        -- Outcomes credited through a changed request are credited again.
        INSERT INTO mla.cooperation_outcome_change (outcome_id)
        SELECT DISTINCT l.outcome_id FROM mla.outcome_contribution l
         WHERE l.request_id IN (SELECT id FROM mla.cooperation_request_change);

        INSERT INTO mla.cooperation_request_counts AS t (agreement_id, country_code, month, direction, synthetic, requests, draft, sent,
          received, in_progress, additional_info_requested, executed, partially_executed, refused, withdrawn, open_with_due)
        SELECT * FROM (
          SELECT s.agreement_id, s.country_code, b.month, c.direction, c.synthetic, sum(c.sign) AS requests,
                 sum(c.sign * (c.status = 'DRAFT')::integer) AS draft, sum(c.sign * (c.status = 'SENT')::integer) AS sent,
                 sum(c.sign * (c.status = 'RECEIVED')::integer) AS received, sum(c.sign * (c.status = 'IN_PROGRESS')::integer) AS in_progress,
                 sum(c.sign * (c.status = 'ADDITIONAL_INFO_REQUESTED')::integer) AS additional_info_requested,
                 sum(c.sign * (c.status = 'EXECUTED')::integer) AS executed, sum(c.sign * (c.status = 'PARTIALLY_EXECUTED')::integer) AS partially_executed,
                 sum(c.sign * (c.status = 'REFUSED')::integer) AS refused, sum(c.sign * (c.status = 'WITHDRAWN')::integer) AS withdrawn,
                 sum(c.sign * c.open_with_due::integer) AS open_with_due
            FROM mla.cooperation_request_change c
            CROSS JOIN LATERAL mla.cooperation_subjects(c.agreement_id, c.country_code) s
            CROSS JOIN LATERAL (VALUES (c.month), ('infinity'::date)) AS b(month)
           GROUP BY s.agreement_id, s.country_code, b.month, c.direction, c.synthetic) delta
         WHERE (requests, draft, sent, received, in_progress, additional_info_requested, executed, partially_executed, refused, withdrawn,
                open_with_due) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
         ORDER BY agreement_id, country_code, month, direction, synthetic
        ON CONFLICT (agreement_id, country_code, month, direction, synthetic) DO UPDATE SET
          requests = t.requests + excluded.requests, draft = t.draft + excluded.draft, sent = t.sent + excluded.sent,
          received = t.received + excluded.received, in_progress = t.in_progress + excluded.in_progress,
          additional_info_requested = t.additional_info_requested + excluded.additional_info_requested,
          executed = t.executed + excluded.executed, partially_executed = t.partially_executed + excluded.partially_executed,
          refused = t.refused + excluded.refused, withdrawn = t.withdrawn + excluded.withdrawn,
          open_with_due = t.open_with_due + excluded.open_with_due;
        DELETE FROM mla.cooperation_request_counts WHERE requests = 0;

        INSERT INTO mla.cooperation_refusal_counts AS t (agreement_id, country_code, month, direction, synthetic, ground, refused)
        SELECT s.agreement_id, s.country_code, b.month, c.direction, c.synthetic, c.refusal_ground, sum(c.sign)
          FROM mla.cooperation_request_change c
          CROSS JOIN LATERAL mla.cooperation_subjects(c.agreement_id, c.country_code) s
          CROSS JOIN LATERAL (VALUES (c.month), ('infinity'::date)) AS b(month)
         WHERE c.refusal_ground IS NOT NULL
         GROUP BY s.agreement_id, s.country_code, b.month, c.direction, c.synthetic, c.refusal_ground
        HAVING sum(c.sign) <> 0
         ORDER BY s.agreement_id, s.country_code, b.month, c.direction, c.synthetic, c.refusal_ground
        ON CONFLICT (agreement_id, country_code, month, direction, synthetic, ground) DO UPDATE SET refused = t.refused + excluded.refused;
        DELETE FROM mla.cooperation_refusal_counts WHERE refused = 0;

        INSERT INTO mla.cooperation_execution_days AS t (agreement_id, country_code, month, synthetic, days, executed)
        SELECT s.agreement_id, s.country_code, b.month, c.synthetic, c.days, sum(c.sign)
          FROM mla.cooperation_request_change c
          CROSS JOIN LATERAL mla.cooperation_subjects(c.agreement_id, c.country_code) s
          CROSS JOIN LATERAL (VALUES (c.month), ('infinity'::date)) AS b(month)
         WHERE c.days IS NOT NULL
         GROUP BY s.agreement_id, s.country_code, b.month, c.synthetic, c.days
        HAVING sum(c.sign) <> 0
         ORDER BY s.agreement_id, s.country_code, b.month, c.synthetic, c.days
        ON CONFLICT (agreement_id, country_code, month, synthetic, days) DO UPDATE SET executed = t.executed + excluded.executed;
        DELETE FROM mla.cooperation_execution_days WHERE executed = 0;

        -- The all-time median of every subject whose histogram moved.
        DELETE FROM mla.cooperation_median_days m
         USING (SELECT DISTINCT s.agreement_id, s.country_code
                  FROM mla.cooperation_request_change c CROSS JOIN LATERAL mla.cooperation_subjects(c.agreement_id, c.country_code) s
                 WHERE c.days IS NOT NULL) moved
         WHERE m.agreement_id = moved.agreement_id AND m.country_code = moved.country_code;
        INSERT INTO mla.cooperation_median_days (agreement_id, country_code, with_synthetic, median_days)
        SELECT moved.agreement_id, moved.country_code, u.with_synthetic, median.days
          FROM (SELECT DISTINCT s.agreement_id, s.country_code
                  FROM mla.cooperation_request_change c CROSS JOIN LATERAL mla.cooperation_subjects(c.agreement_id, c.country_code) s
                 WHERE c.days IS NOT NULL) moved
          CROSS JOIN (VALUES (false), (true)) AS u(with_synthetic)
          CROSS JOIN LATERAL (SELECT mla.cooperation_median(moved.agreement_id, moved.country_code, u.with_synthetic) AS days) median
         WHERE median.days IS NOT NULL;

        DELETE FROM mla.cooperation_request_change;
      END $$`);
    // An outcome's old credits are taken back exactly as they were given, then it is credited afresh.
    await db.query(`
      CREATE FUNCTION mla.cooperation_fold_outcomes() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid[];
      BEGIN
        SELECT array_agg(DISTINCT outcome_id) INTO changed FROM mla.cooperation_outcome_change;
        DELETE FROM mla.cooperation_outcome_change;
        IF changed IS NULL THEN RETURN; END IF;
        WITH withdrawn AS (DELETE FROM mla.cooperation_outcome_credits WHERE outcome_id = ANY (changed) RETURNING *),
             credited AS (INSERT INTO mla.cooperation_outcome_credits SELECT * FROM mla.cooperation_outcome_credits_of(changed) RETURNING *),
             changes AS (SELECT -1 AS sign, * FROM withdrawn UNION ALL SELECT 1, * FROM credited),
             delta AS (
               SELECT sign, agreement_id, country_code, with_synthetic, month, previous_month, kind, quantity, proactive, 1 AS counted
                 FROM changes
               UNION ALL -- all time: the outcome once, at its first month; proactive requests of every month
               SELECT sign, agreement_id, country_code, with_synthetic, 'infinity', NULL, kind,
                      CASE WHEN previous_month IS NULL THEN quantity ELSE 0 END, proactive, (previous_month IS NULL)::integer
                 FROM changes)
        INSERT INTO mla.cooperation_outcome_totals AS t (agreement_id, country_code, with_synthetic, month, previous_month, outcomes,
          suspects_arrested, victims_identified, victims_assisted, indictments, convictions, assets_seized, proactive)
        SELECT * FROM (
          SELECT agreement_id, country_code, with_synthetic, month, previous_month, sum(sign * counted) AS outcomes,
                 coalesce(sum(sign * quantity) FILTER (WHERE kind = 'SUSPECTS_ARRESTED'), 0) AS suspects_arrested,
                 coalesce(sum(sign * quantity) FILTER (WHERE kind = 'VICTIMS_IDENTIFIED'), 0) AS victims_identified,
                 coalesce(sum(sign * quantity) FILTER (WHERE kind = 'VICTIMS_ASSISTED'), 0) AS victims_assisted,
                 coalesce(sum(sign * quantity) FILTER (WHERE kind = 'INDICTMENTS'), 0) AS indictments,
                 coalesce(sum(sign * quantity) FILTER (WHERE kind = 'CONVICTIONS'), 0) AS convictions,
                 coalesce(sum(sign * quantity) FILTER (WHERE kind = 'ASSETS_SEIZED'), 0) AS assets_seized,
                 sum(sign * proactive) AS proactive
            FROM delta
           GROUP BY agreement_id, country_code, with_synthetic, month, previous_month) totals
         -- An outcome re-credited exactly as before (a demo set replaced by the same one) moves nothing.
         WHERE (outcomes, suspects_arrested, victims_identified, victims_assisted, indictments, convictions, assets_seized, proactive)
               <> (0, 0, 0, 0, 0, 0, 0, 0)
         ORDER BY agreement_id, country_code, with_synthetic, month, previous_month
        ON CONFLICT (agreement_id, country_code, with_synthetic, month, previous_month) DO UPDATE SET
          outcomes = t.outcomes + excluded.outcomes, suspects_arrested = t.suspects_arrested + excluded.suspects_arrested,
          victims_identified = t.victims_identified + excluded.victims_identified,
          victims_assisted = t.victims_assisted + excluded.victims_assisted, indictments = t.indictments + excluded.indictments,
          convictions = t.convictions + excluded.convictions, assets_seized = t.assets_seized + excluded.assets_seized,
          proactive = t.proactive + excluded.proactive;
        DELETE FROM mla.cooperation_outcome_totals WHERE outcomes = 0;
      END $$`);
    // 7263017: the figures' lock (7263001 is the migrations' lock, shared/src/database/prepare.ts). Rows
    // are upserted in key order, and a bulk load (a demo set, an import) aggregates in memory.
    await db.query(`
      CREATE FUNCTION mla.cooperation_fold() RETURNS void LANGUAGE plpgsql SET work_mem = '64MB' AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(7263017);
        DELETE FROM mla.cooperation_change_pending;
        PERFORM mla.cooperation_fold_requests();
        PERFORM mla.cooperation_fold_outcomes();
      END $$`);
    await db.query(`
      CREATE FUNCTION mla.cooperation_fold_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM mla.cooperation_fold();
        RETURN NULL;
      END $$`);
  }

  private async createRecompute(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION mla.cooperation_figure_rows() RETURNS TABLE (figure text, row_value jsonb) LANGUAGE sql STABLE AS $$
        SELECT 'request_counts', to_jsonb(t) FROM mla.cooperation_request_counts t
        UNION ALL SELECT 'refusal_counts', to_jsonb(t) FROM mla.cooperation_refusal_counts t
        UNION ALL SELECT 'execution_days', to_jsonb(t) FROM mla.cooperation_execution_days t
        UNION ALL SELECT 'median_days', to_jsonb(t) FROM mla.cooperation_median_days t
        UNION ALL SELECT 'outcome_credits', to_jsonb(t) FROM mla.cooperation_outcome_credits t
        UNION ALL SELECT 'outcome_totals', to_jsonb(t) FROM mla.cooperation_outcome_totals t
      $$`);
    // Rebuilds every figure from the base tables by folding all of them from nothing (the same code as a
    // write), and says how many maintained rows differed from the rebuild: 0 unless something went around
    // the triggers (session_replication_role = replica, a restore without triggers…).
    await db.query(`
      CREATE FUNCTION mla.recompute_cooperation() RETURNS jsonb LANGUAGE plpgsql AS $$
      DECLARE
        differences bigint;
        summary jsonb;
      BEGIN
        PERFORM pg_advisory_xact_lock(7263017);
        CREATE TEMP TABLE cooperation_figures_before ON COMMIT DROP AS SELECT * FROM mla.cooperation_figure_rows();
        TRUNCATE mla.cooperation_request_counts, mla.cooperation_refusal_counts, mla.cooperation_execution_days,
                 mla.cooperation_median_days, mla.cooperation_outcome_credits, mla.cooperation_outcome_totals;
        DELETE FROM mla.cooperation_request_change;
        DELETE FROM mla.cooperation_outcome_change;
        INSERT INTO mla.cooperation_request_change
        SELECT 1, i.* FROM mla.mla_request r CROSS JOIN LATERAL mla.cooperation_request_image(r) i;
        INSERT INTO mla.cooperation_outcome_change SELECT id FROM mla.case_outcome;
        PERFORM mla.cooperation_fold();
        SELECT count(*) INTO differences FROM (
          (SELECT * FROM cooperation_figures_before EXCEPT ALL SELECT * FROM mla.cooperation_figure_rows())
          UNION ALL
          (SELECT * FROM mla.cooperation_figure_rows() EXCEPT ALL SELECT * FROM cooperation_figures_before)) different;
        SELECT jsonb_build_object(
          'requests', (SELECT count(*) FROM mla.mla_request),
          'outcomes', (SELECT count(*) FROM mla.case_outcome),
          'figureRows', (SELECT coalesce(jsonb_object_agg(figure, n), '{}') FROM (SELECT figure, count(*) AS n FROM mla.cooperation_figure_rows() GROUP BY figure) c),
          'differences', differences) INTO summary;
        DROP TABLE cooperation_figures_before;
        RETURN summary;
      END $$`);
    await db.query(`
      CREATE FUNCTION mla.cooperation_base_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM mla.recompute_cooperation();
        RETURN NULL;
      END $$`);
  }

  private async createTriggers(db: QueryRunner): Promise<void> {
    const statements: [string, string, string, string][] = [
      ["cooperation_requests_inserted", "INSERT", "mla.mla_request", "NEW TABLE AS new_rows"],
      ["cooperation_requests_updated", "UPDATE", "mla.mla_request", "OLD TABLE AS old_rows NEW TABLE AS new_rows"],
      ["cooperation_requests_deleted", "DELETE", "mla.mla_request", "OLD TABLE AS old_rows"],
      ["cooperation_contributions_inserted", "INSERT", "mla.outcome_contribution", "NEW TABLE AS new_rows"],
      ["cooperation_contributions_updated", "UPDATE", "mla.outcome_contribution", "OLD TABLE AS old_rows NEW TABLE AS new_rows"],
      ["cooperation_contributions_deleted", "DELETE", "mla.outcome_contribution", "OLD TABLE AS old_rows"],
      ["cooperation_outcomes_updated", "UPDATE", "mla.case_outcome", "OLD TABLE AS old_rows"],
      ["cooperation_outcomes_deleted", "DELETE", "mla.case_outcome", "OLD TABLE AS old_rows"],
    ];
    const functions: Record<string, string> = {
      "mla.mla_request": "mla.cooperation_stage_requests",
      "mla.outcome_contribution": "mla.cooperation_stage_contributions",
      "mla.case_outcome": "mla.cooperation_stage_outcomes",
    };
    for (const [name, event, table, transition] of statements) {
      await db.query(`CREATE TRIGGER ${name} AFTER ${event} ON ${table} REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${functions[table]}()`);
    }
    for (const table of Object.keys(functions)) {
      await db.query(`CREATE TRIGGER cooperation_truncated AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION mla.cooperation_base_truncated()`);
    }
    await db.query(`
      CREATE CONSTRAINT TRIGGER cooperation_fold_at_commit AFTER INSERT ON mla.cooperation_change_pending
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mla.cooperation_fold_at_commit()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER cooperation_fold_at_commit ON mla.cooperation_change_pending`);
    for (const table of ["mla.mla_request", "mla.outcome_contribution", "mla.case_outcome"]) {
      await db.query(`DROP TRIGGER cooperation_truncated ON ${table}`);
    }
    for (const [name, table] of [["requests", "mla_request"], ["contributions", "outcome_contribution"], ["outcomes", "case_outcome"]]) {
      for (const event of ["inserted", "updated", "deleted"]) await db.query(`DROP TRIGGER IF EXISTS cooperation_${name}_${event} ON mla.${table}`);
    }
    await db.query(`DROP FUNCTION mla.cooperation_base_truncated(), mla.recompute_cooperation(), mla.cooperation_figure_rows(),
      mla.cooperation_fold_at_commit(), mla.cooperation_fold(), mla.cooperation_fold_outcomes(), mla.cooperation_fold_requests(),
      mla.cooperation_median(text, text, boolean), mla.cooperation_outcome_credits_of(uuid[]), mla.cooperation_stage_outcomes(),
      mla.cooperation_stage_contributions(), mla.cooperation_stage_requests(), mla.cooperation_changes_pending(),
      mla.cooperation_subjects(text, text), mla.cooperation_request_image(mla.mla_request)`);
  }
}

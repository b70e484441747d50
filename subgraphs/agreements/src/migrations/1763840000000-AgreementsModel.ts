import type { MigrationInterface, QueryRunner } from "typeorm";
import { createAzFoldFunction } from "#shared/database/az-fold";

/**
 * The full agreements model (issue 3): national approval acts, relations between agreements, topics,
 * party dates, the measures a programme obliges and who executes them, and Azerbaijani-aware search.
 */
export class AgreementsModel1763840000000 implements MigrationInterface {
  name = "AgreementsModel1763840000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(createAzFoldFunction("agreements"));

    await db.query(`ALTER TABLE agreements.organization DROP CONSTRAINT organization_kind_check`);
    await db.query(`ALTER TABLE agreements.organization ADD CONSTRAINT organization_kind_check CHECK (kind IN
      ('INTERGOVERNMENTAL', 'CIS_BODY', 'STATE_GROUP', 'NATIONAL_AUTHORITY', 'NON_GOVERNMENTAL'))`);

    await db.query(`
      ALTER TABLE agreements.agreement
        ADD COLUMN period_from date,
        ADD COLUMN period_to date,
        ADD COLUMN approval_act_kind text,
        ADD COLUMN approval_act_number text,
        ADD COLUMN approval_adopted_on date,
        ADD COLUMN approval_published_on date,
        ADD COLUMN approval_publication text,
        ADD COLUMN approval_in_force_on date,
        ADD COLUMN topics text[] NOT NULL DEFAULT '{}',
        ADD COLUMN search_document text NOT NULL DEFAULT '',
        ADD CONSTRAINT agreement_period_check CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)`);
    await db.query(`CREATE INDEX agreement_topics_idx ON agreements.agreement USING gin (topics)`);
    await db.query(`CREATE INDEX agreement_search_idx ON agreements.agreement USING gin (search_document public.gin_trgm_ops)`);

    await db.query(`ALTER TABLE agreements.party ADD COLUMN signed_on date, ADD COLUMN acceded_on date, ADD COLUMN withdrawn_on date`);

    await db.query(`
      CREATE TABLE agreements.agreement_relation (
        id bigserial PRIMARY KEY,
        from_agreement_id text NOT NULL REFERENCES agreements.agreement (id) ON DELETE CASCADE,
        to_agreement_id text NOT NULL REFERENCES agreements.agreement (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('IMPLEMENTS', 'SUPPLEMENTS', 'AMENDS', 'ANNEX_LISTS', 'REFERS_TO')),
        note text,
        source text NOT NULL,
        UNIQUE (from_agreement_id, to_agreement_id, kind),
        CHECK (from_agreement_id <> to_agreement_id)
      )`);
    await db.query(`CREATE INDEX agreement_relation_to_idx ON agreements.agreement_relation (to_agreement_id)`);

    await db.query(`
      CREATE TABLE agreements.measure (
        id bigserial PRIMARY KEY,
        agreement_id text NOT NULL REFERENCES agreements.agreement (id) ON DELETE CASCADE,
        parent_id bigint REFERENCES agreements.measure (id) ON DELETE CASCADE,
        position integer NOT NULL,
        section text,
        number text,
        text text NOT NULL CHECK (length(trim(text)) > 0),
        deadline_text text,
        deadline_from date,
        deadline_to date,
        recurrence text NOT NULL DEFAULT 'NONE' CHECK (recurrence IN ('NONE', 'ANNUAL')),
        relative_to text,
        relative_months integer,
        executors_text text,
        deciding_body_text text,
        source text NOT NULL,
        UNIQUE (agreement_id, position),
        CHECK (deadline_from IS NULL OR deadline_to IS NULL OR deadline_from <= deadline_to)
      )`);
    await db.query(`CREATE INDEX measure_parent_idx ON agreements.measure (parent_id)`);
    await db.query(`CREATE INDEX measure_deadline_idx ON agreements.measure (deadline_to)`);
    await db.query(`
      CREATE TABLE agreements.measure_executor (
        measure_id bigint NOT NULL REFERENCES agreements.measure (id) ON DELETE CASCADE,
        organization_id text NOT NULL REFERENCES agreements.organization (id),
        PRIMARY KEY (measure_id, organization_id)
      )`);
    await db.query(`CREATE INDEX measure_executor_organization_idx ON agreements.measure_executor (organization_id)`);

    await db.query(`
      CREATE TABLE agreements.agreement_history (
        id bigserial PRIMARY KEY,
        agreement_id text NOT NULL REFERENCES agreements.agreement (id) ON DELETE CASCADE,
        version integer NOT NULL,
        operation text NOT NULL,
        changes jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_by_name text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agreement_history_agreement_idx ON agreements.agreement_history (agreement_id, id)`);
    // History is append-only: a correction is a new entry.
    await db.query(`
      CREATE FUNCTION agreements.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'agreement_history is append-only'; END $$`);
    await db.query(`
      CREATE TRIGGER agreement_history_append_only BEFORE UPDATE OR DELETE ON agreements.agreement_history
        FOR EACH STATEMENT EXECUTE FUNCTION agreements.refuse_history_change()`);

    // The search document: titles, description, measure texts and reservations, folded. Kept by triggers
    // so every writer (seeds, services, a DBA's psql) leaves it right.
    await db.query(`
      CREATE FUNCTION agreements.agreement_search_document(agreement_id text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT agreements.az_fold(concat_ws(' ',
          a.title_az, a.title_en, a.title_ru, a.description, a.approval_act_number,
          (SELECT string_agg(m.text, ' ') FROM agreements.measure m WHERE m.agreement_id = a.id),
          (SELECT string_agg(p.reservation, ' ') FROM agreements.party p WHERE p.agreement_id = a.id)))
        FROM agreements.agreement a WHERE a.id = agreement_id $$`);
    await db.query(`
      CREATE FUNCTION agreements.refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target text;
      BEGIN
        target := CASE WHEN TG_OP = 'DELETE' THEN OLD.agreement_id ELSE NEW.agreement_id END;
        UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(target) WHERE id = target;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION agreements.refresh_own_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(NEW.id) WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER agreement_search_document AFTER INSERT OR UPDATE OF title_az, title_en, title_ru, description, approval_act_number
        ON agreements.agreement FOR EACH ROW EXECUTE FUNCTION agreements.refresh_own_search_document()`);
    await db.query(`
      CREATE TRIGGER measure_search_document AFTER INSERT OR UPDATE OR DELETE ON agreements.measure
        FOR EACH ROW EXECUTE FUNCTION agreements.refresh_search_document()`);
    await db.query(`
      CREATE TRIGGER party_search_document AFTER INSERT OR UPDATE OR DELETE ON agreements.party
        FOR EACH ROW EXECUTE FUNCTION agreements.refresh_search_document()`);
    await db.query(`UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER party_search_document ON agreements.party`);
    await db.query(`DROP TRIGGER measure_search_document ON agreements.measure`);
    await db.query(`DROP TRIGGER agreement_search_document ON agreements.agreement`);
    await db.query(`DROP FUNCTION agreements.refresh_own_search_document(), agreements.refresh_search_document(), agreements.agreement_search_document(text)`);
    await db.query(`DROP TABLE agreements.agreement_history, agreements.measure_executor, agreements.measure, agreements.agreement_relation`);
    await db.query(`DROP FUNCTION agreements.refuse_history_change()`);
    await db.query(`ALTER TABLE agreements.party DROP COLUMN signed_on, DROP COLUMN acceded_on, DROP COLUMN withdrawn_on`);
    await db.query(`ALTER TABLE agreements.agreement DROP CONSTRAINT agreement_period_check, DROP COLUMN period_from, DROP COLUMN period_to,
      DROP COLUMN approval_act_kind, DROP COLUMN approval_act_number, DROP COLUMN approval_adopted_on, DROP COLUMN approval_published_on,
      DROP COLUMN approval_publication, DROP COLUMN approval_in_force_on, DROP COLUMN topics, DROP COLUMN search_document`);
    await db.query(`DROP FUNCTION agreements.az_fold(text)`);
  }
}

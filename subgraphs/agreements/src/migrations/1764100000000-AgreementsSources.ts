import type { MigrationInterface, QueryRunner } from "typeorm";
import { createAzWordQueryFunctions } from "#shared/database/az-fold";
import { applySeedCorrections } from "#shared/database/seed-corrections";
import { AGREEMENTS_SEED_CORRECTIONS } from "./1764100000000-AgreementsSources.corrections";

/**
 * The sources, complete (issue 12): aliases and official titles with their sources, word-form aware search,
 * parties "as far as the sources state them" (status PARTY, partiesComplete), the national framework
 * (legal acts, their relations and measures), reporting duties, and the corrections of values the earlier
 * seeds misread (see the .corrections file and docs/sources.md).
 */
export class AgreementsSources1764100000000 implements MigrationInterface {
  name = "AgreementsSources1764100000000";

  async up(db: QueryRunner): Promise<void> {
    await this.parties(db);
    await this.names(db);
    await this.search(db);
    await this.legalActs(db);
    await this.reportingDuties(db);
    await applySeedCorrections(db, AGREEMENTS_SEED_CORRECTIONS);
  }

  private async parties(db: QueryRunner): Promise<void> {
    // PARTY: "tərəfdar çıxdığı", a party whose way of becoming one (ratification, accession…) the source does not say.
    await db.query(`ALTER TABLE agreements.party DROP CONSTRAINT party_status_check`);
    await db.query(`ALTER TABLE agreements.party ADD CONSTRAINT party_status_check CHECK (status IN
      ('SIGNED', 'SIGNED_WITH_RESERVATION', 'NOT_SIGNED', 'RATIFIED', 'ACCEDED', 'WITHDRAWN', 'PARTY'))`);
    await db.query(`ALTER TABLE agreements.agreement ADD COLUMN parties_complete boolean NOT NULL DEFAULT false`);
    // An abbreviation only where a source writes one (BSEC has none in the sources).
    await db.query(`ALTER TABLE agreements.organization ALTER COLUMN abbreviation DROP NOT NULL`);
  }

  private async names(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreements.agreement ADD COLUMN title_en_source text, ADD COLUMN title_ru_source text,
      ADD COLUMN title_document text NOT NULL DEFAULT ''`);
    await db.query(`
      CREATE TABLE agreements.agreement_alias (
        id bigserial PRIMARY KEY,
        agreement_id text NOT NULL REFERENCES agreements.agreement (id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('AZ', 'EN', 'RU')),
        alias text NOT NULL CHECK (length(trim(alias)) > 0),
        source text NOT NULL,
        UNIQUE (agreement_id, lang, alias)
      )`);
  }

  /**
   * Titles and aliases join the search document, and a second, smaller document of titles and aliases only
   * ranks a match there first. Word forms: az_word_query against a GIN index of the folded document's words.
   */
  private async search(db: QueryRunner): Promise<void> {
    for (const statement of createAzWordQueryFunctions("agreements")) await db.query(statement);
    await db.query(`
      CREATE FUNCTION agreements.agreement_title_document(agreement_id text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT agreements.az_fold(concat_ws(' ', a.title_az, a.title_en, a.title_ru, a.description,
          (SELECT string_agg(al.alias, ' ') FROM agreements.agreement_alias al WHERE al.agreement_id = a.id)))
        FROM agreements.agreement a WHERE a.id = agreement_id $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION agreements.agreement_search_document(agreement_id text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT agreements.az_fold(concat_ws(' ',
          a.title_az, a.title_en, a.title_ru, a.description, a.approval_act_number,
          (SELECT string_agg(al.alias, ' ') FROM agreements.agreement_alias al WHERE al.agreement_id = a.id),
          (SELECT string_agg(m.text, ' ') FROM agreements.measure m WHERE m.agreement_id = a.id),
          (SELECT string_agg(p.reservation, ' ') FROM agreements.party p WHERE p.agreement_id = a.id)))
        FROM agreements.agreement a WHERE a.id = agreement_id $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION agreements.refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target text;
      BEGIN
        target := CASE WHEN TG_OP = 'DELETE' THEN OLD.agreement_id ELSE NEW.agreement_id END;
        UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(target),
          title_document = agreements.agreement_title_document(target) WHERE id = target;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION agreements.refresh_own_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(NEW.id),
          title_document = agreements.agreement_title_document(NEW.id) WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER agreement_alias_search_document AFTER INSERT OR UPDATE OR DELETE ON agreements.agreement_alias
        FOR EACH ROW EXECUTE FUNCTION agreements.refresh_search_document()`);
    await db.query(`UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(id),
      title_document = agreements.agreement_title_document(id)`);
    await db.query(`CREATE INDEX agreement_search_words_idx ON agreements.agreement USING gin (to_tsvector('simple', search_document))`);
  }

  private async legalActs(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreements.legal_act (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
        kind text NOT NULL CHECK (kind IN ('LAW', 'CODE_ARTICLE', 'PRESIDENTIAL_DECREE', 'CABINET_DECISION', 'ACTION_PLAN')),
        kind_as_written text NOT NULL,
        number text,
        title_az text NOT NULL CHECK (length(trim(title_az)) > 0),
        title_en text,
        title_ru text,
        adopted_on date,
        in_force_on date,
        period_from date,
        period_to date,
        summary text,
        approves_agreement_id text REFERENCES agreements.agreement (id),
        source text NOT NULL,
        search_document text GENERATED ALWAYS AS (agreements.az_fold(kind_as_written || ' ' || coalesce(number, '') || ' ' || title_az
          || ' ' || coalesce(title_en, '') || ' ' || coalesce(title_ru, '') || ' ' || coalesce(summary, ''))) STORED,
        CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
      )`);
    await db.query(`CREATE INDEX legal_act_kind_idx ON agreements.legal_act (kind)`);
    await db.query(`CREATE INDEX legal_act_search_idx ON agreements.legal_act USING gin (search_document public.gin_trgm_ops)`);
    await db.query(`CREATE INDEX legal_act_search_words_idx ON agreements.legal_act USING gin (to_tsvector('simple', search_document))`);
    await db.query(`
      CREATE TABLE agreements.legal_act_relation (
        id bigserial PRIMARY KEY,
        from_act_id text NOT NULL REFERENCES agreements.legal_act (id) ON DELETE CASCADE,
        to_act_id text NOT NULL REFERENCES agreements.legal_act (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('AMENDS', 'IMPLEMENTS', 'CONTINUES')),
        note text,
        source text NOT NULL,
        UNIQUE (from_act_id, to_act_id, kind),
        CHECK (from_act_id <> to_act_id)
      )`);
    await db.query(`CREATE INDEX legal_act_relation_to_idx ON agreements.legal_act_relation (to_act_id)`);
    await db.query(`
      CREATE TABLE agreements.legal_act_measure (
        id bigserial PRIMARY KEY,
        legal_act_id text NOT NULL REFERENCES agreements.legal_act (id) ON DELETE CASCADE,
        position integer NOT NULL,
        section text,
        number text,
        text text NOT NULL CHECK (length(trim(text)) > 0),
        executors_text text,
        deadline_text text,
        source text NOT NULL,
        UNIQUE (legal_act_id, position)
      )`);
  }

  private async reportingDuties(db: QueryRunner): Promise<void> {
    // A yearly report on period Y is due in year Y + due_year_offset: in month due_month (on due_day, else its
    // last day), or, where the source names no month, by the end of that year.
    await db.query(`
      CREATE TABLE agreements.reporting_duty (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
        title_az text NOT NULL CHECK (length(trim(title_az)) > 0),
        deadline_text text,
        recurrence text NOT NULL DEFAULT 'ANNUAL' CHECK (recurrence IN ('ANNUAL')),
        first_period integer NOT NULL CHECK (first_period BETWEEN 1900 AND 2200),
        last_period integer CHECK (last_period >= first_period AND last_period <= 2200),
        due_year_offset integer NOT NULL DEFAULT 0 CHECK (due_year_offset IN (0, 1)),
        due_month integer CHECK (due_month BETWEEN 1 AND 12),
        due_day integer CHECK (due_day BETWEEN 1 AND 28),
        responsible_text text,
        recipients_text text,
        note text,
        agreement_id text REFERENCES agreements.agreement (id),
        measure_id bigint REFERENCES agreements.measure (id),
        legal_act_id text REFERENCES agreements.legal_act (id),
        legal_basis_text text,
        source text NOT NULL,
        CHECK (due_day IS NULL OR due_month IS NOT NULL),
        CHECK (coalesce(agreement_id, legal_act_id) IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX reporting_duty_measure_uq ON agreements.reporting_duty (measure_id) WHERE measure_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE agreements.reporting_duty_body (
        duty_id text NOT NULL REFERENCES agreements.reporting_duty (id) ON DELETE CASCADE,
        organization_id text NOT NULL REFERENCES agreements.organization (id),
        role text NOT NULL CHECK (role IN ('RESPONSIBLE', 'RECIPIENT')),
        PRIMARY KEY (duty_id, organization_id, role)
      )`);
    await db.query(`CREATE INDEX reporting_duty_body_organization_idx ON agreements.reporting_duty_body (organization_id)`);
    await db.query(`
      CREATE TABLE agreements.reporting_duty_submission (
        id bigserial PRIMARY KEY,
        duty_id text NOT NULL REFERENCES agreements.reporting_duty (id) ON DELETE CASCADE,
        reported_period integer NOT NULL,
        event_on date,
        event_as_written text NOT NULL,
        source text NOT NULL,
        UNIQUE (duty_id, reported_period, event_as_written)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agreements.reporting_duty_submission, agreements.reporting_duty_body, agreements.reporting_duty`);
    await db.query(`DROP TABLE agreements.legal_act_measure, agreements.legal_act_relation, agreements.legal_act`);
    await db.query(`DROP INDEX agreements.agreement_search_words_idx`);
    await db.query(`DROP TRIGGER agreement_alias_search_document ON agreements.agreement_alias`);
    await db.query(`DROP TABLE agreements.agreement_alias`);
    await db.query(`
      CREATE OR REPLACE FUNCTION agreements.refresh_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target text;
      BEGIN
        target := CASE WHEN TG_OP = 'DELETE' THEN OLD.agreement_id ELSE NEW.agreement_id END;
        UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(target) WHERE id = target;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION agreements.refresh_own_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agreements.agreement SET search_document = agreements.agreement_search_document(NEW.id) WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION agreements.agreement_search_document(agreement_id text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT agreements.az_fold(concat_ws(' ',
          a.title_az, a.title_en, a.title_ru, a.description, a.approval_act_number,
          (SELECT string_agg(m.text, ' ') FROM agreements.measure m WHERE m.agreement_id = a.id),
          (SELECT string_agg(p.reservation, ' ') FROM agreements.party p WHERE p.agreement_id = a.id)))
        FROM agreements.agreement a WHERE a.id = agreement_id $$`);
    await db.query(`DROP FUNCTION agreements.agreement_title_document(text), agreements.az_word_query(text), agreements.az_root(text)`);
    await db.query(`ALTER TABLE agreements.agreement DROP COLUMN title_en_source, DROP COLUMN title_ru_source, DROP COLUMN title_document,
      DROP COLUMN parties_complete`);
    await db.query(`ALTER TABLE agreements.party DROP CONSTRAINT party_status_check`);
    await db.query(`ALTER TABLE agreements.party ADD CONSTRAINT party_status_check CHECK (status IN
      ('SIGNED', 'SIGNED_WITH_RESERVATION', 'NOT_SIGNED', 'RATIFIED', 'ACCEDED', 'WITHDRAWN'))`);
  }
}

import type { DataSource, EntityManager } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { returnedRows } from "#shared/database/data-source";
import { ConflictError, NotFoundError, StaleVersionError, UserInputError } from "#shared/errors";
import { Measure } from "../measure/measure";
import { Agreement } from "./agreement";
import type { AliasInput } from "./agreement-names.input";
import type { AgreementFields, CreateAgreementInput, MeasureInput, PartyInput } from "./agreement.input";
import { PartyStatus } from "./party";

/** GraphQL field → column, for the fields staff may set. */
const COLUMNS: Record<keyof AgreementFields, string> = {
  kind: "kind",
  instrumentType: "instrument_type",
  frameworkOrganizationId: "framework_organization_id",
  titleAz: "title_az",
  titleEn: "title_en",
  titleRu: "title_ru",
  titleEnSource: "title_en_source",
  titleRuSource: "title_ru_source",
  partiesComplete: "parties_complete",
  description: "description",
  signedOn: "signed_on",
  signedPlace: "signed_place",
  adoptedOn: "adopted_on",
  enteredIntoForceOn: "entered_into_force_on",
  periodFrom: "period_from",
  periodTo: "period_to",
  topics: "topics",
  source: "source",
};

const TEXT_LIMIT = 4000;
const ALIAS_LIMIT = 300;

function clean(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function checkText(field: string, value: string | null | undefined): void {
  if (value && value.length > TEXT_LIMIT) throw new UserInputError(field, `must be at most ${TEXT_LIMIT} characters`);
}

function checkOrder(field: string, earlier: string | null | undefined, later: string | null | undefined, what: string): void {
  if (earlier && later && earlier > later) throw new UserInputError(field, what);
}

/** Validates the agreement as it would be after the change; every message names the input field. */
function validateAgreement(state: Partial<Record<keyof AgreementFields, unknown>>, prefix: string): void {
  for (const field of ["titleAz", "titleEn", "titleRu", "titleEnSource", "titleRuSource", "description", "signedPlace", "source"] as const) {
    checkText(`${prefix}.${field}`, state[field] as string | null);
  }
  if (!state.titleAz && !state.titleEn && !state.titleRu && !state.description) {
    throw new UserInputError(`${prefix}.titleAz`, "an agreement needs a title in some language or a description");
  }
  if (!state.source) throw new UserInputError(`${prefix}.source`, "say where the information comes from");
  if (state.partiesComplete === null) throw new UserInputError(`${prefix}.partiesComplete`, "must be true or false");
  checkOrder(`${prefix}.enteredIntoForceOn`, state.signedOn as string, state.enteredIntoForceOn as string, "must not be before signedOn");
  checkOrder(`${prefix}.periodTo`, state.periodFrom as string, state.periodTo as string, "must not be before periodFrom");
  const topics = state.topics as string[] | null | undefined;
  topics?.forEach((topic, i) => {
    if (!/^[a-z][a-z-]{1,40}$/.test(topic)) throw new UserInputError(`${prefix}.topics[${i}]`, "use lower-case words joined by dashes");
  });
}

/** Staff edits of agreements: validated, optimistic (expectedVersion), every accepted change in history. */
export class AgreementEditor {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  async create(input: CreateAgreementInput): Promise<Agreement> {
    if (!/^[a-z0-9][a-z0-9-]{2,80}$/.test(input.id ?? "")) {
      throw new UserInputError("input.id", "use 3-81 lower-case letters, digits and dashes, e.g. az-ge-police-2024");
    }
    const fields = this.cleaned(input);
    if (!fields.kind) throw new UserInputError("input.kind", "is required");
    if (!fields.instrumentType) throw new UserInputError("input.instrumentType", "is required");
    validateAgreement(fields, "input");
    return this.dataSource.transaction(async (manager) => {
      await this.checkOrganization(manager, "input.frameworkOrganizationId", fields.frameworkOrganizationId);
      const exists = await manager.query(`SELECT 1 FROM agreements.agreement WHERE id = $1`, [input.id]);
      if (exists.length > 0) throw new ConflictError(`agreement ${input.id} already exists`, { field: "input.id" });
      const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
      const columns = ["id", ...entries.map(([field]) => COLUMNS[field as keyof AgreementFields])];
      const values = [input.id, ...entries.map(([, value]) => value)];
      await manager.query(
        `INSERT INTO agreements.agreement (${columns.join(", ")}) VALUES (${values.map((_, i) => `$${i + 1}`).join(", ")})`,
        values,
      );
      await this.record(manager, input.id, 1, "createAgreement", Object.fromEntries(entries));
      return manager.getRepository(Agreement).findOneByOrFail({ id: input.id });
    });
  }

  async update(id: string, expectedVersion: number, input: AgreementFields): Promise<Agreement> {
    const fields = this.cleaned(input);
    const entries = Object.entries(fields).filter(([, value]) => value !== undefined) as [keyof AgreementFields, unknown][];
    if (entries.length === 0) throw new UserInputError("input", "change at least one field");
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockCurrent(manager, id, expectedVersion);
      const after = { ...current, ...Object.fromEntries(entries) } as Record<keyof AgreementFields, unknown>;
      validateAgreement(after, "input");
      await this.checkOrganization(manager, "input.frameworkOrganizationId", fields.frameworkOrganizationId);
      const changes = Object.fromEntries(
        entries
          .filter(([field, value]) => JSON.stringify(current[field] ?? null) !== JSON.stringify(value ?? null))
          .map(([field, value]) => [field, { from: current[field] ?? null, to: value ?? null }]),
      );
      const assignments = entries.map(([field], i) => `${COLUMNS[field]} = $${i + 2}`);
      await manager.query(`UPDATE agreements.agreement SET ${assignments.join(", ")} WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
      const version = await this.bump(manager, id);
      await this.record(manager, id, version, "updateAgreement", changes);
      return manager.getRepository(Agreement).findOneByOrFail({ id });
    });
  }

  async setParty(agreementId: string, expectedVersion: number, input: PartyInput): Promise<Agreement> {
    const countryCode = clean(input.countryCode)?.toUpperCase() ?? null;
    const organizationId = clean(input.organizationId) ?? null;
    if (Boolean(countryCode) === Boolean(organizationId)) {
      throw new UserInputError("input.countryCode", "give either countryCode or organizationId, not both");
    }
    const source = clean(input.source);
    if (!source) throw new UserInputError("input.source", "say where the information comes from");
    const reservation = clean(input.reservation) ?? null;
    checkText("input.reservation", reservation);
    if (input.reservationKind && !reservation && input.status !== PartyStatus.SIGNED_WITH_RESERVATION) {
      throw new UserInputError("input.reservationKind", "a reservation kind needs the reservation text or status SIGNED_WITH_RESERVATION");
    }
    checkOrder("input.ratifiedOn", input.signedOn, input.ratifiedOn, "must not be before signedOn");
    return this.dataSource.transaction(async (manager) => {
      await this.lockCurrent(manager, agreementId, expectedVersion);
      if (countryCode) {
        const found = await manager.query(`SELECT 1 FROM agreements.country WHERE code = $1`, [countryCode]);
        if (found.length === 0) throw new UserInputError("input.countryCode", `${countryCode} is not a known ISO 3166-1 alpha-2 code`);
      }
      await this.checkOrganization(manager, "input.organizationId", organizationId);
      const key = countryCode ? "country_code" : "organization_id";
      const previous: Record<string, unknown>[] = await manager.query(
        `SELECT status, reservation_kind, reservation, signed_on, ratified_on FROM agreements.party WHERE agreement_id = $1 AND ${key} = $2`,
        [agreementId, countryCode ?? organizationId],
      );
      const row = [input.status, input.reservationKind ?? null, reservation, input.signedOn ?? null, input.ratifiedOn ?? null, source];
      if (previous.length > 0) {
        await manager.query(
          `UPDATE agreements.party SET status = $3, reservation_kind = $4, reservation = $5, signed_on = $6, ratified_on = $7, source = $8
            WHERE agreement_id = $1 AND ${key} = $2`,
          [agreementId, countryCode ?? organizationId, ...row],
        );
      } else {
        await manager.query(
          `INSERT INTO agreements.party (agreement_id, ${key}, status, reservation_kind, reservation, signed_on, ratified_on, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [agreementId, countryCode ?? organizationId, ...row],
        );
      }
      const version = await this.bump(manager, agreementId);
      await this.record(manager, agreementId, version, "setPartyStatus", {
        party: countryCode ?? organizationId,
        from: previous[0] ?? null,
        to: { status: input.status, reservationKind: input.reservationKind ?? null, reservation, signedOn: input.signedOn ?? null, ratifiedOn: input.ratifiedOn ?? null },
      });
      return manager.getRepository(Agreement).findOneByOrFail({ id: agreementId });
    });
  }

  async addMeasure(agreementId: string, expectedVersion: number, input: MeasureInput): Promise<Measure> {
    const text = clean(input.text);
    if (!text) throw new UserInputError("input.text", "must not be empty");
    checkText("input.text", text);
    const source = clean(input.source);
    if (!source) throw new UserInputError("input.source", "say where the information comes from");
    checkOrder("input.deadlineTo", input.deadlineFrom, input.deadlineTo, "must not be before deadlineFrom");
    if (input.relativeMonths !== undefined && input.relativeMonths !== null && (input.relativeMonths < 1 || input.relativeMonths > 120)) {
      throw new UserInputError("input.relativeMonths", "must be between 1 and 120");
    }
    return this.dataSource.transaction(async (manager) => {
      await this.lockCurrent(manager, agreementId, expectedVersion);
      const executorIds = [...new Set(input.executorIds)];
      if (executorIds.length > 0) {
        const known: { id: string }[] = await manager.query(`SELECT id FROM agreements.organization WHERE id = ANY($1)`, [executorIds]);
        const unknown = executorIds.filter((id) => !known.some((k) => k.id === id));
        if (unknown.length > 0) throw new UserInputError("input.executorIds", `unknown organisation ${unknown.join(", ")}`);
      }
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO agreements.measure (agreement_id, position, section, number, text, deadline_text, deadline_from, deadline_to,
           recurrence, relative_months, executors_text, source)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agreements.measure WHERE agreement_id = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         RETURNING id`,
        [agreementId, clean(input.section) ?? null, clean(input.number) ?? null, text, clean(input.deadlineAsWritten) ?? null,
          input.deadlineFrom ?? null, input.deadlineTo ?? null, input.recurrence ?? "NONE", input.relativeMonths ?? null,
          clean(input.executorsAsWritten) ?? null, source],
      );
      for (const organizationId of executorIds) {
        await manager.query(`INSERT INTO agreements.measure_executor (measure_id, organization_id) VALUES ($1, $2)`, [id, organizationId]);
      }
      const version = await this.bump(manager, agreementId);
      await this.record(manager, agreementId, version, "addMeasure", { measureId: id, number: input.number ?? null, text, executorIds });
      return manager.getRepository(Measure).findOneByOrFail({ id });
    });
  }

  /** A name people use for the agreement; searched like its titles (the search document follows by trigger). */
  async addAlias(agreementId: string, expectedVersion: number, input: AliasInput): Promise<Agreement> {
    const alias = clean(input.alias);
    if (!alias) throw new UserInputError("input.alias", "must not be empty");
    if (alias.length > ALIAS_LIMIT) throw new UserInputError("input.alias", `must be at most ${ALIAS_LIMIT} characters`);
    const source = clean(input.source);
    if (!source) throw new UserInputError("input.source", "say where the information comes from");
    checkText("input.source", source);
    return this.dataSource.transaction(async (manager) => {
      await this.lockCurrent(manager, agreementId, expectedVersion);
      const taken = await manager.query(`SELECT 1 FROM agreements.agreement_alias WHERE agreement_id = $1 AND lang = $2 AND alias = $3`, [agreementId, input.lang, alias]);
      if (taken.length > 0) throw new ConflictError(`the agreement already has the alias ${alias}`, { field: "input.alias" });
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO agreements.agreement_alias (agreement_id, lang, alias, source) VALUES ($1, $2, $3, $4) RETURNING id::text`,
        [agreementId, input.lang, alias, source],
      );
      const version = await this.bump(manager, agreementId);
      await this.record(manager, agreementId, version, "addAgreementAlias", { aliasId: id, lang: input.lang, alias, source });
      return manager.getRepository(Agreement).findOneByOrFail({ id: agreementId });
    });
  }

  async removeAlias(agreementId: string, expectedVersion: number, aliasId: string): Promise<Agreement> {
    if (!/^\d{1,18}$/.test(aliasId)) throw new UserInputError("aliasId", "is not an alias of this agreement");
    return this.dataSource.transaction(async (manager) => {
      await this.lockCurrent(manager, agreementId, expectedVersion);
      const removed: { lang: string; alias: string; source: string }[] = returnedRows(
        await manager.query(`DELETE FROM agreements.agreement_alias WHERE id = $1 AND agreement_id = $2 RETURNING lang, alias, source`, [aliasId, agreementId]),
      );
      if (removed.length === 0) throw new UserInputError("aliasId", "is not an alias of this agreement");
      const version = await this.bump(manager, agreementId);
      await this.record(manager, agreementId, version, "removeAgreementAlias", { aliasId, removed: removed[0] });
      return manager.getRepository(Agreement).findOneByOrFail({ id: agreementId });
    });
  }

  private cleaned(input: AgreementFields): Partial<AgreementFields> {
    const out: Record<string, unknown> = {};
    for (const field of Object.keys(COLUMNS) as (keyof AgreementFields)[]) {
      const value = input[field];
      out[field] = typeof value === "string" ? clean(value) : value;
    }
    return out as Partial<AgreementFields>;
  }

  /** Locks the row and checks the caller saw the current version: two editors never silently overwrite. */
  private async lockCurrent(manager: EntityManager, id: string, expectedVersion: number): Promise<Record<keyof AgreementFields, unknown>> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM agreements.agreement WHERE id = $1 FOR UPDATE`, [id]);
    if (rows.length === 0) throw new NotFoundError("agreement", id);
    const row = rows[0];
    if (row.version !== expectedVersion) {
      throw new StaleVersionError(`agreement ${id}`, expectedVersion, Number(row.version));
    }
    return Object.fromEntries(Object.entries(COLUMNS).map(([field, column]) => [field, row[column]])) as Record<keyof AgreementFields, unknown>;
  }

  private async bump(manager: EntityManager, id: string): Promise<number> {
    const [{ version }] = returnedRows<{ version: number }>(
      await manager.query(`UPDATE agreements.agreement SET version = version + 1 WHERE id = $1 RETURNING version`, [id]),
    );
    return version;
  }

  private async checkOrganization(manager: EntityManager, field: string, id: string | null | undefined): Promise<void> {
    if (!id) return;
    const found = await manager.query(`SELECT 1 FROM agreements.organization WHERE id = $1`, [id]);
    if (found.length === 0) throw new UserInputError(field, `unknown organisation ${id}`);
  }

  private async record(manager: EntityManager, id: string, version: number, operation: string, changes: Record<string, unknown>): Promise<void> {
    await manager.query(
      `INSERT INTO agreements.agreement_history (agreement_id, version, operation, changes, changed_by, changed_by_name)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, version, operation, JSON.stringify(changes), this.identity.subject, this.identity.name],
    );
  }
}

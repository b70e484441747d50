import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { returnedRows } from "#shared/database/data-source";
import { ConflictError, NotFoundError, StaleVersionError, UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import { LegalBasisKind, MlaRequest, MlaStatus } from "./mla-request";
import type { CreateMlaRequestInput, TransitionInput } from "./mla-request.input";
import { canTransition, initialStatus, isFinal, ALLOWED_TRANSITIONS } from "./mla-status";

function text(value: string | null | undefined, field: string, max = 4000): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed.length > max) throw new UserInputError(field, `must be at most ${max} characters`);
  return trimmed === "" ? null : trimmed;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Creating requests and moving them through the workflow; every accepted transition is kept. */
export class MlaRequestWorkflow {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  /**
   * Idempotent under retry: the client's key is unique; the same key with the same content returns the
   * request made the first time, with other content it is a CONFLICT. A double click never makes two.
   */
  async create(input: CreateMlaRequestInput): Promise<MlaRequest> {
    const key = text(input.idempotencyKey, "input.idempotencyKey", 200);
    if (!key) throw new UserInputError("input.idempotencyKey", "is required");
    const reference = text(input.reference, "input.reference", 100);
    if (!reference) throw new UserInputError("input.reference", "must not be empty");
    const country = input.counterpartCountry?.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw new UserInputError("input.counterpartCountry", "must be an ISO 3166-1 alpha-2 code, e.g. TR");
    const agreementId = text(input.legalBasisAgreementId, "input.legalBasisAgreementId", 100);
    if ((input.legalBasisKind === LegalBasisKind.AGREEMENT) !== Boolean(agreementId)) {
      throw new UserInputError("input.legalBasisAgreementId", "give an agreement exactly when legalBasisKind is AGREEMENT");
    }
    if (input.caseId && !isUuid(input.caseId)) throw new UserInputError("input.caseId", "is not a case id");
    if (input.openedOn && input.dueOn && input.dueOn < input.openedOn) throw new UserInputError("input.dueOn", "must not be before openedOn");
    const fingerprint = createHash("sha256")
      .update(JSON.stringify({ ...input, idempotencyKey: undefined }))
      .digest("hex");
    return this.dataSource.transaction(async (manager) => {
      // Serialise creations that share a key, so two concurrent retries cannot both insert.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`mla-create:${key}`]);
      const existing: { id: string; fingerprint: string }[] = await manager.query(
        `SELECT id, idempotency_fingerprint AS fingerprint FROM mla.mla_request WHERE idempotency_key = $1`,
        [key],
      );
      if (existing.length > 0) {
        if (existing[0].fingerprint !== fingerprint) {
          throw new ConflictError("this idempotencyKey was already used for a different request", { field: "input.idempotencyKey" });
        }
        return manager.getRepository(MlaRequest).findOneByOrFail({ id: existing[0].id });
      }
      const duplicate = await manager.query(`SELECT 1 FROM mla.mla_request WHERE direction = $1 AND reference = $2`, [input.direction, reference]);
      if (duplicate.length > 0) {
        throw new ConflictError(`an ${input.direction.toLowerCase()} request with reference ${reference} already exists`, { field: "input.reference" });
      }
      if (input.caseId) {
        const found = await manager.query(`SELECT 1 FROM mla.criminal_case WHERE id = $1`, [input.caseId]);
        if (found.length === 0) throw new UserInputError("input.caseId", "no such case");
      }
      const status = initialStatus(input.direction);
      const [{ id }] = returnedRows<{ id: string }>(
        await manager.query(
          `INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, counterpart_authority, legal_basis_kind,
             legal_basis_agreement_id, case_id, assistance_types, priority, spontaneous, status, opened_on, due_on, internal_note,
             idempotency_key, idempotency_fingerprint, synthetic)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, false) RETURNING id`,
          [reference, input.direction, country, text(input.counterpartAuthority, "input.counterpartAuthority", 300), input.legalBasisKind,
            agreementId, input.caseId ?? null, [...new Set(input.assistanceTypes)], input.priority, input.spontaneous, status,
            input.openedOn ?? null, input.dueOn ?? null, text(input.internalNote, "input.internalNote"), key, fingerprint],
        ),
      );
      await this.record(manager, id, null, status, "created", null);
      return manager.getRepository(MlaRequest).findOneByOrFail({ id });
    });
  }

  async transition(id: string, expectedVersion: number, input: TransitionInput): Promise<MlaRequest> {
    if (!isUuid(id)) throw new NotFoundError("MLA request", id);
    const note = text(input.note, "input.note");
    const ground = text(input.refusalGround, "input.refusalGround", 2000);
    if (input.to === MlaStatus.REFUSED && !ground) throw new UserInputError("input.refusalGround", "a refusal must state its ground");
    if (input.to !== MlaStatus.REFUSED && ground) throw new UserInputError("input.refusalGround", "only a refusal has a ground");
    const on = input.on ?? today();
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: MlaStatus; version: number; opened_on: string | null }[] = await manager.query(
        `SELECT status, version, opened_on FROM mla.mla_request WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (rows.length === 0) throw new NotFoundError("MLA request", id);
      const current = rows[0];
      if (current.version !== expectedVersion) {
        throw new StaleVersionError("MLA request", expectedVersion, current.version);
      }
      if (!canTransition(current.status, input.to)) {
        const allowed = ALLOWED_TRANSITIONS[current.status];
        throw new UserInputError("input.to", `cannot go from ${current.status} to ${input.to}; allowed: ${allowed.length ? allowed.join(", ") : "none (final status)"}`);
      }
      if (current.opened_on && on < current.opened_on) throw new UserInputError("input.on", "must not be before the request was opened");
      await manager.query(
        `UPDATE mla.mla_request SET status = $2, version = version + 1, updated_at = now(),
           opened_on = CASE WHEN $2 = 'SENT' THEN coalesce(opened_on, $3::date) ELSE opened_on END,
           acknowledged_on = CASE WHEN $2 = 'IN_PROGRESS' THEN coalesce(acknowledged_on, $3::date) ELSE acknowledged_on END,
           closed_on = CASE WHEN $4 THEN $3::date ELSE closed_on END,
           refusal_ground = CASE WHEN $2 = 'REFUSED' THEN $5 ELSE refusal_ground END
         WHERE id = $1`,
        [id, input.to, on, isFinal(input.to), ground],
      );
      await this.record(manager, id, current.status, input.to, note, ground);
      return manager.getRepository(MlaRequest).findOneByOrFail({ id });
    });
  }

  private async record(manager: EntityManager, id: string, from: MlaStatus | null, to: MlaStatus, note: string | null, ground: string | null) {
    await manager.query(
      `INSERT INTO mla.mla_request_transition (request_id, from_status, to_status, note, refusal_ground, changed_by, changed_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, from, to, note, ground, this.identity.subject, this.identity.name],
    );
  }
}

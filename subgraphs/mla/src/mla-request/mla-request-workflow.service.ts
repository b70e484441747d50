import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { returnedRows } from "#shared/database/data-source";
import { isUniqueViolation } from "#shared/database/database-error";
import { ConflictError, NotFoundError, StaleVersionError, UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import { render } from "#shared/import/import-messages";
import type { SubgraphPeers } from "#shared/subgraph/peers";
import { checkReferences } from "#shared/subgraph/references";
import { LegalBasisKind, MlaRequest, MlaStatus } from "./mla-request";
import { ChangeOrigin, HistoryEntryKind } from "./mla-request-transition";
import type { CreateMlaRequestInput, TransitionInput } from "./mla-request.input";
import { requestViolations, TEXT_LIMITS, throwFirst, transitionProblem } from "./mla-request.rules";
import { initialStatus, isFinal } from "./mla-status";
import { RefusalGroundCode } from "./refusal-ground";

function text(value: string | null | undefined, field: string, max = 4000): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed.length > max) throw new UserInputError(field, `must be at most ${max} characters`);
  return trimmed === "" ? null : trimmed;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** One entry of a request's history (append-only), as every writer records it. */
export interface HistoryEntry {
  requestId: string;
  kind: HistoryEntryKind;
  from: MlaStatus | null;
  to: MlaStatus;
  note?: string | null;
  refusalGround?: string | null;
  refusalGroundCode?: RefusalGroundCode | null;
  caseId?: string | null;
  changedFields?: string[];
}

/** Appends history entries in one statement, with who made them and how (API or import). */
export async function recordHistory(manager: EntityManager, identity: Identity, origin: ChangeOrigin, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO mla.mla_request_transition (request_id, kind, from_status, to_status, note, refusal_ground, case_id, changed_fields,
       origin, changed_by, changed_by_name, refusal_ground_code)
     SELECT e.request_id, e.kind, e.from_status, e.to_status, e.note, e.refusal_ground, e.case_id,
            CASE WHEN e.changed_fields = '' THEN '{}'::text[] ELSE string_to_array(e.changed_fields, ',') END, $9, $10, $11, e.refusal_ground_code
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $12::text[])
         AS e(request_id, kind, from_status, to_status, note, refusal_ground, case_id, changed_fields, refusal_ground_code)`,
    [
      entries.map((e) => e.requestId), entries.map((e) => e.kind), entries.map((e) => e.from), entries.map((e) => e.to),
      entries.map((e) => e.note ?? null), entries.map((e) => e.refusalGround ?? null), entries.map((e) => e.caseId ?? null),
      entries.map((e) => (e.changedFields ?? []).join(",")), origin, identity.subject, identity.name, entries.map((e) => e.refusalGroundCode ?? null),
    ],
  );
}

/** Creating requests and moving them through the workflow; every accepted transition is kept. */
export class MlaRequestWorkflow {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity, private readonly peers: SubgraphPeers) {}

  /**
   * Idempotent under retry: the client's key is unique; the same key with the same content returns the
   * request made the first time, with other content it is a CONFLICT. A double click never makes two.
   */
  async create(input: CreateMlaRequestInput): Promise<MlaRequest> {
    const key = text(input.idempotencyKey, "input.idempotencyKey", 200);
    if (!key) throw new UserInputError("input.idempotencyKey", "is required");
    const reference = input.reference?.trim() ?? "";
    const country = input.counterpartCountry?.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw new UserInputError("input.counterpartCountry", "must be an ISO 3166-1 alpha-2 code, e.g. TR");
    const agreementId = text(input.legalBasisAgreementId, "input.legalBasisAgreementId", 100);
    const authority = input.counterpartAuthority?.trim() || null;
    if (input.caseId && !isUuid(input.caseId)) throw new UserInputError("input.caseId", "is not a case id");
    throwFirst(
      requestViolations({
        reference, direction: input.direction, counterpartAuthority: authority, legalBasisKind: input.legalBasisKind,
        legalBasisAgreementId: agreementId, openedOn: input.openedOn ?? null, dueOn: input.dueOn ?? null,
      }),
    );
    // The country and the agreement live in the agreements subgraph: one call asks it about both.
    await checkReferences(this.peers, [
      { field: "input.counterpartCountry", entity: "Country", key: country },
      { field: "input.legalBasisAgreementId", entity: "Agreement", key: agreementId },
    ]);
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
      // Two officers recording the same reference at once (with different keys) both pass the check
      // above; the unique index decides, and the second hears CONFLICT.
      const [{ id }] = returnedRows<{ id: string }>(
        await manager.query(
          `INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, counterpart_authority, legal_basis_kind,
             legal_basis_agreement_id, case_id, assistance_types, priority, spontaneous, status, opened_on, due_on, internal_note,
             idempotency_key, idempotency_fingerprint, synthetic)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, false) RETURNING id`,
          [reference, input.direction, country, authority, input.legalBasisKind ?? LegalBasisKind.NOT_STATED,
            agreementId, input.caseId ?? null, [...new Set(input.assistanceTypes)], input.priority, input.spontaneous, status,
            input.openedOn ?? null, input.dueOn ?? null, text(input.internalNote, "input.internalNote"), key, fingerprint],
        ).catch((error: unknown) => {
          throw isUniqueViolation(error)
            ? new ConflictError(`an ${input.direction.toLowerCase()} request with reference ${reference} already exists`, { field: "input.reference" })
            : error;
        }),
      );
      await recordHistory(manager, this.identity, ChangeOrigin.API, [{ requestId: id, kind: HistoryEntryKind.STATUS, from: null, to: status, note: "created" }]);
      return manager.getRepository(MlaRequest).findOneByOrFail({ id });
    });
  }

  async transition(id: string, expectedVersion: number, input: TransitionInput): Promise<MlaRequest> {
    if (!isUuid(id)) throw new NotFoundError("MLA request", id);
    const note = text(input.note, "input.note", TEXT_LIMITS.note);
    const ground = text(input.refusalGround, "input.refusalGround", TEXT_LIMITS.refusalGround);
    throwFirst(requestViolations({ status: input.to, refusalGround: ground, refusalGroundCode: input.refusalGroundCode ?? null }));
    // A refusal given in words only is recorded as OTHER: every refusal counts under a code.
    const groundCode = input.to === MlaStatus.REFUSED ? (input.refusalGroundCode ?? RefusalGroundCode.OTHER) : null;
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
      const problem = transitionProblem(current.status, input.to);
      if (problem) throw new UserInputError("input.to", render(problem, "en"));
      if (current.opened_on && on < current.opened_on) throw new UserInputError("input.on", "must not be before the request was opened");
      await manager.query(
        `UPDATE mla.mla_request SET status = $2, version = version + 1, updated_at = now(),
           opened_on = CASE WHEN $2 = 'SENT' THEN coalesce(opened_on, $3::date) ELSE opened_on END,
           acknowledged_on = CASE WHEN $2 = 'IN_PROGRESS' THEN coalesce(acknowledged_on, $3::date) ELSE acknowledged_on END,
           closed_on = CASE WHEN $4 THEN $3::date ELSE closed_on END,
           refusal_ground = CASE WHEN $2 = 'REFUSED' THEN $5 ELSE refusal_ground END,
           refusal_ground_code = CASE WHEN $2 = 'REFUSED' THEN $6 ELSE refusal_ground_code END
         WHERE id = $1`,
        [id, input.to, on, isFinal(input.to), ground, groundCode],
      );
      await recordHistory(manager, this.identity, ChangeOrigin.API, [
        { requestId: id, kind: HistoryEntryKind.STATUS, from: current.status, to: input.to, note, refusalGround: ground, refusalGroundCode: groundCode },
      ]);
      return manager.getRepository(MlaRequest).findOneByOrFail({ id });
    });
  }
}

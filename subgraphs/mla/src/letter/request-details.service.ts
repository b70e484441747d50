import type { DataSource } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { NotFoundError, StaleVersionError, UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import type { SubgraphPeers } from "#shared/subgraph/peers";
import { checkReferences } from "#shared/subgraph/references";
import { LegalBasisKind, MlaRequest, type AssistanceType, type MlaStatus, type Priority } from "../mla-request/mla-request";
import { ChangeOrigin, HistoryEntryKind } from "../mla-request/mla-request-transition";
import { recordHistory } from "../mla-request/mla-request-workflow.service";
import { requestViolations, throwFirst } from "../mla-request/mla-request.rules";
import { DETAIL_LIMITS, type MlaRequestDetailsInput } from "./request-details.input";

type TextField = keyof typeof DETAIL_LIMITS;
const TEXT_FIELDS = Object.keys(DETAIL_LIMITS) as TextField[];

/** The request's editable fields as stored (columns named as the input fields). */
interface Details extends Record<TextField, string | null> {
  legalBasisKind: LegalBasisKind;
  legalBasisAgreementId: string | null;
  assistanceTypes: AssistanceType[];
  dueOn: string | null;
  priority: Priority;
}

interface Locked extends Details {
  status: MlaStatus;
  version: number;
  openedOn: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The input's changes, trimmed and checked field by field (empty text clears). */
function changesOf(input: MlaRequestDetailsInput): Partial<Details> {
  const changes: Partial<Details> = {};
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const trimmed = value?.trim() ?? "";
    if (trimmed.length > DETAIL_LIMITS[field]) throw new UserInputError(`input.${field}`, `must be at most ${DETAIL_LIMITS[field]} characters`);
    changes[field] = trimmed === "" ? null : trimmed;
  }
  if (changes.contactEmail && !EMAIL.test(changes.contactEmail)) throw new UserInputError("input.contactEmail", "is not an e-mail address");
  if (input.legalBasisKind !== undefined && input.legalBasisKind !== null) changes.legalBasisKind = input.legalBasisKind;
  if (input.legalBasisAgreementId !== undefined) changes.legalBasisAgreementId = input.legalBasisAgreementId?.trim() || null;
  if (input.assistanceTypes !== undefined) changes.assistanceTypes = [...new Set(input.assistanceTypes ?? [])];
  if (input.dueOn !== undefined) changes.dueOn = input.dueOn ?? null;
  if (input.priority !== undefined && input.priority !== null) changes.priority = input.priority;
  // Leaving AGREEMENT takes the agreement and its article with it, unless the input names them (then it is an error below).
  if (changes.legalBasisKind !== undefined && changes.legalBasisKind !== LegalBasisKind.AGREEMENT) {
    if (input.legalBasisAgreementId === undefined) changes.legalBasisAgreementId = null;
    if (input.legalBasisArticle === undefined) changes.legalBasisArticle = null;
  }
  return changes;
}

const same = (a: unknown, b: unknown) => JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

const COLUMNS: Record<keyof Details, string> = {
  counterpartAuthority: "counterpart_authority", legalBasisArticle: "legal_basis_article", assistanceSought: "assistance_sought",
  factsSummary: "facts_summary", requestingAuthority: "requesting_authority", contactName: "contact_name", contactPhone: "contact_phone",
  contactEmail: "contact_email", legalBasisKind: "legal_basis_kind", legalBasisAgreementId: "legal_basis_agreement_id",
  assistanceTypes: "assistance_types", dueOn: "due_on", priority: "priority",
};

/**
 * `updateMlaRequestDetails`: the fields a drafted letter is built from, edited like every request edit
 * (optimistic on expectedVersion, the request row locked, the change kept in its history by field name,
 * never by value: the texts may name people).
 */
export class RequestDetailsEditor {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity, private readonly peers: SubgraphPeers) {}

  async update(id: string, expectedVersion: number, input: MlaRequestDetailsInput): Promise<MlaRequest> {
    if (!isUuid(id)) throw new NotFoundError("MLA request", id);
    const changes = changesOf(input);
    await checkReferences(this.peers, [{ field: "input.legalBasisAgreementId", entity: "Agreement", key: changes.legalBasisAgreementId }]);
    return this.dataSource.transaction(async (manager) => {
      const select = Object.entries(COLUMNS).map(([field, column]) => `${column} AS "${field}"`).join(", ");
      const rows: Locked[] = await manager.query(
        `SELECT status, version, opened_on AS "openedOn", ${select} FROM mla.mla_request WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (rows.length === 0) throw new NotFoundError("MLA request", id);
      const current = rows[0];
      if (current.version !== expectedVersion) throw new StaleVersionError("MLA request", expectedVersion, current.version);
      const next: Details = { ...current, ...changes };
      throwFirst(requestViolations({
        counterpartAuthority: next.counterpartAuthority, legalBasisKind: next.legalBasisKind, legalBasisAgreementId: next.legalBasisAgreementId,
        openedOn: current.openedOn, dueOn: next.dueOn,
      }));
      if (next.legalBasisArticle && next.legalBasisKind !== LegalBasisKind.AGREEMENT) {
        throw new UserInputError("input.legalBasisArticle", "an article needs an agreement as legal basis (legalBasisKind AGREEMENT)");
      }
      const changed = (Object.keys(changes) as (keyof Details)[]).filter((field) => !same(current[field], next[field]));
      if (changed.length > 0) {
        const assignments = changed.map((field, i) => `${COLUMNS[field]} = $${i + 2}`);
        await manager.query(
          `UPDATE mla.mla_request SET ${assignments.join(", ")}, version = version + 1, updated_at = now() WHERE id = $1`,
          [id, ...changed.map((field) => next[field])],
        );
        await recordHistory(manager, this.identity, ChangeOrigin.API, [
          { requestId: id, kind: HistoryEntryKind.UPDATED, from: current.status, to: current.status, changedFields: changed },
        ]);
      }
      return manager.getRepository(MlaRequest).findOneByOrFail({ id });
    });
  }
}

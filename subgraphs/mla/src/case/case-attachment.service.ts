import type { DataSource, EntityManager } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { ConflictError, NotFoundError, StaleVersionError, UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import { message, render } from "#shared/import/import-messages";
import { MlaRequest, type MlaStatus } from "../mla-request/mla-request";
import { ChangeOrigin, HistoryEntryKind } from "../mla-request/mla-request-transition";
import { recordHistory } from "../mla-request/mla-request-workflow.service";

/**
 * Requests credited with results of the case they serve: such a request cannot leave that case (an outcome
 * may only be credited to requests serving its case). Keyed by request id, the case's reference as value.
 */
export async function creditedWithOutcomes(manager: EntityManager, requests: readonly { id: string; caseId: string }[]): Promise<Map<string, string>> {
  if (requests.length === 0) return new Map();
  const rows: { request_id: string; reference: string }[] = await manager.query(
    `SELECT DISTINCT c.request_id::text, k.reference
       FROM unnest($1::uuid[], $2::uuid[]) AS r(id, case_id)
       JOIN mla.outcome_contribution c ON c.request_id = r.id
       JOIN mla.case_outcome o ON o.id = c.outcome_id AND o.case_id = r.case_id
       JOIN mla.criminal_case k ON k.id = o.case_id`,
    [requests.map((r) => r.id), requests.map((r) => r.caseId)],
  );
  return new Map(rows.map((row) => [row.request_id, row.reference]));
}

interface Locked {
  status: MlaStatus;
  version: number;
  case_id: string | null;
}

/** Attaching an existing request to a case and detaching it, optimistic like every edit, kept in history. */
export class CaseAttachment {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  async attach(id: string, expectedVersion: number, caseId: string): Promise<MlaRequest> {
    if (!isUuid(id)) throw new NotFoundError("MLA request", id);
    if (!isUuid(caseId)) throw new UserInputError("input.caseId", "is not a case id");
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, id, expectedVersion);
      const found: { reference: string }[] = await manager.query(`SELECT reference FROM mla.criminal_case WHERE id = $1`, [caseId]);
      if (found.length === 0) throw new UserInputError("input.caseId", `no case ${caseId}`);
      if (current.case_id === caseId) return manager.getRepository(MlaRequest).findOneByOrFail({ id });
      if (current.case_id) {
        const [other] = await manager.query(`SELECT reference FROM mla.criminal_case WHERE id = $1`, [current.case_id]);
        throw new UserInputError("input.caseId", `the request already serves case ${other.reference}: detach it first`);
      }
      await manager.query(`UPDATE mla.mla_request SET case_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, caseId]);
      await recordHistory(manager, this.identity, ChangeOrigin.API, [{ requestId: id, kind: HistoryEntryKind.CASE_ATTACHED, from: current.status, to: current.status, caseId }]);
      return manager.getRepository(MlaRequest).findOneByOrFail({ id });
    });
  }

  async detach(id: string, expectedVersion: number): Promise<MlaRequest> {
    if (!isUuid(id)) throw new NotFoundError("MLA request", id);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, id, expectedVersion);
      if (!current.case_id) throw new UserInputError("id", "the request serves no case");
      const credited = await creditedWithOutcomes(manager, [{ id, caseId: current.case_id }]);
      if (credited.has(id)) throw new ConflictError(render(message("case_has_credited_outcomes", { case: credited.get(id)! }), "en"), { field: "id" });
      await manager.query(`UPDATE mla.mla_request SET case_id = NULL, version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await recordHistory(manager, this.identity, ChangeOrigin.API, [
        { requestId: id, kind: HistoryEntryKind.CASE_DETACHED, from: current.status, to: current.status, caseId: current.case_id },
      ]);
      return manager.getRepository(MlaRequest).findOneByOrFail({ id });
    });
  }

  private async lock(manager: EntityManager, id: string, expectedVersion: number): Promise<Locked> {
    const rows: Locked[] = await manager.query(`SELECT status, version, case_id FROM mla.mla_request WHERE id = $1 FOR UPDATE`, [id]);
    if (rows.length === 0) throw new NotFoundError("MLA request", id);
    if (rows[0].version !== expectedVersion) throw new StaleVersionError("MLA request", expectedVersion, rows[0].version);
    return rows[0];
  }
}

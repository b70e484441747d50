import type { DataSource } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { returnedRows } from "#shared/database/data-source";
import { NotFoundError, StaleVersionError, UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import type { SubgraphPeers } from "#shared/subgraph/peers";
import { checkReferences, type FieldReference } from "#shared/subgraph/references";
import { IndicatorAssessment } from "../indicator/indicator";
import { EvidenceKind } from "./evidence";
import type { EvidenceInput, IndicatorAssessmentInput, StatusUpdateInput } from "./status-update.input";
import { StatusUpdate } from "./status-update";

/** "2024", "2024-H1", "2024-Q3", "2024-05": the reporting periods monitoring bodies use. */
export const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;
export const NOTE_LIMIT = 4000;
export const EVIDENCE_LIMIT = 50;

function checkPeriod(period: string, field: string): string {
  const value = period?.trim();
  if (!PERIOD.test(value)) throw new UserInputError(field, 'write a year or part of one: "2024", "2024-H1", "2024-Q3", "2024-05"');
  return value;
}

/** Evidence must name exactly what its kind says; hub records are checked for form (they live elsewhere). */
function checkEvidence(evidence: EvidenceInput, index: number): void {
  const field = (name: string) => `input.evidence[${index}].${name}`;
  const given = { agreementId: evidence.agreementId, mlaRequestId: evidence.mlaRequestId, measureId: evidence.measureId, documentTitle: evidence.documentTitle?.trim() };
  const required = { AGREEMENT: "agreementId", MLA_REQUEST: "mlaRequestId", MEASURE: "measureId", DOCUMENT: "documentTitle" } as const;
  const needed = required[evidence.kind];
  for (const [name, value] of Object.entries(given)) {
    if (name === needed && !value) throw new UserInputError(field(name), `is required for ${evidence.kind} evidence`);
    if (name !== needed && value) throw new UserInputError(field(name), `does not belong to ${evidence.kind} evidence`);
  }
  if (evidence.kind === EvidenceKind.AGREEMENT && !/^[a-z0-9][a-z0-9-]*$/.test(evidence.agreementId!)) throw new UserInputError(field("agreementId"), "is not an agreement id");
  if (evidence.kind === EvidenceKind.MLA_REQUEST && !isUuid(evidence.mlaRequestId)) throw new UserInputError(field("mlaRequestId"), "is not an MLA request id");
  if (evidence.kind === EvidenceKind.MEASURE && !/^\d+$/.test(evidence.measureId!)) throw new UserInputError(field("measureId"), "is not a measure id");
  if (evidence.documentUrl && !/^https?:\/\/\S+$/.test(evidence.documentUrl)) throw new UserInputError(field("documentUrl"), "must be an http(s) URL");
}

/** The hub records evidence names, each owned by another subgraph: they must exist there. */
function evidenceReferences(evidence: EvidenceInput[]): FieldReference[] {
  return evidence.flatMap((piece, i) => [
    { field: `input.evidence[${i}].agreementId`, entity: "Agreement" as const, key: piece.agreementId },
    { field: `input.evidence[${i}].mlaRequestId`, entity: "MlaRequest" as const, key: piece.mlaRequestId },
    { field: `input.evidence[${i}].measureId`, entity: "Measure" as const, key: piece.measureId },
  ]);
}

export class StatusRecorder {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity, private readonly peers: SubgraphPeers) {}

  /**
   * Appends a status update with its evidence. The recommendation's version guards against two officers
   * recording at once from the same view; a correction names the update it corrects.
   */
  async record(recommendationId: string, expectedVersion: number, input: StatusUpdateInput): Promise<StatusUpdate> {
    const period = checkPeriod(input.reportingPeriod, "input.reportingPeriod");
    const note = input.note?.trim() || null;
    if (note && note.length > NOTE_LIMIT) throw new UserInputError("input.note", `must be at most ${NOTE_LIMIT} characters`);
    if (input.correctsId && !isUuid(input.correctsId)) throw new UserInputError("input.correctsId", "is not a status update id");
    if (input.evidence.length > EVIDENCE_LIMIT) throw new UserInputError("input.evidence", `at most ${EVIDENCE_LIMIT} pieces per update`);
    input.evidence.forEach(checkEvidence);
    // One call to each owning subgraph (agreements for agreements and measures, mla for requests).
    await checkReferences(this.peers, evidenceReferences(input.evidence));
    return this.dataSource.transaction(async (manager) => {
      const rows: { version: number }[] = await manager.query(`SELECT version FROM recommendations.recommendation WHERE id = $1 FOR UPDATE`, [recommendationId]);
      if (rows.length === 0) throw new NotFoundError("recommendation", recommendationId);
      if (rows[0].version !== expectedVersion) {
        throw new StaleVersionError("recommendation", expectedVersion, rows[0].version);
      }
      if (input.correctsId) {
        const corrected = await manager.query(`SELECT 1 FROM recommendations.status_update WHERE id = $1 AND recommendation_id = $2`, [input.correctsId, recommendationId]);
        if (corrected.length === 0) throw new UserInputError("input.correctsId", "is not an update of this recommendation");
      }
      const [{ id }] = returnedRows<{ id: string }>(
        await manager.query(
          `INSERT INTO recommendations.status_update (recommendation_id, status, reporting_period, note, corrects_id, recorded_by, recorded_by_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [recommendationId, input.status, period, note, input.correctsId ?? null, this.identity.subject, this.identity.name],
        ),
      );
      for (const evidence of input.evidence) {
        await manager.query(
          `INSERT INTO recommendations.evidence (status_update_id, kind, agreement_id, mla_request_id, measure_id, document_title, document_url, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, evidence.kind, evidence.agreementId ?? null, evidence.mlaRequestId ?? null, evidence.measureId ?? null,
            evidence.documentTitle?.trim() || null, evidence.documentUrl ?? null, evidence.note?.trim() || null],
        );
      }
      await manager.query(`UPDATE recommendations.recommendation SET version = version + 1 WHERE id = $1`, [recommendationId]);
      return manager.getRepository(StatusUpdate).findOneByOrFail({ id });
    });
  }

  async assessIndicator(itemId: string, input: IndicatorAssessmentInput): Promise<IndicatorAssessment> {
    const period = checkPeriod(input.reportingPeriod, "input.reportingPeriod");
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.query(`SELECT 1 FROM recommendations.indicator_item WHERE id = $1`, [itemId]);
      if (found.length === 0) throw new NotFoundError("indicator item", itemId);
      const [{ id }] = returnedRows<{ id: string }>(
        await manager.query(
          `INSERT INTO recommendations.indicator_assessment (item_id, reporting_period, status, note, recorded_by, recorded_by_name)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [itemId, period, input.status, input.note?.trim() || null, this.identity.subject, this.identity.name],
        ),
      );
      return manager.getRepository(IndicatorAssessment).findOneByOrFail({ id });
    });
  }
}

import type { DataSource } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { returnedRows } from "#shared/database/data-source";
import { isUniqueViolation } from "#shared/database/database-error";
import { ConflictError, NotFoundError, UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import type { CreateCaseInput, RecordOutcomeInput } from "../mla-request/mla-request.input";
import { CaseOutcome, OutcomeKind } from "./case-outcome";
import { CriminalCase } from "./criminal-case";

/** A Criminal Code article: 144-1, 144-2.2, 316-1. */
export const ARTICLE = /^\d{1,3}(-\d{1,2})?(\.\d{1,2}(\.\d{1,2})?)?$/;

export class CaseService {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  async create(input: CreateCaseInput): Promise<CriminalCase> {
    const reference = input.reference?.trim();
    if (!reference) throw new UserInputError("input.reference", "must not be empty");
    if (reference.length > 100) throw new UserInputError("input.reference", "must be at most 100 characters");
    input.articles.forEach((article, i) => {
      if (!ARTICLE.test(article.trim())) throw new UserInputError(`input.articles[${i}]`, "write a Criminal Code article like 144-1 or 144-2.2");
    });
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager.query(`SELECT 1 FROM mla.criminal_case WHERE reference = $1`, [reference]);
      if (exists.length > 0) throw new ConflictError(`case ${reference} already exists`, { field: "input.reference" });
      // Two officers creating the same case at once both pass the check above; the unique index decides.
      const [{ id }] = returnedRows<{ id: string }>(
        await manager
          .query(
            `INSERT INTO mla.criminal_case (reference, articles, opened_on, summary, victim_details, internal_notes)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
            [reference, input.articles.map((a) => a.trim()), input.openedOn ?? null, input.summary?.trim() || null,
              input.victimDetails?.trim() || null, input.internalNotes?.trim() || null],
          )
          .catch((error: unknown) => {
            throw isUniqueViolation(error) ? new ConflictError(`case ${reference} already exists`, { field: "input.reference" }) : error;
          }),
      );
      return manager.getRepository(CriminalCase).findOneByOrFail({ id });
    });
  }

  /** An outcome on a case, credited to the requests serving that case that contributed to it. */
  async recordOutcome(caseId: string, input: RecordOutcomeInput): Promise<CaseOutcome> {
    if (!isUuid(caseId)) throw new NotFoundError("case", caseId);
    if (!(input.quantity > 0)) throw new UserInputError("input.quantity", "must be more than 0");
    if (input.kind !== OutcomeKind.ASSETS_SEIZED && !Number.isInteger(input.quantity)) {
      throw new UserInputError("input.quantity", "counts people or acts: a whole number");
    }
    const requestIds = [...new Set(input.requestIds)];
    if (requestIds.some((id) => !isUuid(id))) throw new UserInputError("input.requestIds", "contains something that is not a request id");
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.query(`SELECT 1 FROM mla.criminal_case WHERE id = $1`, [caseId]);
      if (found.length === 0) throw new NotFoundError("case", caseId);
      if (requestIds.length > 0) {
        const found: { id: string; case_id: string | null }[] = await manager.query(`SELECT id, case_id FROM mla.mla_request WHERE id = ANY($1::uuid[])`, [requestIds]);
        const missing = requestIds.filter((id) => !found.some((f) => f.id === id));
        if (missing.length > 0) throw new UserInputError("input.requestIds", `no MLA request ${missing.join(", ")}`);
        const others = found.filter((f) => f.case_id !== caseId).map((f) => f.id);
        if (others.length > 0) throw new UserInputError("input.requestIds", `not requests serving this case: ${others.join(", ")} (attach them to the case first)`);
      }
      const [{ id }] = returnedRows<{ id: string }>(
        await manager.query(
          `INSERT INTO mla.case_outcome (case_id, kind, quantity, recorded_on, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [caseId, input.kind, input.quantity, input.recordedOn, input.note?.trim() || null, this.identity.subject],
        ),
      );
      // One statement for all the links, whatever their number.
      if (requestIds.length > 0) {
        await manager.query(`INSERT INTO mla.outcome_contribution (outcome_id, request_id) SELECT $1, unnest($2::uuid[])`, [id, requestIds]);
      }
      return manager.getRepository(CaseOutcome).findOneByOrFail({ id });
    });
  }
}

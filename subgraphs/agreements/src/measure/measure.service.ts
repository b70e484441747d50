import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { Deadline, Measure, Recurrence } from "./measure";
import type { MeasureFilter } from "./measure.filter";

export function deadlineOf(measure: Measure): Deadline | null {
  if (!measure.deadlineText && !measure.deadlineFrom && !measure.deadlineTo) return null;
  return {
    asWritten: measure.deadlineText,
    from: measure.deadlineFrom,
    to: measure.deadlineTo,
    recurrence: measure.recurrence,
    relativeTo: measure.relativeTo,
    relativeMonths: measure.relativeMonths,
  };
}

export class MeasureService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Top-level measures across agreements. "Due in a period": a one-off measure's due date (deadline_to)
   * falls in it; a yearly one has an occurrence in it (first occurrence deadline_from, then every year to
   * deadline_to). Computed in SQL.
   */
  async list(filter: MeasureFilter = {}): Promise<Measure[]> {
    if (filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) {
      throw new UserInputError("filter.dueTo", "must not be before dueFrom");
    }
    const query = this.dataSource.getRepository(Measure).createQueryBuilder("m").where("m.parent_id IS NULL");
    if (filter.agreementId) query.andWhere("m.agreement_id = :agreementId", { agreementId: filter.agreementId });
    if (filter.executorId) {
      query.andWhere("EXISTS (SELECT 1 FROM agreements.measure_executor e WHERE e.measure_id = m.id AND e.organization_id = :executorId)", {
        executorId: filter.executorId,
      });
    }
    if (filter.dueFrom || filter.dueTo) {
      const from = filter.dueFrom ?? "-infinity";
      const to = filter.dueTo ?? "infinity";
      query.andWhere(
        `((m.recurrence = '${Recurrence.NONE}' AND m.deadline_to BETWEEN CAST(:dueFrom AS date) AND CAST(:dueTo AS date))
          OR (m.recurrence = '${Recurrence.ANNUAL}' AND EXISTS (
            SELECT 1 FROM generate_series(m.deadline_from, m.deadline_to, interval '1 year') AS occurrence
             WHERE occurrence::date BETWEEN CAST(:dueFrom AS date) AND CAST(:dueTo AS date))))`,
        { dueFrom: from, dueTo: to },
      );
    }
    return query.orderBy("m.agreement_id").addOrderBy("m.position").getMany();
  }
}

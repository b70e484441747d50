import type { EntityManager } from "typeorm";
import { insertIgnoringExisting } from "#shared/database/seed-log";
import { day, type Day } from "../calendar-day";

export interface ReportingDutySeed {
  id: string;
  titleAz: string;
  deadlineAsWritten?: string;
  agreement?: string;
  measure?: { number: string; nth: number };
  legalAct?: string;
  legalBasisAsWritten?: string;
  firstPeriod: number;
  lastPeriod?: number;
  dueYearOffset: number;
  dueMonth?: number;
  dueDay?: number;
  responsibleAsWritten?: string;
  responsible?: string[];
  recipientsAsWritten?: string;
  recipients?: string[];
  note?: string;
  source: string;
  submissions?: { reportedPeriod: number; eventOn?: Day; eventAsWritten: string; source: string }[];
}

/** The measure a duty rests on: the nth measure of that number in its agreement, in source order. */
async function measureId(manager: EntityManager, duty: ReportingDutySeed): Promise<string | null> {
  if (!duty.measure || !duty.agreement) return null;
  const rows: { id: string }[] = await manager.query(
    `SELECT id::text FROM agreements.measure WHERE agreement_id = $1 AND number = $2 ORDER BY position OFFSET $3 LIMIT 1`,
    [duty.agreement, duty.measure.number, duty.measure.nth - 1],
  );
  if (rows.length === 0) throw new Error(`reporting duty ${duty.id}: no measure ${duty.measure.number} (${duty.measure.nth}) in ${duty.agreement}`);
  return rows[0].id;
}

export async function applyReportingDuties(manager: EntityManager, duties: ReportingDutySeed[]): Promise<void> {
  for (const duty of duties) {
    await insertIgnoringExisting(manager, "agreements.reporting_duty", [
      {
        id: duty.id,
        title_az: duty.titleAz,
        deadline_text: duty.deadlineAsWritten ?? null,
        recurrence: "ANNUAL",
        first_period: duty.firstPeriod,
        last_period: duty.lastPeriod ?? null,
        due_year_offset: duty.dueYearOffset,
        due_month: duty.dueMonth ?? null,
        due_day: duty.dueDay ?? null,
        responsible_text: duty.responsibleAsWritten ?? null,
        recipients_text: duty.recipientsAsWritten ?? null,
        note: duty.note ?? null,
        agreement_id: duty.agreement ?? null,
        measure_id: await measureId(manager, duty),
        legal_act_id: duty.legalAct ?? null,
        legal_basis_text: duty.legalBasisAsWritten ?? null,
        source: duty.source,
      },
    ]);
    await insertIgnoringExisting(manager, "agreements.reporting_duty_body", [
      ...(duty.responsible ?? []).map((id) => ({ duty_id: duty.id, organization_id: id, role: "RESPONSIBLE" })),
      ...(duty.recipients ?? []).map((id) => ({ duty_id: duty.id, organization_id: id, role: "RECIPIENT" })),
    ]);
    await insertIgnoringExisting(
      manager,
      "agreements.reporting_duty_submission",
      (duty.submissions ?? []).map((s) => ({
        duty_id: duty.id, reported_period: s.reportedPeriod, event_on: day(s.eventOn), event_as_written: s.eventAsWritten, source: s.source,
      })),
    );
  }
}

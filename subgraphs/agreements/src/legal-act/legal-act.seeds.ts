import type { EntityManager } from "typeorm";
import { insertIgnoringExisting } from "#shared/database/seed-log";
import { day, type Day } from "../calendar-day";

export interface LegalActSeed {
  id: string;
  kind: string;
  kindAsWritten: string;
  number?: string;
  titleAz: string;
  adoptedOn?: Day;
  inForceOn?: Day;
  periodFrom?: Day;
  periodTo?: Day;
  summary?: string;
  approvesAgreement?: string;
  source: string;
  measures?: { section?: string; number?: string; text: string; executors?: string; deadline?: string; source: string }[];
}

export interface LegalActRelationSeed {
  from: string;
  to: string;
  kind: string;
  note?: string;
  source: string;
}

/** Legal acts, their measures (by position in the source) and relations; existing rows are left alone. */
export async function applyLegalActs(manager: EntityManager, acts: LegalActSeed[], relations: LegalActRelationSeed[]): Promise<void> {
  await insertIgnoringExisting(
    manager,
    "agreements.legal_act",
    acts.map((a) => ({
      id: a.id,
      kind: a.kind,
      kind_as_written: a.kindAsWritten,
      number: a.number ?? null,
      title_az: a.titleAz,
      adopted_on: day(a.adoptedOn),
      in_force_on: day(a.inForceOn),
      period_from: day(a.periodFrom),
      period_to: day(a.periodTo),
      summary: a.summary ?? null,
      approves_agreement_id: a.approvesAgreement ?? null,
      source: a.source,
    })),
  );
  await insertIgnoringExisting(
    manager,
    "agreements.legal_act_measure",
    acts.flatMap((a) =>
      (a.measures ?? []).map((m, index) => ({
        legal_act_id: a.id,
        position: index + 1,
        section: m.section ?? null,
        number: m.number ?? null,
        text: m.text,
        executors_text: m.executors ?? null,
        deadline_text: m.deadline ?? null,
        source: m.source,
      })),
    ),
  );
  await insertIgnoringExisting(
    manager,
    "agreements.legal_act_relation",
    relations.map((r) => ({ from_act_id: r.from, to_act_id: r.to, kind: r.kind, note: r.note ?? null, source: r.source })),
  );
}

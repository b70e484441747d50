import type { DataSource, EntityManager } from "typeorm";
import { insertIgnoringExisting, loadSeedDirectory } from "#shared/database/seed-log";
import { seedsDir } from "#shared/paths";
import { day, type Day } from "./calendar-day";
import { applyLegalActs, type LegalActRelationSeed, type LegalActSeed } from "./legal-act/legal-act.seeds";
import { applyReportingDuties, type ReportingDutySeed } from "./obligation/reporting-duty.seeds";

interface PartySeed {
  country?: string;
  organization?: string;
  status: string;
  reservationKind?: string;
  reservation?: string;
  signedOn?: Day;
  ratifiedOn?: Day;
  source?: string;
}

interface AgreementSeed {
  id: string;
  kind: string;
  instrumentType: string;
  framework?: string;
  titleAz?: string;
  titleEn?: string;
  titleRu?: string;
  titleEnSource?: string;
  titleRuSource?: string;
  aliases?: { lang: string; alias: string; source: string }[];
  partiesComplete?: boolean;
  description?: string;
  signedOn?: Day;
  signedPlace?: string;
  adoptedOn?: Day;
  enteredIntoForceOn?: Day;
  periodFrom?: Day;
  periodTo?: Day;
  approvalAct?: { kind?: string; number: string; adoptedOn?: Day; publishedOn?: Day; publication?: string; inForceOn?: Day };
  topics?: string[];
  source: string;
  parties?: PartySeed[];
}

interface MeasureSeed {
  number: string | null;
  section?: string;
  text: string;
  deadline?: string;
  period?: { deadlineFrom?: Day; deadlineTo?: Day; recurrence?: string; relativeTo?: string; relativeMonths?: number };
  executors?: string;
  executorIds?: string[];
  decidingBody?: string;
  items?: { number: string; text: string }[];
}

interface AgreementsSeedDocument {
  countries?: { code: string; nameAz: string; nameEn: string; nameRu: string }[];
  organizations?: { id: string; abbreviation?: string; kind: string; nameAz: string; nameEn?: string; parentId?: string; source: string }[];
  agreements?: AgreementSeed[];
  relations?: { from: string; to: string; kind: string; note?: string; source: string }[];
  measures?: { agreement: string; source?: string; list: MeasureSeed[] }[];
  legalActs?: LegalActSeed[];
  legalActRelations?: LegalActRelationSeed[];
  reportingDuties?: ReportingDutySeed[];
}

async function applyAgreements(manager: EntityManager, agreements: AgreementSeed[]): Promise<void> {
  await insertIgnoringExisting(
    manager,
    "agreements.agreement",
    agreements.map((a) => ({
      id: a.id,
      kind: a.kind,
      instrument_type: a.instrumentType,
      framework_organization_id: a.framework ?? null,
      title_az: a.titleAz ?? null,
      title_en: a.titleEn ?? null,
      title_ru: a.titleRu ?? null,
      title_en_source: a.titleEnSource ?? null,
      title_ru_source: a.titleRuSource ?? null,
      parties_complete: a.partiesComplete ?? false,
      description: a.description ?? null,
      signed_on: day(a.signedOn),
      signed_place: a.signedPlace ?? null,
      adopted_on: day(a.adoptedOn),
      entered_into_force_on: day(a.enteredIntoForceOn),
      period_from: day(a.periodFrom),
      period_to: day(a.periodTo),
      approval_act_kind: a.approvalAct?.kind ?? null,
      approval_act_number: a.approvalAct?.number ?? null,
      approval_adopted_on: day(a.approvalAct?.adoptedOn),
      approval_published_on: day(a.approvalAct?.publishedOn),
      approval_publication: a.approvalAct?.publication ?? null,
      approval_in_force_on: day(a.approvalAct?.inForceOn),
      topics: a.topics ?? [],
      source: a.source,
    })),
  );
  await insertIgnoringExisting(
    manager,
    "agreements.agreement_alias",
    agreements.flatMap((a) => (a.aliases ?? []).map((al) => ({ agreement_id: a.id, lang: al.lang, alias: al.alias, source: al.source }))),
  );
  for (const agreement of agreements) {
    const parties = agreement.parties ?? [];
    for (const key of ["country", "organization"] as const) {
      const rows = parties
        .filter((p) => p[key] !== undefined)
        .map((p) => ({
          agreement_id: agreement.id,
          [key === "country" ? "country_code" : "organization_id"]: p[key],
          status: p.status,
          reservation_kind: p.reservationKind ?? null,
          reservation: p.reservation ?? null,
          signed_on: day(p.signedOn),
          ratified_on: day(p.ratifiedOn),
          source: p.source ?? agreement.source,
        }));
      await insertIgnoringExisting(manager, "agreements.party", rows);
    }
  }
}

/**
 * Measures have no natural key but their place in the source: (agreement, position). A measure already
 * there is left alone, and so are its sub-items and executors.
 */
async function applyMeasures(manager: EntityManager, agreementId: string, list: MeasureSeed[], fallbackSource: string): Promise<void> {
  let position = 0;
  for (const measure of list) {
    position += 1;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO agreements.measure (agreement_id, position, section, number, text, deadline_text, deadline_from, deadline_to,
         recurrence, relative_to, relative_months, executors_text, deciding_body_text, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (agreement_id, position) DO NOTHING RETURNING id`,
      [
        agreementId, position, measure.section ?? null, measure.number, measure.text, measure.deadline ?? null,
        day(measure.period?.deadlineFrom), day(measure.period?.deadlineTo), measure.period?.recurrence ?? "NONE",
        measure.period?.relativeTo ?? null, measure.period?.relativeMonths ?? null, measure.executors ?? null,
        measure.decidingBody ?? null, `${fallbackSource}, ${measure.number ?? measure.section ?? position}`,
      ],
    );
    const parentPosition = position;
    position += measure.items?.length ?? 0;
    if (inserted.length === 0) continue;
    const parentId = inserted[0].id;
    await insertIgnoringExisting(
      manager,
      "agreements.measure_executor",
      (measure.executorIds ?? []).map((organizationId) => ({ measure_id: parentId, organization_id: organizationId })),
    );
    // Sub-items share their parent's deadline and executors; they are stored after it in source order.
    await insertIgnoringExisting(
      manager,
      "agreements.measure",
      (measure.items ?? []).map((item, index) => ({
        agreement_id: agreementId,
        parent_id: parentId,
        position: parentPosition + index + 1,
        section: measure.section ?? null,
        number: item.number,
        text: item.text,
        source: `${fallbackSource}, ${measure.number} ${item.number}`,
      })),
    );
  }
}

async function applyDocument(manager: EntityManager, document: unknown): Promise<void> {
  const doc = document as AgreementsSeedDocument;
  await insertIgnoringExisting(
    manager,
    "agreements.country",
    (doc.countries ?? []).map((c) => ({ code: c.code, name_az: c.nameAz, name_en: c.nameEn, name_ru: c.nameRu })),
  );
  // Parents first, so each row's parent exists when it is inserted.
  const organizations = [...(doc.organizations ?? [])].sort((a, b) => Number(Boolean(a.parentId)) - Number(Boolean(b.parentId)));
  await insertIgnoringExisting(
    manager,
    "agreements.organization",
    organizations.map((o) => ({
      id: o.id,
      abbreviation: o.abbreviation ?? null,
      kind: o.kind,
      name_az: o.nameAz,
      name_en: o.nameEn ?? null,
      parent_id: o.parentId ?? null,
      source: o.source,
    })),
  );
  await applyAgreements(manager, doc.agreements ?? []);
  await insertIgnoringExisting(
    manager,
    "agreements.agreement_relation",
    (doc.relations ?? []).map((r) => ({ from_agreement_id: r.from, to_agreement_id: r.to, kind: r.kind, note: r.note ?? null, source: r.source })),
  );
  for (const group of doc.measures ?? []) {
    await applyMeasures(manager, group.agreement, group.list, group.source ?? "cis-cooperation-programme-2007-2010-law-749-IIIQ.az.txt, measure");
  }
  await applyLegalActs(manager, doc.legalActs ?? [], doc.legalActRelations ?? []);
  await applyReportingDuties(manager, doc.reportingDuties ?? []);
}

export function seedAgreements(dataSource: DataSource) {
  return loadSeedDirectory(dataSource, "agreements", seedsDir("agreements"), applyDocument);
}

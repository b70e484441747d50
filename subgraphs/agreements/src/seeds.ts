import type { DataSource, EntityManager } from "typeorm";
import { insertIgnoringExisting, loadSeedDirectory } from "../../../shared/src/database/seed-log";
import { seedsDir } from "../../../shared/src/paths";

interface PartySeed {
  country?: string;
  organization?: string;
  status: string;
  reservationKind?: string;
  reservation?: string;
  ratifiedOn?: string;
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
  description?: string;
  signedOn?: string;
  signedPlace?: string;
  adoptedOn?: string;
  enteredIntoForceOn?: string;
  source: string;
  parties?: PartySeed[];
}

interface AgreementsSeedDocument {
  countries?: { code: string; nameAz: string; nameEn: string }[];
  organizations?: { id: string; abbreviation: string; kind: string; nameAz: string; nameEn?: string; parentId?: string; source: string }[];
  agreements?: AgreementSeed[];
}

/** YAML dates arrive as Date objects; the tables want calendar days. */
function day(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

async function applyDocument(manager: EntityManager, document: unknown): Promise<void> {
  const doc = document as AgreementsSeedDocument;
  await insertIgnoringExisting(
    manager,
    "agreements.country",
    (doc.countries ?? []).map((c) => ({ code: c.code, name_az: c.nameAz, name_en: c.nameEn }))
  );
  // Parents first, so the foreign key holds within one statement order.
  const organizations = [...(doc.organizations ?? [])].sort((a, b) => Number(Boolean(a.parentId)) - Number(Boolean(b.parentId)));
  await insertIgnoringExisting(
    manager,
    "agreements.organization",
    organizations.map((o) => ({
      id: o.id,
      abbreviation: o.abbreviation,
      kind: o.kind,
      name_az: o.nameAz,
      name_en: o.nameEn ?? null,
      parent_id: o.parentId ?? null,
      source: o.source,
    }))
  );
  const agreements = doc.agreements ?? [];
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
      description: a.description ?? null,
      signed_on: day(a.signedOn),
      signed_place: a.signedPlace ?? null,
      adopted_on: day(a.adoptedOn),
      entered_into_force_on: day(a.enteredIntoForceOn),
      source: a.source,
    }))
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
          ratified_on: day(p.ratifiedOn),
          source: p.source ?? agreement.source,
        }));
      await insertIgnoringExisting(manager, "agreements.party", rows);
    }
  }
}

export function seedAgreements(dataSource: DataSource) {
  return loadSeedDirectory(dataSource, "agreements", seedsDir("agreements"), applyDocument);
}

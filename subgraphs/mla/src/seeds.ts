import type { DataSource, EntityManager } from "typeorm";
import { insertIgnoringExisting, loadSeedDirectory } from "../../../shared/src/database/seed-log";
import { seedsDir } from "../../../shared/src/paths";

interface RequestSeed {
  reference: string;
  direction: string;
  counterpartCountry: string;
  counterpartAuthority?: string;
  legalBasisKind: string;
  legalBasisAgreement?: string;
  status: string;
  source: string;
}

async function applyDocument(manager: EntityManager, document: unknown): Promise<void> {
  const requests = (document as { requests?: RequestSeed[] }).requests ?? [];
  await insertIgnoringExisting(
    manager,
    "mla.mla_request",
    requests.map((r) => ({
      reference: r.reference,
      direction: r.direction,
      counterpart_country_code: r.counterpartCountry,
      counterpart_authority: r.counterpartAuthority ?? null,
      legal_basis_kind: r.legalBasisKind,
      legal_basis_agreement_id: r.legalBasisAgreement ?? null,
      status: r.status,
      synthetic: false,
      source: r.source,
    })),
  );
}

export function seedMla(dataSource: DataSource) {
  return loadSeedDirectory(dataSource, "mla", seedsDir("mla"), applyDocument);
}

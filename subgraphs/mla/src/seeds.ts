import type { DataSource, EntityManager } from "typeorm";
import { insertIgnoringExisting, loadSeedDirectory } from "#shared/database/seed-log";
import type { Logger } from "#shared/logger";
import { seedsDir } from "#shared/paths";
import { loadSyntheticCooperation } from "./demo/synthetic-cooperation";

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

interface ReportedCooperationSeed {
  id: string;
  kind: string;
  direction: string;
  counterpartCountry?: string;
  counterpartOrganization?: string;
  counterpartAsWritten: string;
  year?: number;
  count?: number;
  countAsWritten?: string;
  reportedAsWritten: string;
  source: string;
}

async function applyDocument(manager: EntityManager, document: unknown): Promise<void> {
  const doc = document as { requests?: RequestSeed[]; reportedCooperation?: ReportedCooperationSeed[] };
  const requests = doc.requests ?? [];
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
  // Reported cooperation is not a request: its own table, never in the figures (reported-cooperation/).
  await insertIgnoringExisting(
    manager,
    "mla.reported_cooperation",
    (doc.reportedCooperation ?? []).map((f) => ({
      id: f.id,
      kind: f.kind,
      direction: f.direction,
      counterpart_country_code: f.counterpartCountry ?? null,
      counterpart_organization_id: f.counterpartOrganization ?? null,
      counterpart_as_written: f.counterpartAsWritten,
      year: f.year ?? null,
      count: f.count ?? null,
      count_as_written: f.countAsWritten ?? null,
      reported_as_written: f.reportedAsWritten,
      source: f.source,
    })),
  );
}

/** The modest synthetic set the embedded default loads on first start, so the ranking is not empty. */
export const DEFAULT_DEMO_REQUESTS = 300;

export async function seedMla(dataSource: DataSource, options: { demo: boolean; log: Logger }) {
  const results = await loadSeedDirectory(dataSource, "mla", seedsDir("mla"), applyDocument);
  if (options.demo) {
    const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM mla.mla_request WHERE synthetic`);
    if (Number(count) === 0) {
      const loaded = await loadSyntheticCooperation(dataSource, DEFAULT_DEMO_REQUESTS);
      options.log.info(loaded, "SYNTHETIC demo data loaded");
      results.push({ file: "synthetic demo set", loaded: true });
    }
  }
  return results;
}

import type { DataSource, EntityManager } from "typeorm";
import { insertIgnoringExisting, loadSeedDirectory } from "../../../shared/src/database/seed-log";
import { seedsDir } from "../../../shared/src/paths";

interface RecommendationsSeedDocument {
  sources?: { id: string; body: string; title: string; year?: number; documentRef?: string; source: string }[];
  recommendations?: { source: string; code: string; theme?: string; textAz?: string; textEn?: string }[];
}

async function applyDocument(manager: EntityManager, document: unknown): Promise<void> {
  const doc = document as RecommendationsSeedDocument;
  await insertIgnoringExisting(
    manager,
    "recommendations.recommendation_source",
    (doc.sources ?? []).map((s) => ({ id: s.id, body: s.body, title: s.title, year: s.year ?? null, document_ref: s.documentRef ?? null, source: s.source })),
  );
  await insertIgnoringExisting(
    manager,
    "recommendations.recommendation",
    (doc.recommendations ?? []).map((r) => ({
      id: `${r.source}:${r.code}`,
      source_id: r.source,
      code: r.code,
      text_az: r.textAz ?? null,
      text_en: r.textEn ?? null,
      theme: r.theme ?? null,
    })),
  );
}

export function seedRecommendations(dataSource: DataSource) {
  return loadSeedDirectory(dataSource, "recommendations", seedsDir("recommendations"), applyDocument);
}

import type { DataSource, EntityManager } from "typeorm";
import { insertIgnoringExisting, loadSeedDirectory } from "#shared/database/seed-log";
import { seedsDir } from "#shared/paths";

interface RecommendationsSeedDocument {
  sources?: { id: string; body: string; title: string; year?: number; reportingPeriod?: string; documentRef?: string; source: string }[];
  recommendations?: {
    source: string; code: string; section?: string; theme?: string; textAz?: string; textEn?: string; textRu?: string;
    institutions?: Record<string, string>; marksAsWritten?: string; surveyMarks?: number; seminarMarks?: number; quote: string;
  }[];
  statistics?: { source: string; metric: string; year: number; category?: string; value: number; quote: string }[];
  indicators?: { id: string; name: string; items: Record<string, string> }[];
  baselines?: { item: string; reportingPeriod: string; status: string; quote: string; source: string }[];
}

const INDICATORS_SOURCE = "needs-assessment-response-measures.az.txt, indicator tables (ÇƏRÇİVƏ / ƏMƏLİYYAT indikatorları)";

async function applyDocument(manager: EntityManager, document: unknown): Promise<void> {
  const doc = document as RecommendationsSeedDocument;
  await insertIgnoringExisting(
    manager,
    "recommendations.recommendation_source",
    (doc.sources ?? []).map((s) => ({
      id: s.id, body: s.body, title: s.title, year: s.year ?? null, reporting_period: s.reportingPeriod ?? null, document_ref: s.documentRef ?? null, source: s.source,
    })),
  );
  await insertIgnoringExisting(
    manager,
    "recommendations.recommendation",
    (doc.recommendations ?? []).map((r, index) => ({
      id: `${r.source}:${r.code}`,
      source_id: r.source,
      code: r.code,
      section: r.section ?? null,
      text_az: r.textAz ?? null,
      text_en: r.textEn ?? null,
      text_ru: r.textRu ?? null,
      theme: r.theme ?? null,
      marks_as_written: r.marksAsWritten ?? null,
      survey_marks: r.surveyMarks ?? null,
      seminar_marks: r.seminarMarks ?? null,
      quote: r.quote,
      position: index + 1,
    })),
  );
  // Links to the agreements subgraph's organisations (stored by value, resolved by federation).
  await insertIgnoringExisting(
    manager,
    "recommendations.recommendation_institution",
    (doc.recommendations ?? []).flatMap((r) =>
      Object.entries(r.institutions ?? {}).map(([organizationId, namedAs]) => ({ recommendation_id: `${r.source}:${r.code}`, organization_id: organizationId, named_as: namedAs })),
    ),
  );
  await insertIgnoringExisting(
    manager,
    "recommendations.statistic",
    (doc.statistics ?? []).map((s) => ({ source_id: s.source, metric: s.metric, year: s.year, category: s.category ?? "TOTAL", value: s.value, quote: s.quote })),
  );
  const indicators = doc.indicators ?? [];
  await insertIgnoringExisting(manager, "recommendations.indicator", indicators.map((i) => ({ id: i.id, name: i.name, source: INDICATORS_SOURCE })));
  await insertIgnoringExisting(
    manager,
    "recommendations.indicator_item",
    indicators.flatMap((indicator) =>
      Object.entries(indicator.items).map(([key, text]) => {
        const [dimension, level] = key.split("_");
        return { id: `${indicator.id}-${dimension}-${level}`, indicator_id: indicator.id, dimension, level: Number(level), text };
      }),
    ),
  );
  // One baseline per criterion (unique index): a reloaded file adds none twice.
  await insertIgnoringExisting(
    manager,
    "recommendations.indicator_assessment",
    (doc.baselines ?? []).map((b) => ({
      item_id: b.item, reporting_period: b.reportingPeriod, status: b.status, baseline: true, quote: b.quote, source: b.source,
      recorded_by: "seed", recorded_by_name: "Ehtiyacların qiymətləndirilməsi (mənbə)",
    })),
  );
}

export function seedRecommendations(dataSource: DataSource) {
  return loadSeedDirectory(dataSource, "recommendations", seedsDir("recommendations"), applyDocument);
}

import type { DataSource } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { NotFoundError, UserInputError } from "#shared/errors";
import { newestPerLanguage, translationText } from "#shared/subgraph/translations";
import { Recommendation } from "../recommendation/recommendation";
import { Lang, type RecommendationTranslation, type TranslationInput } from "./recommendation-translation";

/** The hub's longest free text (DEFAULT_MAX_LENGTH): recommendation texts are paragraphs. */
export const TRANSLATION_LIMIT = 4000;

function officialText(recommendation: Recommendation, lang: Lang): string | null {
  return { AZ: recommendation.textAz, EN: recommendation.textEn, RU: recommendation.textRu }[lang];
}

/** The newest translation per language, leaving out languages the source gives a text in (those always win). */
export function unofficialTexts(recommendation: Recommendation, translations: readonly RecommendationTranslation[]): RecommendationTranslation[] {
  return newestPerLanguage(translations, [Lang.AZ, Lang.EN, Lang.RU].filter((lang) => !officialText(recommendation, lang)));
}

/** Staff add a recommendation's text in a language the source does not give: kept with who and when, never official. */
export class RecommendationTranslations {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  async add(recommendationId: string, input: TranslationInput): Promise<Recommendation> {
    const text = translationText(input.text, TRANSLATION_LIMIT);
    return this.dataSource.transaction(async (manager) => {
      const [recommendation] = await manager
        .getRepository(Recommendation)
        .createQueryBuilder("r")
        .setLock("pessimistic_read")
        .where("r.id = :id", { id: recommendationId })
        .getMany();
      if (!recommendation) throw new NotFoundError("recommendation", recommendationId);
      if (officialText(recommendation, input.lang)) {
        throw new UserInputError("input.lang", "the recommendation has the source's text in this language, which always wins over a translation");
      }
      await manager.query(
        `INSERT INTO recommendations.recommendation_translation (recommendation_id, lang, text, translated_by, translated_by_name) VALUES ($1, $2, $3, $4, $5)`,
        [recommendationId, input.lang, text, this.identity.subject, this.identity.name],
      );
      return recommendation;
    });
  }
}

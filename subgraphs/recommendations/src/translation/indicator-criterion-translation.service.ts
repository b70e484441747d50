import type { DataSource } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { NotFoundError, UserInputError } from "#shared/errors";
import { newestPerLanguage, translationText } from "#shared/subgraph/translations";
import { IndicatorItem } from "../indicator/indicator";
import type { IndicatorCriterionTranslation } from "./indicator-criterion-translation";
import { Lang, type TranslationInput } from "./recommendation-translation";
import { TRANSLATION_LIMIT } from "./recommendation-translation.service";

/** The current translation per language: the newest row (a new one replaces it; older ones stay as history). */
export function currentTranslations(translations: readonly IndicatorCriterionTranslation[]): IndicatorCriterionTranslation[] {
  return newestPerLanguage(translations, [Lang.EN, Lang.RU]);
}

/** Staff translate an indicator criterion, which the needs assessment gives only in Azerbaijani. */
export class IndicatorCriterionTranslations {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  async add(itemId: string, input: TranslationInput): Promise<IndicatorItem> {
    if (input.lang === Lang.AZ) throw new UserInputError("input.lang", "the source's Azerbaijani text always wins over a translation");
    const text = translationText(input.text, TRANSLATION_LIMIT);
    return this.dataSource.transaction(async (manager) => {
      const [item] = await manager.getRepository(IndicatorItem).createQueryBuilder("i").setLock("pessimistic_read").where("i.id = :id", { id: itemId }).getMany();
      if (!item) throw new NotFoundError("indicator criterion", itemId);
      await manager.query(
        `INSERT INTO recommendations.indicator_item_translation (item_id, lang, text, translated_by, translated_by_name) VALUES ($1, $2, $3, $4, $5)`,
        [itemId, input.lang, text, this.identity.subject, this.identity.name],
      );
      return item;
    });
  }
}

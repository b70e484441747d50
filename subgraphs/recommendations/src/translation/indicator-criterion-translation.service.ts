import type { DataSource } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { NotFoundError, UserInputError } from "#shared/errors";
import { IndicatorItem } from "../indicator/indicator";
import type { IndicatorCriterionTranslation } from "./indicator-criterion-translation";
import { Lang, type TranslationInput } from "./recommendation-translation";
import { TRANSLATION_LIMIT } from "./recommendation-translation.service";

/** The current translation per language: the newest row (a new one replaces it; older ones stay as history). */
export function currentTranslations(translations: readonly IndicatorCriterionTranslation[]): IndicatorCriterionTranslation[] {
  const newest = new Map<Lang, IndicatorCriterionTranslation>();
  for (const translation of translations) {
    const seen = newest.get(translation.lang);
    if (!seen || Number(translation.id) > Number(seen.id)) newest.set(translation.lang, translation);
  }
  return [Lang.EN, Lang.RU].flatMap((lang) => newest.get(lang) ?? []);
}

/** Staff translate an indicator criterion, which the needs assessment gives only in Azerbaijani. */
export class IndicatorCriterionTranslations {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  async add(itemId: string, input: TranslationInput): Promise<IndicatorItem> {
    const text = input.text?.trim() ?? "";
    if (input.lang === Lang.AZ) throw new UserInputError("input.lang", "the source's Azerbaijani text always wins over a translation");
    if (!text) throw new UserInputError("input.text", "must not be empty");
    if (text.length > TRANSLATION_LIMIT) throw new UserInputError("input.text", `must be at most ${TRANSLATION_LIMIT} characters`);
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

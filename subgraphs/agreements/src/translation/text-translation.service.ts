import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { NotFoundError, UserInputError } from "#shared/errors";
import { newestPerLanguage, translationText } from "#shared/subgraph/translations";
import { Lang } from "../agreement/agreement";
import type { TranslationInput } from "../agreement/agreement-names.input";
import { TRANSLATION_LIMIT } from "../agreement/title-translation.service";
import { Measure } from "../measure/measure";
import { ReportingDuty } from "../obligation/reporting-duty";
import type { TextTranslation } from "./text-translation";

/**
 * The current translation per language: the newest row (a new one replaces it; older ones stay as history).
 * Azerbaijani is never among them: measures' texts and duties' titles are the sources' Azerbaijani, which
 * always wins.
 */
export function currentTranslations<T extends TextTranslation>(translations: readonly T[]): T[] {
  return newestPerLanguage(translations, [Lang.EN, Lang.RU]);
}

/** Staff translate a measure's text or a reporting duty's title, which the sources give only in Azerbaijani. */
export class TextTranslations {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  addToMeasure(measureId: string, input: TranslationInput): Promise<Measure> {
    if (!/^\d{1,18}$/.test(measureId)) throw new NotFoundError("measure", measureId);
    return this.add(Measure, "measure", measureId, "measure_text_translation (measure_id", input);
  }

  addToReportingDuty(dutyId: string, input: TranslationInput): Promise<ReportingDuty> {
    return this.add(ReportingDuty, "reporting duty", dutyId, "reporting_duty_title_translation (duty_id", input);
  }

  private async add<E extends ObjectLiteral>(entity: EntityTarget<E>, what: string, id: string, tableAndKey: string, input: TranslationInput): Promise<E> {
    if (input.lang === Lang.AZ) throw new UserInputError("input.lang", "the source's Azerbaijani text always wins over a translation");
    const text = translationText(input.text, TRANSLATION_LIMIT);
    return this.dataSource.transaction(async (manager) => {
      const [record] = await manager.getRepository(entity).createQueryBuilder("r").setLock("pessimistic_read").where("r.id = :id", { id }).getMany();
      if (!record) throw new NotFoundError(what, id);
      await manager.query(
        `INSERT INTO agreements.${tableAndKey}, lang, text, translated_by, translated_by_name) VALUES ($1, $2, $3, $4, $5)`,
        [id, input.lang, text, this.identity.subject, this.identity.name],
      );
      return record;
    });
  }
}

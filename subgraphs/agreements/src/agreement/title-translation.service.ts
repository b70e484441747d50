import type { DataSource } from "typeorm";
import type { Identity } from "#shared/auth/identity";
import { NotFoundError, UserInputError } from "#shared/errors";
import { newestPerLanguage, translationText } from "#shared/subgraph/translations";
import { Agreement, Lang } from "./agreement";
import type { TranslationInput } from "./agreement-names.input";
import { agreementTitle } from "./agreement.service";
import type { AgreementTitleTranslation } from "./title-translation";

export const TRANSLATION_LIMIT = 1000;

/** The newest translation per language, leaving out languages with an official title (those always win). */
export function unofficialTitles(agreement: Agreement, translations: readonly AgreementTitleTranslation[]): AgreementTitleTranslation[] {
  return newestPerLanguage(translations, [Lang.AZ, Lang.EN, Lang.RU].filter((lang) => !agreementTitle(agreement, lang)));
}

/** Staff add an agreement's title in a language no source gives it in: kept with who and when, never official. */
export class TitleTranslations {
  constructor(private readonly dataSource: DataSource, private readonly identity: Identity) {}

  async add(agreementId: string, input: TranslationInput): Promise<Agreement> {
    const title = translationText(input.text, TRANSLATION_LIMIT);
    return this.dataSource.transaction(async (manager) => {
      // Locked so an official title given meanwhile cannot slip under a translation made for its absence.
      const [agreement] = await manager.getRepository(Agreement).createQueryBuilder("a").setLock("pessimistic_read").where("a.id = :id", { id: agreementId }).getMany();
      if (!agreement) throw new NotFoundError("agreement", agreementId);
      if (agreementTitle(agreement, input.lang)) {
        throw new UserInputError("input.lang", "the agreement has an official title in this language, which always wins over a translation");
      }
      await manager.query(
        `INSERT INTO agreements.agreement_title_translation (agreement_id, lang, title, translated_by, translated_by_name) VALUES ($1, $2, $3, $4, $5)`,
        [agreementId, input.lang, title, this.identity.subject, this.identity.name],
      );
      return agreement;
    });
  }
}

import { href } from "../../app/router";
import { graphql } from "../../generated";
import { LocalizedText } from "../../components/text";
import type { Texts } from "../../i18n/localized";

// A legal act's name on staff pages: its number and its title in each language (the sources give only
// Azerbaijani, so other languages show it with the fallback marker until the API has more).
graphql(`
  fragment LegalActLabel on LegalAct {
    id
    number
    titleAz: title(lang: AZ)
    titleEn: title(lang: EN)
    titleRu: title(lang: RU)
  }
`);

export interface LegalActName {
  id: string;
  number?: string | null;
  titleAz?: string | null;
  titleEn?: string | null;
  titleRu?: string | null;
}

export function legalActTexts(act: LegalActName): Texts {
  return { az: act.titleAz, en: act.titleEn, ru: act.titleRu };
}

/** "609-IVQD · title" linking to the act's page; an act without a title in any language shows its id. */
export function LegalActLink({ act, link = true }: { act: LegalActName; link?: boolean }) {
  const name = (
    <>
      {act.number ? <span className="nowrap">{act.number}</span> : null}
      {act.number ? " · " : null}
      <LocalizedText texts={legalActTexts(act)} empty={act.id} />
    </>
  );
  return link ? (
    <a href={href(["legal-acts", act.id])} className="legal-act-link" data-act={act.id}>
      {name}
    </a>
  ) : (
    name
  );
}

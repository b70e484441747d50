import { href } from "../app/router";
import { useI18n, type CountryNames } from "../i18n/language";
import { agreementTexts, type Texts } from "../i18n/localized";
import type { EnumName, EnumTexts } from "../i18n/types";

const LANG_NAMES = { az: "lang.az", en: "lang.en", ru: "lang.ru" } as const;

/**
 * A record's text in the chosen language; when the record has none in it, another language's text with
 * a small marker naming that language ("az"), so a fallback is never mistaken for a translation.
 */
export function LocalizedText({ texts, empty = "—" }: { texts: Texts; empty?: string }) {
  const i18n = useI18n();
  const picked = i18n.pick(texts);
  if (!picked) return <>{empty}</>;
  if (!picked.fallback && !picked.unofficial) return <>{picked.text}</>;
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {picked.unofficial ? (
        <>
          {" "}
          <UnofficialMark />
        </>
      ) : null}
      {picked.fallback ? (
        <>
          {" "}
          <span className="lang-mark" title={i18n.t("fallbackMark", { lang: i18n.t(LANG_NAMES[picked.lang]) })}>
            {picked.lang}
          </span>
        </>
      ) : null}
    </>
  );
}

/** A translation staff made: not from any source, shown beside (never instead of) an official text. */
export function UnofficialMark() {
  const { t } = useI18n();
  return (
    <span className="unofficial-mark" title={t("translation.unofficialHint")}>
      {t("translation.unofficial")}
    </span>
  );
}

/** The plain text of an agreement's name in the chosen language (for charts, selects and CSV). */
export function useAgreementLabel() {
  const i18n = useI18n();
  return (agreement: Parameters<typeof agreementTexts>[0]) => {
    const picked = i18n.pick(agreementTexts(agreement));
    if (!picked) return agreement.id;
    const marks = [picked.unofficial ? i18n.t("translation.unofficial") : null, picked.fallback ? picked.lang : null].filter(Boolean);
    return marks.length ? `${picked.text} [${marks.join(", ")}]` : picked.text;
  };
}

export function AgreementLink({ agreement }: { agreement: Parameters<typeof agreementTexts>[0] }) {
  return (
    <a href={href(["agreements", agreement.id])} className="agreement-link">
      <LocalizedText texts={agreementTexts(agreement)} />
    </a>
  );
}

/** An enum value by its name in the chosen language; the explanation on hover and for screen readers. */
export function EnumValue<Name extends EnumName>({ name, value, tag }: { name: Name; value: keyof EnumTexts[Name] & string; tag?: boolean }) {
  const { e } = useI18n();
  const text = e(name, value);
  return (
    <span className={tag ? `tag enum-${value.toLowerCase()}` : "enum"} title={text.hint} data-value={value}>
      {text.label}
    </span>
  );
}

/** Generated demo data, never from a source. */
export function SyntheticTag({ synthetic }: { synthetic: boolean }) {
  const { t } = useI18n();
  return synthetic ? (
    <span className="tag synthetic" title={t("syntheticHint")}>
      {t("synthetic")}
    </span>
  ) : null;
}

export function CountryName({ country }: { country: CountryNames | null | undefined }) {
  const { countryName, lang } = useI18n();
  const fallsBack = lang === "ru" && country && !country.nameRu;
  return (
    <span title={country?.code} lang={fallsBack ? "en" : undefined}>
      {countryName(country)}
    </span>
  );
}

/** Who translated a text and when (the name only for staff: partners get none). */
export function TranslatedBy({ at, by }: { at: string; by?: string | null }) {
  const i18n = useI18n();
  return <span className="muted translated-by">({[by, i18n.dateTime(at)].filter(Boolean).join(", ")})</span>;
}

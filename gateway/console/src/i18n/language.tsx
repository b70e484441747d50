import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { DICTIONARIES } from "./dictionaries";
import { pickText, type Picked, type Texts } from "./localized";
import { storedLang, storeLang } from "./stored-lang";
import type { EnumName, EnumText, EnumTexts, LabelKey, Lang } from "./types";

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A label, with {name} placeholders filled from params. */
  t(key: LabelKey, params?: Record<string, string | number>): string;
  /** An enum value's label and one-line explanation. */
  e<Name extends EnumName>(name: Name, value: keyof EnumTexts[Name]): EnumText;
  /** A record's text in the chosen language, or in another (marked) when it has none. */
  pick(texts: Texts): Picked | null;
  /** A country's name in the chosen language, as the API gives it; "—" for a country the API could not resolve. */
  countryName(country: CountryNames | null | undefined): string;
  number(value: number): string;
  dateTime(iso: string): string;
}

const LanguageContext = createContext<I18n | null>(null);

/**
 * What the CountryName fragment selects. `nameRu` may be missing: partners' registered documents written
 * before it existed select only nameAz and nameEn (changing them would change their hashes), so Russian
 * falls back to the English name there, marked as English.
 */
export interface CountryNames {
  code: string;
  nameAz: string;
  nameEn: string;
  nameRu?: string | null;
}

/**
 * A moment as YYYY-MM-DD HH:MM in the browser's time zone: the console writes dates the way the API does
 * (browsers' Azerbaijani date formats are incomplete), the same in every language.
 */
function localDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const i18n = useMemo<I18n>(() => {
    const dictionary = DICTIONARIES[lang];
    return {
      lang,
      setLang,
      t: (key, params) => dictionary.labels[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole)),
      e: (name, value) => (dictionary.enums[name] as Record<PropertyKey, EnumText>)[value] ?? { label: String(value), hint: "" },
      pick: (texts) => pickText(texts, lang),
      countryName: (country) => (!country ? "—" : lang === "az" ? country.nameAz : lang === "en" ? country.nameEn : (country.nameRu ?? country.nameEn)),
      number: (value) => value.toLocaleString(dictionary.locale),
      dateTime: (iso) => localDateTime(iso),
    };
  }, [lang, setLang]);
  return <LanguageContext.Provider value={i18n}>{children}</LanguageContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(LanguageContext);
  if (!i18n) throw new Error("useI18n outside LanguageProvider");
  return i18n;
}

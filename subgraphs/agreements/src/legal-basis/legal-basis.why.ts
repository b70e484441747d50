import { Lang } from "../agreement/agreement";
import { PartyStatus } from "../agreement/party";
import type { Country } from "../country/country";
import { LegalBasisApplicability, LegalBasisInForce, type LegalBasisOption, type LegalBasisSide } from "./legal-basis-option";

/** The sentences of `LegalBasisOption.why`, one dictionary per language. */
const WHY: Record<Lang, {
  both: string;
  incomplete: string;
  reciprocity: string;
  notListed: string;
  inForce: string;
  datesUnknown: string;
  status: Record<PartyStatus, string>;
}> = {
  [Lang.AZ]: {
    both: "Hər iki dövlət tərəfdir: {az} — {azStanding}; {cp} — {cpStanding}.",
    incomplete: "Tərəflərin siyahısı tam olmaya bilər: {az} — {azStanding}; {cp} — {cpStanding}. Hər ikisinin tərəf olduğunu yoxlayın.",
    reciprocity: "Müqavilə yoxdur: hüquqi yardım qarşılıqlılıq əsasında.",
    notListed: "siyahıda yoxdur",
    inForce: " Qüvvədədir: {date} tarixindən.",
    datesUnknown: " Qüvvəyə minmə tarixi qeyd olunmayıb.",
    status: {
      SIGNED: "imzalayıb", SIGNED_WITH_RESERVATION: "qeyd-şərtlə imzalayıb", NOT_SIGNED: "imzalamayıb", RATIFIED: "ratifikasiya edib",
      ACCEDED: "qoşulub", WITHDRAWN: "çıxıb", PARTY: "tərəfdir",
    },
  },
  [Lang.EN]: {
    both: "Both states are parties: {az} — {azStanding}; {cp} — {cpStanding}.",
    incomplete: "The party list may be incomplete: {az} — {azStanding}; {cp} — {cpStanding}. Check that both are parties.",
    reciprocity: "No agreement: assistance on the basis of reciprocity.",
    notListed: "not listed",
    inForce: " In force since {date}.",
    datesUnknown: " No date of entry into force is recorded.",
    status: {
      SIGNED: "signed", SIGNED_WITH_RESERVATION: "signed with a reservation", NOT_SIGNED: "not signed", RATIFIED: "ratified",
      ACCEDED: "acceded", WITHDRAWN: "withdrew", PARTY: "party",
    },
  },
  [Lang.RU]: {
    both: "Оба государства — участники: {az} — {azStanding}; {cp} — {cpStanding}.",
    incomplete: "Список участников может быть неполным: {az} — {azStanding}; {cp} — {cpStanding}. Проверьте, что оба государства — участники.",
    reciprocity: "Договора нет: помощь на основе взаимности.",
    notListed: "нет в списке",
    inForce: " Действует с {date}.",
    datesUnknown: " Дата вступления в силу не записана.",
    status: {
      SIGNED: "подписало", SIGNED_WITH_RESERVATION: "подписало с оговоркой", NOT_SIGNED: "не подписало", RATIFIED: "ратифицировало",
      ACCEDED: "присоединилось", WITHDRAWN: "вышло", PARTY: "участник",
    },
  },
};

/** A country's name in the language: the seeds' Azerbaijani and English names, CLDR's Russian one. */
export function countryName(country: Country | null, code: string, lang: Lang): string {
  if (lang === Lang.RU) return new Intl.DisplayNames(["ru"], { type: "region" }).of(code) ?? code;
  if (!country) return code;
  return lang === Lang.EN ? country.nameEn : country.nameAz;
}

function day(value: string, lang: Lang): string {
  return lang === Lang.EN ? value : value.split("-").reverse().join(".");
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}

function standing(side: LegalBasisSide, lang: Lang): string {
  const words = WHY[lang];
  if (!side.listed || !side.status) return words.notListed;
  return side.since ? `${words.status[side.status]} (${day(side.since, lang)})` : words.status[side.status];
}

/** Why the option applies, in one or two sentences: which parties, their status, since when. */
export function explain(option: LegalBasisOption, countries: { azerbaijan: Country | null; counterpart: Country | null }, lang: Lang): string {
  const words = WHY[lang];
  if (option.applicability === LegalBasisApplicability.RECIPROCITY || !option.azerbaijan || !option.counterpart) return words.reciprocity;
  const template = option.applicability === LegalBasisApplicability.BOTH_PARTIES ? words.both : words.incomplete;
  const sentence = fill(template, {
    az: countryName(countries.azerbaijan, option.azerbaijan.countryCode, lang),
    azStanding: standing(option.azerbaijan, lang),
    cp: countryName(countries.counterpart, option.counterpart.countryCode, lang),
    cpStanding: standing(option.counterpart, lang),
  });
  if (option.inForce === LegalBasisInForce.DATES_UNKNOWN) return sentence + words.datesUnknown;
  return option.inForceSince ? sentence + fill(words.inForce, { date: day(option.inForceSince, lang) }) : sentence;
}

import { Lang } from "../agreement/agreement";
import { PartyStatus } from "../agreement/party";
import { countryNameIn, type Country } from "../country/country";
import { LegalBasisApplicability, LegalBasisInForce, type LegalBasisOption, type LegalBasisSide } from "./legal-basis-option";

/** The sentences of `LegalBasisOption.why`, one dictionary per language. */
const WHY: Record<Lang, {
  both: string;
  incomplete: string;
  recordedUse: string;
  reciprocity: string;
  notListed: string;
  inForce: string;
  datesUnknown: string;
  notInForce: string;
  status: Record<PartyStatus, string>;
}> = {
  [Lang.AZ]: {
    both: "Hər iki dövlət tərəfdir: {az} — {azStanding}; {cp} — {cpStanding}.",
    incomplete: "Tərəflərin siyahısı tam olmaya bilər: {az} — {azStanding}; {cp} — {cpStanding}. Hər ikisinin tərəf olduğunu yoxlayın.",
    recordedUse: "Bu ölkə ilə sorğular onun əsasında göndərilib, lakin qeydlər onun hər iki dövlət üçün məcburi olduğunu göstərmir: {az} — {azStanding}; {cp} — {cpStanding}.",
    reciprocity: "Müqavilə yoxdur: hüquqi yardım qarşılıqlılıq əsasında.",
    notListed: "siyahıda yoxdur",
    inForce: " Qüvvədədir: {date} tarixindən.",
    datesUnknown: " Qüvvəyə minmə tarixi qeyd olunmayıb.",
    notInForce: " Həmin gün qüvvədə deyil.",
    status: {
      SIGNED: "imzalayıb", SIGNED_WITH_RESERVATION: "qeyd-şərtlə imzalayıb", NOT_SIGNED: "imzalamayıb", RATIFIED: "ratifikasiya edib",
      ACCEDED: "qoşulub", WITHDRAWN: "çıxıb", PARTY: "tərəfdir",
    },
  },
  [Lang.EN]: {
    both: "Both states are parties: {az} — {azStanding}; {cp} — {cpStanding}.",
    incomplete: "The party list may be incomplete: {az} — {azStanding}; {cp} — {cpStanding}. Check that both are parties.",
    recordedUse: "Requests with this country were made under it, but the records do not show that it binds both states: {az} — {azStanding}; {cp} — {cpStanding}.",
    reciprocity: "No agreement: assistance on the basis of reciprocity.",
    notListed: "not listed",
    inForce: " In force since {date}.",
    datesUnknown: " No date of entry into force is recorded.",
    notInForce: " Not in force on that day.",
    status: {
      SIGNED: "signed", SIGNED_WITH_RESERVATION: "signed with a reservation", NOT_SIGNED: "not signed", RATIFIED: "ratified",
      ACCEDED: "acceded", WITHDRAWN: "withdrew", PARTY: "party",
    },
  },
  [Lang.RU]: {
    both: "Оба государства — участники: {az} — {azStanding}; {cp} — {cpStanding}.",
    incomplete: "Список участников может быть неполным: {az} — {azStanding}; {cp} — {cpStanding}. Проверьте, что оба государства — участники.",
    recordedUse: "Запросы с этой страной направлялись на его основании, но записи не показывают, что он обязывает оба государства: {az} — {azStanding}; {cp} — {cpStanding}.",
    reciprocity: "Договора нет: помощь на основе взаимности.",
    notListed: "нет в списке",
    inForce: " Действует с {date}.",
    datesUnknown: " Дата вступления в силу не записана.",
    notInForce: " В этот день не действует.",
    status: {
      SIGNED: "подписало", SIGNED_WITH_RESERVATION: "подписало с оговоркой", NOT_SIGNED: "не подписало", RATIFIED: "ратифицировало",
      ACCEDED: "присоединилось", WITHDRAWN: "вышло", PARTY: "участник",
    },
  },
};

/** A country's name in the language (Country.name); its code when the hub does not know it. */
export function countryName(country: Country | null, code: string, lang: Lang): string {
  return country ? countryNameIn(country, lang) : code;
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
  const template = { [LegalBasisApplicability.BOTH_PARTIES]: words.both, [LegalBasisApplicability.PARTY_LIST_INCOMPLETE]: words.incomplete,
    [LegalBasisApplicability.RECORDED_USE_ONLY]: words.recordedUse, [LegalBasisApplicability.RECIPROCITY]: words.reciprocity }[option.applicability];
  const sentence = fill(template, {
    az: countryName(countries.azerbaijan, option.azerbaijan.countryCode, lang),
    azStanding: standing(option.azerbaijan, lang),
    cp: countryName(countries.counterpart, option.counterpart.countryCode, lang),
    cpStanding: standing(option.counterpart, lang),
  });
  if (option.inForce === LegalBasisInForce.DATES_UNKNOWN) return sentence + words.datesUnknown;
  if (option.inForce === LegalBasisInForce.NOT_IN_FORCE) return sentence + words.notInForce;
  return option.inForceSince ? sentence + fill(words.inForce, { date: day(option.inForceSince, lang) }) : sentence;
}

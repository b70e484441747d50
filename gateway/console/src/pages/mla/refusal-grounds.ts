import type { RefusalGroundCode } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import type { I18n } from "../../i18n/language";

/** The grounds in the order the form lists them (the Azerbaijani dictionary's order). */
export const REFUSAL_GROUNDS = enumValues("RefusalGroundCode");

/**
 * The words the console's first version wrote before the details ("İkili cinayətkarlıq yoxdur: …"), when
 * the API kept grounds as text only. A record written so reads its code from them (migration
 * 1764700000000); shown, they are not repeated after the ground's name.
 */
const FIRST_CONSOLE_WORDS: Partial<Record<RefusalGroundCode, string>> = {
  POLITICAL_OFFENCE: "Siyasi cinayət",
  SOVEREIGNTY_SECURITY: "Suverenliyə, təhlükəsizliyə və ya ictimai qaydaya zərər",
  CONTRARY_TO_LAW: "Sorğu olunan dövlətin qanunvericiliyinə ziddir",
  NO_DUAL_CRIMINALITY: "İkili cinayətkarlıq yoxdur",
  NE_BIS_IN_IDEM: "Eyni əmələ görə artıq hökm var (ne bis in idem)",
  INSUFFICIENT_INFORMATION: "Məlumat kifayət deyil",
};

/** The details of a refusal: its words, less the listed ground's name an old record starts with. */
export function groundDetails(code: RefusalGroundCode | null | undefined, words: string | null | undefined): string | null {
  const text = words?.trim();
  if (!text) return null;
  const prefix = code ? FIRST_CONSOLE_WORDS[code] : undefined;
  if (prefix && text === prefix) return null;
  if (prefix && text.startsWith(`${prefix}: `)) return text.slice(prefix.length + 2);
  return text;
}

/** A refusal's ground in the user's language: the listed ground, then the details in the words written. */
export function describeGround(code: RefusalGroundCode | null | undefined, words: string | null | undefined, i18n: I18n): string | null {
  const details = groundDetails(code, words);
  if (!code) return details;
  // OTHER is "any other ground": the words are the ground, the code adds nothing to read.
  if (code === "OTHER" && details) return details;
  const label = i18n.e("RefusalGroundCode", code).label;
  return details ? `${label}: ${details}` : label;
}

import { comparableName } from "#shared/database/az-fold";
import { RefusalGroundCode } from "./refusal-ground";

/**
 * Each refusal ground's name in az, en and ru, exactly as the console shows it (its label in
 * gateway/console/src/i18n/*-enums.ts): what a person copies into a spreadsheet. The console's bundle
 * keeps its own dictionaries; test/refusal-ground-names.test.ts fails when the two differ.
 */
export const REFUSAL_GROUND_NAMES: Record<RefusalGroundCode, Record<"az" | "en" | "ru", string>> = {
  POLITICAL_OFFENCE: { az: "Siyasi cinayət", en: "Political offence", ru: "Политическое преступление" },
  SOVEREIGNTY_SECURITY: {
    az: "Suverenliyə, təhlükəsizliyə və ya ictimai qaydaya zərər",
    en: "Prejudice to sovereignty, security or public order",
    ru: "Ущерб суверенитету, безопасности или общественному порядку",
  },
  CONTRARY_TO_LAW: {
    az: "Sorğu olunan dövlətin qanunvericiliyinə ziddir",
    en: "Contrary to the requested state's law",
    ru: "Противоречит законодательству запрашиваемого государства",
  },
  NO_DUAL_CRIMINALITY: { az: "İkili cinayətkarlıq yoxdur", en: "No dual criminality", ru: "Отсутствие двойной преступности" },
  NE_BIS_IN_IDEM: {
    az: "Eyni əmələ görə artıq hökm var (ne bis in idem)",
    en: "Already tried for the same act (ne bis in idem)",
    ru: "Лицо уже осуждено за то же деяние (non bis in idem)",
  },
  INSUFFICIENT_INFORMATION: { az: "Məlumat kifayət deyil", en: "Insufficient information", ru: "Недостаточно сведений" },
  OTHER: { az: "Digər (aşağıda yazın)", en: "Other (write below)", ru: "Иное (укажите ниже)" },
};

/** "Other (write below)" is also "Other": a name without the console's closing remark in brackets. */
const withoutRemark = (name: string) => name.replace(/\s*\([^)]*\)\s*$/u, "");

const BY_NAME = new Map<string, RefusalGroundCode>();
for (const code of Object.values(RefusalGroundCode)) {
  BY_NAME.set(comparableName(code.replace(/_/g, " ")), code);
  for (const name of Object.values(REFUSAL_GROUND_NAMES[code])) {
    BY_NAME.set(comparableName(name), code);
    BY_NAME.set(comparableName(withoutRemark(name)), code);
  }
}

/**
 * The ground a spreadsheet cell names: its code in any case, with spaces or dashes for underscores
 * (`no dual criminality`), or its name in az, en or ru, folded like country names (case, Azerbaijani
 * letters, quotes, spaces). Undefined when it names none.
 */
export function refusalGroundByName(text: string): RefusalGroundCode | undefined {
  return BY_NAME.get(comparableName(text.replace(/[_-]+/g, " ")));
}

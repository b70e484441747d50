import { az } from "./az";
import { en } from "./en";
import type { Labels, Language } from "./labels";
import { ru } from "./ru";

export const LABELS: Record<Language, Labels> = { az, en, ru };

export function labelsFor(lang: Language): Labels {
  return LABELS[lang];
}

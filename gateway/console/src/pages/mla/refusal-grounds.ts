import { DICTIONARIES } from "../../i18n/dictionaries";
import type { I18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";

/**
 * Grounds on which MLA is refused under the conventions the hub tracks (European Convention on Mutual
 * Assistance in Criminal Matters art. 2, CIS Minsk Convention 1993 art. 19, UNTOC art. 18(21)).
 */
export const REFUSAL_GROUNDS = ["POLITICAL_OFFENCE", "SOVEREIGNTY_SECURITY", "CONTRARY_TO_LAW", "NO_DUAL_CRIMINALITY", "NE_BIS_IN_IDEM", "INSUFFICIENT_INFORMATION", "OTHER"] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export const groundKey = (ground: RefusalGround) => `refusal.${ground}` as LabelKey;

/**
 * The API keeps the ground as text; the console writes the listed ground in Azerbaijani (the record's
 * language), then the details: "Siyasi cinayət: …". Any language's console reads it back (readGround).
 */
export function composeGround(ground: RefusalGround, details: string): string {
  const text = details.trim();
  if (ground === "OTHER") return text;
  const label = DICTIONARIES.az.labels[groundKey(ground)];
  return text ? `${label}: ${text}` : label;
}

/** A stored ground in the user's language where it starts with a listed ground; as written otherwise. */
export function readGround(stored: string, i18n: I18n): string {
  for (const ground of REFUSAL_GROUNDS) {
    if (ground === "OTHER") continue;
    const label = DICTIONARIES.az.labels[groundKey(ground)];
    if (stored === label || stored.startsWith(`${label}: `)) return `${i18n.t(groundKey(ground))}${stored.slice(label.length)}`;
  }
  return stored;
}

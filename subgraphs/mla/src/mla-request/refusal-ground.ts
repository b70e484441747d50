import { registerEnumType } from "type-graphql";

/**
 * Grounds on which mutual legal assistance is refused under the conventions the hub tracks (European
 * Convention on Mutual Assistance in Criminal Matters art. 2, CIS Minsk Convention 1993 art. 19, UNTOC
 * art. 18(21)); the details stay free text beside the code.
 */
export enum RefusalGroundCode {
  SOVEREIGNTY_SECURITY = "SOVEREIGNTY_SECURITY",
  POLITICAL_OFFENCE = "POLITICAL_OFFENCE",
  CONTRARY_TO_LAW = "CONTRARY_TO_LAW",
  NO_DUAL_CRIMINALITY = "NO_DUAL_CRIMINALITY",
  NE_BIS_IN_IDEM = "NE_BIS_IN_IDEM",
  INSUFFICIENT_INFORMATION = "INSUFFICIENT_INFORMATION",
  /** Any other ground, or a ground recorded only in words (before codes, or by a writer that gives none). */
  OTHER = "OTHER",
}
registerEnumType(RefusalGroundCode, {
  name: "RefusalGroundCode",
  description: "Why a request was refused: the usual grounds of the MLA conventions; the details are free text.",
});

export const REFUSAL_GROUND_CODES = Object.values(RefusalGroundCode);

/** The code a refusal reads as: its own, or OTHER for one recorded in words only (a writer that gave no code). */
export function refusalCodeOf(refused: boolean, code: RefusalGroundCode | null, words: string | null): RefusalGroundCode | null {
  if (!refused) return null;
  return code ?? (words ? RefusalGroundCode.OTHER : null);
}

/**
 * The key of a LegalBasisOption, shared by the subgraph that lists the options (agreements) and the one
 * that adds their track records (mla): `agreement:<agreement id>:<country code>` or
 * `reciprocity:<country code>`.
 */
export interface LegalBasisOptionKey {
  /** Null for reciprocity. */
  agreementId: string | null;
  countryCode: string;
}

export function legalBasisOptionId({ agreementId, countryCode }: LegalBasisOptionKey): string {
  return agreementId === null ? `reciprocity:${countryCode}` : `agreement:${agreementId}:${countryCode}`;
}

/** The agreement (null for reciprocity) and country an id names; null when it is not an option id. */
export function parseLegalBasisOptionId(id: string): LegalBasisOptionKey | null {
  const reciprocity = /^reciprocity:([A-Z]{2})$/.exec(id);
  if (reciprocity) return { agreementId: null, countryCode: reciprocity[1] };
  const agreement = /^agreement:(.+):([A-Z]{2})$/.exec(id);
  return agreement ? { agreementId: agreement[1], countryCode: agreement[2] } : null;
}

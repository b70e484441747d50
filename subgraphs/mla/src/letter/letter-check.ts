import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { CriminalCase } from "../case/criminal-case";
import { Direction, LegalBasisKind, type MlaRequest } from "../mla-request/mla-request";

/** What a request letter cannot be drafted without (the UNODC MLA Request Writer Tool checks the same kind of things). */
export enum LetterGapCode {
  /** Only outgoing requests are drafted: an incoming one is answered, not written. */
  NOT_OUTGOING = "NOT_OUTGOING",
  /** Legal basis not stated, or an agreement the hub does not know. */
  LEGAL_BASIS = "LEGAL_BASIS",
  /** The request serves no national case. */
  CASE = "CASE",
  /** The case names no Criminal Code article. */
  CRIMINAL_CODE_ARTICLES = "CRIMINAL_CODE_ARTICLES",
  FACTS_SUMMARY = "FACTS_SUMMARY",
  ASSISTANCE_TYPES = "ASSISTANCE_TYPES",
  ASSISTANCE_SOUGHT = "ASSISTANCE_SOUGHT",
  /** The foreign authority the letter is addressed to. */
  COUNTERPART_AUTHORITY = "COUNTERPART_AUTHORITY",
  REQUESTING_AUTHORITY = "REQUESTING_AUTHORITY",
  /** A contact person with a telephone number or an e-mail address. */
  CONTACT = "CONTACT",
}
registerEnumType(LetterGapCode, { name: "LetterGapCode" });

@ObjectType({ description: "Something a drafted letter needs that the request does not hold." })
export class LetterGap {
  @Field(() => LetterGapCode)
  code!: LetterGapCode;

  @Field({ description: "Where to fill it in: a field of updateMlaRequestDetails' input, caseId (attachRequestToCase) or case.articles." })
  field!: string;
}

@ObjectType({ description: "Whether a request letter can be drafted, and what is missing (docs/legal-basis.md)." })
export class LetterCheck {
  @Field({ description: "True when nothing is missing." })
  ready!: boolean;

  @Field(() => [LetterGap], { description: "In the order of the letter's sections." })
  missing!: LetterGap[];
}

const filled = (value: string | null | undefined) => Boolean(value && value.trim());

/**
 * What the letter of `request` lacks. Deadline and the treaty's article are optional (the letter then says
 * "as soon as possible", or cites the agreement without an article); everything else is required.
 */
export function letterGaps(request: MlaRequest, criminalCase: CriminalCase | null): LetterGap[] {
  const gaps: LetterGap[] = [];
  const add = (code: LetterGapCode, field: string) => gaps.push({ code, field });
  if (request.direction !== Direction.OUTGOING) add(LetterGapCode.NOT_OUTGOING, "direction");
  if (request.legalBasisKind === LegalBasisKind.NOT_STATED) add(LetterGapCode.LEGAL_BASIS, "legalBasisKind");
  else if (request.legalBasisKind === LegalBasisKind.AGREEMENT && !filled(request.legalBasisAgreementId)) add(LetterGapCode.LEGAL_BASIS, "legalBasisAgreementId");
  if (!criminalCase) add(LetterGapCode.CASE, "caseId");
  else if (criminalCase.articles.length === 0) add(LetterGapCode.CRIMINAL_CODE_ARTICLES, "case.articles");
  if (!filled(request.factsSummary)) add(LetterGapCode.FACTS_SUMMARY, "factsSummary");
  if (request.assistanceTypes.length === 0) add(LetterGapCode.ASSISTANCE_TYPES, "assistanceTypes");
  if (!filled(request.assistanceSought)) add(LetterGapCode.ASSISTANCE_SOUGHT, "assistanceSought");
  if (!filled(request.counterpartAuthority)) add(LetterGapCode.COUNTERPART_AUTHORITY, "counterpartAuthority");
  if (!filled(request.requestingAuthority)) add(LetterGapCode.REQUESTING_AUTHORITY, "requestingAuthority");
  if (!filled(request.contactName)) add(LetterGapCode.CONTACT, "contactName");
  else if (!filled(request.contactPhone) && !filled(request.contactEmail)) add(LetterGapCode.CONTACT, "contactEmail");
  return gaps;
}

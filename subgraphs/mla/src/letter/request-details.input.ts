import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "#shared/subgraph/input-limits";
import { References } from "#shared/subgraph/references";
import { TEXT_LIMITS } from "../mla-request/mla-request.rules";
import { AssistanceType, LegalBasisKind, Priority } from "../mla-request/mla-request";

/** Longest text accepted per field (characters). */
export const DETAIL_LIMITS = {
  counterpartAuthority: TEXT_LIMITS.counterpartAuthority,
  legalBasisArticle: 100,
  assistanceSought: 4000,
  factsSummary: 20000,
  requestingAuthority: 300,
  contactName: 200,
  contactPhone: 50,
  contactEmail: 200,
} as const;

/** What a drafted letter is built from, editable after creation; only the fields given change, null clears. */
@InputType({ description: "Fields of an MLA request that its drafted letter needs; only the fields given change (null clears)." })
export class MlaRequestDetailsInput {
  @Field(() => String, { nullable: true, description: "The foreign authority the request is addressed to." })
  counterpartAuthority?: string | null;

  @Field(() => LegalBasisKind, { nullable: true, description: "Moving away from AGREEMENT clears the agreement and its article unless given." })
  legalBasisKind?: LegalBasisKind;

  @References("Agreement")
  @Field(() => ID, { nullable: true, description: "Required when legalBasisKind is AGREEMENT." })
  legalBasisAgreementId?: string | null;

  @Field(() => String, { nullable: true, description: "The article of the agreement relied on, e.g. 'art. 18'; only with an agreement." })
  legalBasisArticle?: string | null;

  @Field(() => [AssistanceType], { nullable: true })
  assistanceTypes?: AssistanceType[] | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. The assistance sought, in words." })
  assistanceSought?: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. The facts for the requested authority; the only text of the case that reaches the letter." })
  @MaxLength(DETAIL_LIMITS.factsSummary)
  factsSummary?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "When execution is needed by." })
  dueOn?: string | null;

  @Field(() => Priority, { nullable: true })
  priority?: Priority;

  @Field(() => String, { nullable: true, description: "The Azerbaijani authority making the request." })
  requestingAuthority?: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Contact person." })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL." })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL." })
  contactEmail?: string | null;
}

import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parseLegalBasisOptionId } from "#shared/subgraph/legal-basis-option-id";
import { CooperationPeriod, CooperationSummary } from "../cooperation/cooperation-summary";
import { checkPeriod } from "../cooperation/cooperation.service";
import type { MlaContext } from "../loaders";
import { LegalBasisOption } from "./legal-basis-option";

/** `_entities` for LegalBasisOption: any well-formed id (the figures of a pair without requests are empty). */
export function resolveLegalBasisOption(reference: { id: string }): LegalBasisOption | null {
  return parseLegalBasisOptionId(reference.id) ? reference : null;
}

@Resolver(() => LegalBasisOption)
export class LegalBasisOptionMlaResolver {
  @Authorized("viewer")
  @FieldResolver(() => CooperationSummary, {
    description:
      "What MLA requests with that country under that agreement (or under reciprocity) produced: in and out, executed, refused with grounds, pending, median days, case outcomes (mla subgraph, from the maintained cooperation figures).",
  })
  trackRecord(
    @Root() option: LegalBasisOption,
    @Ctx() { loaders }: MlaContext,
    @Arg("period", () => CooperationPeriod, { nullable: true }) period?: CooperationPeriod,
    @Arg("includeSynthetic", () => Boolean, { nullable: true, defaultValue: false, description: "Count generated demo requests too (see syntheticRequests)." }) includeSynthetic?: boolean | null,
  ) {
    checkPeriod(period);
    return loaders.trackRecordByLegalBasisOption.load({ key: option.id, args: { period: period ? { ...period } : undefined, includeSynthetic: includeSynthetic ?? false } });
  }
}

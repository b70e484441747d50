import { isUuid } from "#shared/database/uuid";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "../mla-request/mla-request";
import { CreateCaseInput, RecordOutcomeInput } from "../mla-request/mla-request.input";
import { CaseOutcome } from "./case-outcome";
import { CaseService } from "./case.service";
import { CriminalCase } from "./criminal-case";

@Resolver(() => CriminalCase)
export class CaseResolver {
  @Query(() => CriminalCase, { nullable: true })
  case(@Ctx() { loaders }: MlaContext, @Arg("id", () => ID) id: string) {
    return isUuid(id) ? loaders.criminalCase.load(id) : null;
  }

  @FieldResolver(() => [MlaRequest], { description: "The MLA requests serving this case." })
  requests(@Root() criminalCase: CriminalCase, @Ctx() { loaders }: MlaContext) {
    return loaders.requestsByCase.load(criminalCase.id);
  }

  @FieldResolver(() => [CaseOutcome], { description: "Results recorded over time." })
  outcomes(@Root() criminalCase: CriminalCase, @Ctx() { loaders }: MlaContext) {
    return loaders.outcomesByCase.load(criminalCase.id);
  }

  @Authorized("officer")
  @Mutation(() => CriminalCase, { description: "Record a national case (officer)." })
  createCase(@Ctx() { db, identity }: MlaContext, @Arg("input", () => CreateCaseInput) input: CreateCaseInput) {
    return new CaseService(db, identity).create(input);
  }

  @Authorized("officer")
  @Mutation(() => CaseOutcome, { description: "Record a result on a case and the requests that contributed to it (officer)." })
  recordCaseOutcome(@Ctx() { db, identity }: MlaContext, @Arg("caseId", () => ID) caseId: string, @Arg("input", () => RecordOutcomeInput) input: RecordOutcomeInput) {
    return new CaseService(db, identity).recordOutcome(caseId, input);
  }
}

@Resolver(() => CaseOutcome)
export class CaseOutcomeResolver {
  @FieldResolver(() => [MlaRequest], { description: "The requests that contributed to this result." })
  async contributingRequests(@Root() outcome: CaseOutcome, @Ctx() { loaders }: MlaContext) {
    const ids = await loaders.requestIdsByOutcome.load(outcome.id);
    return (await loaders.request.loadMany(ids)).filter((r): r is MlaRequest => r instanceof MlaRequest);
  }
}

import { isUuid } from "#shared/database/uuid";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConnectionType } from "#shared/subgraph/connection";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "../mla-request/mla-request";
import { CreateCaseInput, RecordOutcomeInput } from "../mla-request/mla-request.input";
import { CaseOutcome } from "./case-outcome";
import { CaseList } from "./case-list.service";
import { CaseFilter, CaseOrder } from "./case.filter";
import { CaseService } from "./case.service";
import { CriminalCase } from "./criminal-case";

export const CaseConnection = ConnectionType(CriminalCase, "Case");

@Resolver(() => CriminalCase)
export class CaseResolver {
  @Authorized("viewer")
  @Query(() => CaseConnection, { description: "National cases, newest first unless orderBy says otherwise (Relay connection; staff only)." })
  cases(
    @Ctx() { db }: MlaContext,
    @Arg("filter", () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0-100 (default 20)." }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("orderBy", () => CaseOrder, { nullable: true }) orderBy?: CaseOrder,
  ) {
    return new CaseList(db).list(filter, first, after, orderBy);
  }

  @Query(() => CriminalCase, { nullable: true })
  case(@Ctx() { loaders }: MlaContext, @Arg("id", () => ID) id: string) {
    return isUuid(id) ? loaders.criminalCase.load(id) : null;
  }

  @FieldResolver(() => [MlaRequest], { description: "The MLA requests serving this case." })
  requests(@Root() criminalCase: CriminalCase, @Ctx() { loaders }: MlaContext) {
    return loaders.requestsByCase.load(criminalCase.id);
  }

  @FieldResolver(() => Int, { description: "How many MLA requests serve this case." })
  requestCount(@Root() criminalCase: CriminalCase, @Ctx() { loaders }: MlaContext) {
    return loaders.requestCountByCase.load(criminalCase.id);
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

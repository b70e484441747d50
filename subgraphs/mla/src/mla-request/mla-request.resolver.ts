import { isUuid } from "#shared/database/uuid";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { connectionSelection } from "#shared/subgraph/selection";
import { ConnectionType } from "#shared/subgraph/connection";
import { Agreement } from "../agreement/agreement";
import { CaseOutcome } from "../case/case-outcome";
import { CriminalCase } from "../case/criminal-case";
import { Country } from "../country/country";
import type { MlaContext } from "../loaders";
import { MlaRequest, MlaStatus } from "./mla-request";
import { MlaRequestTransition } from "./mla-request-transition";
import { MlaRequestWorkflow } from "./mla-request-workflow.service";
import { MlaRequestFilter } from "./mla-request.filter";
import { MlaRequestOrder } from "./mla-request.order";
import { CreateMlaRequestInput, TransitionInput } from "./mla-request.input";
import { MlaRequestService } from "./mla-request.service";
import { countryOrderFor } from "./country-order";
import { ALLOWED_TRANSITIONS } from "./mla-status";
import { RefusalGroundCode, refusalCodeOf } from "./refusal-ground";

export const MlaRequestConnection = ConnectionType(MlaRequest, "MlaRequest");

@Resolver(() => MlaRequest)
export class MlaRequestResolver {
  @Query(() => MlaRequestConnection, { description: "MLA requests, newest first unless orderBy says otherwise (Relay connection)." })
  async mlaRequests(
    @Ctx() context: MlaContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => MlaRequestFilter, { nullable: true }) filter?: MlaRequestFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("orderBy", () => MlaRequestOrder, { nullable: true, description: "Sort column and direction; a cursor belongs to the order it was read in." }) orderBy?: MlaRequestOrder,
  ) {
    const countryOrder = await countryOrderFor(context, orderBy);
    return new MlaRequestService(context.db).list({ filter, first, after, orderBy, countryOrder, selection: connectionSelection(info) });
  }

  @Query(() => MlaRequest, { nullable: true })
  mlaRequest(@Ctx() { loaders }: MlaContext, @Arg("id", () => ID) id: string) {
    return isUuid(id) ? loaders.request.load(id) : null;
  }

  @FieldResolver(() => Agreement, {
    nullable: true,
    description: "The agreement the request relies on; null for reciprocity or when not stated, and when the agreements subgraph does not know legalBasisAgreementId.",
  })
  legalBasis(@Root() request: MlaRequest): Agreement | null {
    return request.legalBasisAgreementId ? { id: request.legalBasisAgreementId } : null;
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: "Resolved by the agreements subgraph; null if it does not know counterpartCountryCode, so the request still shows.",
  })
  counterpartCountry(@Root() request: MlaRequest): Country {
    return { code: request.counterpartCountryCode };
  }

  @FieldResolver(() => CriminalCase, { nullable: true, description: "The national case it serves." })
  case(@Root() request: MlaRequest, @Ctx() { loaders }: MlaContext) {
    return request.caseId ? loaders.criminalCase.load(request.caseId) : null;
  }

  @FieldResolver(() => [MlaRequestTransition], { description: "Every accepted status change, oldest first." })
  history(@Root() request: MlaRequest, @Ctx() { loaders }: MlaContext) {
    return loaders.transitionsByRequest.load(request.id);
  }

  @FieldResolver(() => [MlaStatus], { description: "Where it may go next (the workflow's allowed transitions)." })
  nextStatuses(@Root() request: MlaRequest): readonly MlaStatus[] {
    return ALLOWED_TRANSITIONS[request.status];
  }

  @FieldResolver(() => RefusalGroundCode, { nullable: true, description: "For a refusal: the ground from the list (OTHER where it was recorded in words only); details in refusalGround." })
  refusalGroundCode(@Root() request: MlaRequest): RefusalGroundCode | null {
    return refusalCodeOf(request.status === MlaStatus.REFUSED, request.refusalGroundCode, request.refusalGround);
  }

  @FieldResolver(() => [CaseOutcome], { description: "Case results it contributed to." })
  contributedTo(@Root() request: MlaRequest, @Ctx() { loaders }: MlaContext) {
    return loaders.outcomesByRequest.load(request.id);
  }

  @Authorized("officer")
  @Mutation(() => MlaRequest, { description: "Record a request; retrying with the same idempotencyKey returns the same request (officer)." })
  createMlaRequest(@Ctx() { db, identity, peers }: MlaContext, @Arg("input", () => CreateMlaRequestInput) input: CreateMlaRequestInput) {
    return new MlaRequestWorkflow(db, identity, peers).create(input);
  }

  @Authorized("officer")
  @Mutation(() => MlaRequest, { description: "Move a request to its next status; CONFLICT if expectedVersion is stale (officer)." })
  transitionMlaRequest(
    @Ctx() { db, identity, peers }: MlaContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => TransitionInput) input: TransitionInput,
  ) {
    return new MlaRequestWorkflow(db, identity, peers).transition(id, expectedVersion, input);
  }
}

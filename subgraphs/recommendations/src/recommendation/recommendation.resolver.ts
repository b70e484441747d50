import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConnectionType } from "#shared/subgraph/connection";
import { Agreement } from "../agreement/agreement";
import { Organization } from "../agreement/references";
import type { RecommendationsContext } from "../loaders";
import { Evidence, EvidenceKind } from "../status/evidence";
import { progress, ProgressGrouping, ProgressRow } from "../status/progress";
import { StatusRecorder } from "../status/status-recorder.service";
import { RecommendationStatus, StatusUpdate } from "../status/status-update";
import { StatusUpdateInput } from "../status/status-update.input";
import { Recommendation } from "./recommendation";
import { RecommendationSource } from "./recommendation-source";
import { RecommendationFilter } from "./recommendation.filter";
import { RecommendationOrder } from "./recommendation.order";
import { RecommendationService } from "./recommendation.service";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export const RecommendationConnection = ConnectionType(Recommendation, "Recommendation", { partnerVisible: true });

async function evidenceOf(recommendation: Recommendation, { loaders }: RecommendationsContext): Promise<Evidence[]> {
  const updates = await loaders.updatesByRecommendation.load(recommendation.id);
  const lists = await loaders.evidenceByUpdate.loadMany(updates.map((u) => u.id));
  return lists.flatMap((list) => (Array.isArray(list) ? list : []));
}

/** The update that stands: newest of the latest reporting period. */
export function currentUpdate(updates: StatusUpdate[]): StatusUpdate | null {
  return [...updates].sort((a, b) => b.reportingPeriod.localeCompare(a.reportingPeriod) || b.recordedAt.getTime() - a.recordedAt.getTime())[0] ?? null;
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @PartnerVisible()
  @Query(() => RecommendationConnection, { description: "Recommendations by source, theme, status, institution, period or text (Relay connection)." })
  recommendations(
    @Ctx() { db }: RecommendationsContext,
    @Arg("filter", () => RecommendationFilter, { nullable: true }) filter?: RecommendationFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @PartnerVisible() @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("orderBy", () => RecommendationOrder, { nullable: true, description: "Sort column and direction (default: by relevance when searching, else in each source's order)." }) orderBy?: RecommendationOrder,
  ) {
    return new RecommendationService(db).list(filter, first, after, orderBy);
  }

  @PartnerVisible()
  @Query(() => Recommendation, { nullable: true })
  recommendation(@Ctx() { loaders }: RecommendationsContext, @Arg("id", () => ID) id: string) {
    return loaders.recommendation.load(id);
  }

  @PartnerVisible()
  @Query(() => [RecommendationSource])
  recommendationSources(@Ctx() { db }: RecommendationsContext) {
    return db.getRepository(RecommendationSource).find({ order: { id: "ASC" } });
  }

  @PartnerVisible()
  @Query(() => [ProgressRow], { description: "Per source (or theme) and reporting period, how many recommendations stood in each status." })
  recommendationProgress(
    @Ctx() { db }: RecommendationsContext,
    @Arg("groupBy", () => ProgressGrouping, { defaultValue: ProgressGrouping.SOURCE }) groupBy: ProgressGrouping,
    @PartnerVisible() @Arg("reportingPeriod", () => String, { nullable: true }) reportingPeriod?: string,
  ) {
    return progress(db, groupBy, reportingPeriod);
  }

  @PartnerVisible()
  @FieldResolver(() => [Organization], {
    nullable: "items",
    description: "Institutions the recommendation's text names (police, State Migration Service, NGOs…), resolved by the agreements subgraph; an entry is null if that subgraph does not know the organisation.",
  })
  async institutions(@Root() recommendation: Recommendation, @Ctx() { loaders }: RecommendationsContext): Promise<Organization[]> {
    return (await loaders.institutionsByRecommendation.load(recommendation.id)).map((link) => ({ id: link.organizationId }));
  }

  @PartnerVisible()
  @FieldResolver(() => [String], { description: "The words that name each institution in the text, in the order of institutions." })
  async institutionsAsWritten(@Root() recommendation: Recommendation, @Ctx() { loaders }: RecommendationsContext): Promise<string[]> {
    return (await loaders.institutionsByRecommendation.load(recommendation.id)).map((link) => link.namedAs);
  }

  @PartnerVisible()
  @FieldResolver(() => RecommendationSource)
  source(@Root() recommendation: Recommendation, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.source.load(recommendation.sourceId);
  }

  @PartnerVisible()
  @FieldResolver(() => RecommendationStatus, { description: "Current status: the latest update's, NOT_STARTED without one." })
  async status(@Root() recommendation: Recommendation, @Ctx() { loaders }: RecommendationsContext): Promise<RecommendationStatus> {
    return currentUpdate(await loaders.updatesByRecommendation.load(recommendation.id))?.status ?? RecommendationStatus.NOT_STARTED;
  }

  @FieldResolver(() => [StatusUpdate], { description: "Every status update, oldest first; corrections are updates too." })
  history(@Root() recommendation: Recommendation, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.updatesByRecommendation.load(recommendation.id);
  }

  @FieldResolver(() => [Evidence], { description: "The evidence of all its updates." })
  evidence(@Root() recommendation: Recommendation, @Ctx() context: RecommendationsContext) {
    return evidenceOf(recommendation, context);
  }

  @PartnerVisible()
  @FieldResolver(() => [Agreement], {
    nullable: "items",
    description: "Agreements its evidence names; ask for their cooperation (mla) to see what they produced on cases. An entry is null when the agreements subgraph does not know its id (see evidence { agreementId }).",
  })
  async cooperationAgreements(@Root() recommendation: Recommendation, @Ctx() context: RecommendationsContext): Promise<Agreement[]> {
    const ids = (await evidenceOf(recommendation, context)).filter((e) => e.kind === EvidenceKind.AGREEMENT).map((e) => e.agreementId!);
    return [...new Set(ids)].map((id) => ({ id }));
  }

  @Authorized("officer")
  @Mutation(() => StatusUpdate, { description: "Record where a recommendation stands, with evidence; CONFLICT if expectedVersion is stale (officer)." })
  recordStatusUpdate(
    @Ctx() { db, identity, peers }: RecommendationsContext,
    @Arg("recommendationId", () => ID) recommendationId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => StatusUpdateInput) input: StatusUpdateInput,
  ) {
    return new StatusRecorder(db, identity, peers).record(recommendationId, expectedVersion, input);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Agreement } from "../agreement/agreement";
import { Measure, MlaRequest } from "../agreement/references";
import type { RecommendationsContext } from "../loaders";
import { Recommendation } from "../recommendation/recommendation";
import { Evidence } from "./evidence";
import { StatusUpdate } from "./status-update";

@Resolver(() => StatusUpdate)
export class StatusUpdateResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() update: StatusUpdate, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.evidenceByUpdate.load(update.id);
  }

  @FieldResolver(() => StatusUpdate, { nullable: true, description: "The earlier update this one corrects." })
  corrects(@Root() update: StatusUpdate, @Ctx() { loaders }: RecommendationsContext) {
    return update.correctsId ? loaders.statusUpdate.load(update.correctsId) : null;
  }

  @FieldResolver(() => Recommendation)
  recommendation(@Root() update: StatusUpdate, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.recommendation.load(update.recommendationId);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: "Resolved by the agreements subgraph." })
  agreement(@Root() evidence: Evidence): Agreement | null {
    return evidence.agreementId ? { id: evidence.agreementId } : null;
  }

  @FieldResolver(() => MlaRequest, { nullable: true, description: "Resolved by the mla subgraph." })
  mlaRequest(@Root() evidence: Evidence): MlaRequest | null {
    return evidence.mlaRequestId ? { id: evidence.mlaRequestId } : null;
  }

  @FieldResolver(() => Measure, { nullable: true, description: "Resolved by the agreements subgraph." })
  measure(@Root() evidence: Evidence): Measure | null {
    return evidence.measureId ? { id: evidence.measureId } : null;
  }
}

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AgreementsContext } from "../loaders";
import { Agreement } from "./agreement";
import { AgreementRelation, RelationDirection } from "./agreement-relation";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => AgreementRelation)
export class AgreementRelationResolver {
  @PartnerVisible()
  @FieldResolver(() => Agreement, { description: "The agreement at the other end of the relation." })
  other(@Root() relation: AgreementRelation, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agreement.load(relation.direction === RelationDirection.OUTGOING ? relation.toAgreementId : relation.fromAgreementId);
  }
}

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { AgreementsContext } from "../loaders";
import { Organization } from "./organization";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Organization)
export class OrganizationResolver {
  @PartnerVisible()
  @Query(() => [Organization])
  organizations(@Ctx() { db }: AgreementsContext) {
    return db.getRepository(Organization).find({ order: { id: "ASC" } });
  }

  @PartnerVisible()
  @Query(() => Organization, { nullable: true })
  organization(@Ctx() { loaders }: AgreementsContext, @Arg("id", () => ID) id: string) {
    return loaders.organization.load(id);
  }

  @PartnerVisible()
  @FieldResolver(() => Organization, { nullable: true, description: "The organisation this body belongs to (a CIS council → CIS)." })
  parent(@Root() organization: Organization, @Ctx() { loaders }: AgreementsContext) {
    return organization.parentId ? loaders.organization.load(organization.parentId) : null;
  }
}

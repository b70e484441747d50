import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionType } from "../../../../shared/src/subgraph/connection";
import type { AgreementsContext } from "../loaders";
import { Organization } from "../organization/organization";
import { Agreement, Lang } from "./agreement";
import { AgreementService, agreementTitle } from "./agreement.service";
import { Party } from "./party";

export const AgreementConnection = ConnectionType(Agreement, "Agreement");

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: "Agreements, a page at a time (Relay connection)." })
  agreements(
    @Ctx() { db }: AgreementsContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0-100 (default 20)." }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return new AgreementService(db).list(first, after);
  }

  @Query(() => Agreement, { nullable: true })
  agreement(@Ctx() { loaders }: AgreementsContext, @Arg("id", () => ID) id: string) {
    return loaders.agreement.load(id);
  }

  @FieldResolver(() => String, { nullable: true, description: "Title in the given language; null where no source gives one." })
  title(@Root() agreement: Agreement, @Arg("lang", () => Lang, { defaultValue: Lang.AZ }) lang: Lang): string | null {
    return agreementTitle(agreement, lang);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "CIS, BSEC, GUAM, UN… under whose framework it was concluded." })
  frameworkOrganization(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return agreement.frameworkOrganizationId ? loaders.organization.load(agreement.frameworkOrganizationId) : null;
  }

  @FieldResolver(() => [Party], { description: "States and organisations with their signature or ratification status." })
  parties(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.partiesByAgreement.load(agreement.id);
  }
}

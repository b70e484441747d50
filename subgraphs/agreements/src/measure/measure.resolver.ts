import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Agreement } from "../agreement/agreement";
import type { AgreementsContext } from "../loaders";
import { Organization } from "../organization/organization";
import { Deadline, Measure } from "./measure";
import { MeasureFilter } from "./measure.filter";
import { deadlineOf, MeasureService } from "./measure.service";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Measure)
export class MeasureResolver {
  @PartnerVisible()
  @Query(() => [Measure], { description: "Measures across agreements, by executor, deadline period or agreement." })
  measures(@Ctx() { db }: AgreementsContext, @Arg("filter", () => MeasureFilter, { nullable: true }) filter?: MeasureFilter) {
    return new MeasureService(db).list(filter);
  }

  @PartnerVisible()
  @FieldResolver(() => Deadline, { nullable: true, description: "Sub-items share their parent's deadline." })
  deadline(@Root() measure: Measure): Deadline | null {
    return deadlineOf(measure);
  }

  @PartnerVisible()
  @FieldResolver(() => [Organization], { description: "Executors resolved to organisations." })
  async executors(@Root() measure: Measure, @Ctx() { loaders }: AgreementsContext): Promise<Organization[]> {
    const ids = await loaders.executorIdsByMeasure.load(measure.id);
    const organizations = await loaders.organization.loadMany(ids);
    return organizations.filter((o): o is Organization => o instanceof Organization);
  }

  @PartnerVisible()
  @FieldResolver(() => [Measure], { description: "Sub-items a), b)… in source order." })
  items(@Root() measure: Measure, @Ctx() { loaders }: AgreementsContext) {
    return loaders.itemsByMeasure.load(measure.id);
  }

  @PartnerVisible()
  @FieldResolver(() => Agreement)
  agreement(@Root() measure: Measure, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agreement.load(measure.agreementId);
  }
}

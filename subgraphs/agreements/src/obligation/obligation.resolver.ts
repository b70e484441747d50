import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Agreement } from "../agreement/agreement";
import { LegalAct } from "../legal-act/legal-act";
import type { AgreementsContext } from "../loaders";
import { Measure } from "../measure/measure";
import { Organization } from "../organization/organization";
import { Obligation, ObligationFilter } from "./obligation";
import { ObligationService } from "./obligation.service";
import { ReportingDuty, ReportingDutySubmission } from "./reporting-duty";

async function organizations(ids: string[], { loaders }: AgreementsContext): Promise<Organization[]> {
  return (await loaders.organization.loadMany(ids)).filter((o): o is Organization => o instanceof Organization);
}

@Resolver(() => Obligation)
export class ObligationResolver {
  @Query(() => [Obligation], {
    description: "Measures and reporting duties together, by next due date in the period (default: a year from today). For deadline pages and digests.",
  })
  obligations(@Ctx() { db }: AgreementsContext, @Arg("filter", () => ObligationFilter, { nullable: true }) filter?: ObligationFilter) {
    return new ObligationService(db).list(filter);
  }

  @FieldResolver(() => [Organization], { description: "Executors or reporting bodies resolved to organisations." })
  responsible(@Root() obligation: Obligation, @Ctx() context: AgreementsContext) {
    return organizations(obligation.responsibleIds, context);
  }

  @FieldResolver(() => Measure, { nullable: true, description: "The measure (for a reporting duty: the measure that imposes it, if any)." })
  measure(@Root() obligation: Obligation, @Ctx() { loaders }: AgreementsContext) {
    return obligation.measureId ? loaders.measure.load(obligation.measureId) : null;
  }

  @FieldResolver(() => ReportingDuty, { nullable: true })
  reportingDuty(@Root() obligation: Obligation, @Ctx() { loaders }: AgreementsContext) {
    return obligation.reportingDutyId ? loaders.reportingDuty.load(obligation.reportingDutyId) : null;
  }

  @FieldResolver(() => Agreement, { nullable: true })
  agreement(@Root() obligation: Obligation, @Ctx() { loaders }: AgreementsContext) {
    return obligation.agreementId ? loaders.agreement.load(obligation.agreementId) : null;
  }

  @FieldResolver(() => LegalAct, { nullable: true })
  legalAct(@Root() obligation: Obligation, @Ctx() { loaders }: AgreementsContext) {
    return obligation.legalActId ? loaders.legalAct.load(obligation.legalActId) : null;
  }
}

@Resolver(() => ReportingDuty)
export class ReportingDutyResolver {
  @Query(() => [ReportingDuty], { description: "Every recurring duty to report, by id." })
  reportingDuties(@Ctx() { db }: AgreementsContext) {
    return db.getRepository(ReportingDuty).find({ order: { id: "ASC" } });
  }

  @Query(() => ReportingDuty, { nullable: true })
  reportingDuty(@Ctx() { loaders }: AgreementsContext, @Arg("id", () => ID) id: string) {
    return loaders.reportingDuty.load(id);
  }

  @FieldResolver(() => [Organization], { description: "Who reports, resolved; empty where the source names no one." })
  async responsible(@Root() duty: ReportingDuty, @Ctx() context: AgreementsContext) {
    const bodies = await context.loaders.bodiesByReportingDuty.load(duty.id);
    return organizations(bodies.filter((b) => b.role === "RESPONSIBLE").map((b) => b.organizationId), context);
  }

  @FieldResolver(() => [Organization], { description: "To whom, resolved where the source names a body." })
  async recipients(@Root() duty: ReportingDuty, @Ctx() context: AgreementsContext) {
    const bodies = await context.loaders.bodiesByReportingDuty.load(duty.id);
    return organizations(bodies.filter((b) => b.role === "RECIPIENT").map((b) => b.organizationId), context);
  }

  @FieldResolver(() => [ReportingDutySubmission], { description: "Reports the sources say were made, oldest period first." })
  submissions(@Root() duty: ReportingDuty, @Ctx() { loaders }: AgreementsContext) {
    return loaders.submissionsByReportingDuty.load(duty.id);
  }

  @FieldResolver(() => Agreement, { nullable: true })
  agreement(@Root() duty: ReportingDuty, @Ctx() { loaders }: AgreementsContext) {
    return duty.agreementId ? loaders.agreement.load(duty.agreementId) : null;
  }

  @FieldResolver(() => Measure, { nullable: true })
  measure(@Root() duty: ReportingDuty, @Ctx() { loaders }: AgreementsContext) {
    return duty.measureId ? loaders.measure.load(duty.measureId) : null;
  }

  @FieldResolver(() => LegalAct, { nullable: true })
  legalAct(@Root() duty: ReportingDuty, @Ctx() { loaders }: AgreementsContext) {
    return duty.legalActId ? loaders.legalAct.load(duty.legalActId) : null;
  }
}

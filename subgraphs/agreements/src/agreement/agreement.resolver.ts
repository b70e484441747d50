import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConnectionType } from "#shared/subgraph/connection";
import type { AgreementsContext } from "../loaders";
import { Measure } from "../measure/measure";
import { Organization } from "../organization/organization";
import { LegalAct } from "../legal-act/legal-act";
import { Agreement, Lang } from "./agreement";
import { AgreementAlias } from "./agreement-alias";
import { AgreementChange } from "./agreement-change";
import { AgreementEditor } from "./agreement-editor.service";
import { AgreementRelation } from "./agreement-relation";
import { AgreementFilter } from "./agreement.filter";
import { AgreementOrder } from "./agreement.order";
import { AgreementFields, CreateAgreementInput, MeasureInput, PartyInput } from "./agreement.input";
import { AgreementService, agreementTitle, agreementTitleSource } from "./agreement.service";
import { ApprovalAct, approvalActOf } from "./approval-act";
import { Party } from "./party";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export const AgreementConnection = ConnectionType(Agreement, "Agreement", { partnerVisible: true });

@Resolver(() => Agreement)
export class AgreementResolver {
  @PartnerVisible()
  @Query(() => AgreementConnection, { description: "Agreements, filtered and searched, a page at a time (Relay connection)." })
  agreements(
    @Ctx() { db }: AgreementsContext,
    @Arg("filter", () => AgreementFilter, { nullable: true }) filter?: AgreementFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0-100 (default 20)." }) first?: number,
    @PartnerVisible() @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("orderBy", () => AgreementOrder, { nullable: true, description: "Sort column and direction (default: by relevance when searching, else by id)." }) orderBy?: AgreementOrder,
  ) {
    return new AgreementService(db).list(filter, first, after, orderBy);
  }

  @PartnerVisible()
  @Query(() => Agreement, { nullable: true })
  agreement(@Ctx() { loaders }: AgreementsContext, @Arg("id", () => ID) id: string) {
    return loaders.agreement.load(id);
  }

  @PartnerVisible()
  @FieldResolver(() => String, { nullable: true, description: "Title in the given language; null where no source gives one." })
  title(@Root() agreement: Agreement, @Arg("lang", () => Lang, { defaultValue: Lang.AZ }) lang: Lang): string | null {
    return agreementTitle(agreement, lang);
  }

  @PartnerVisible()
  @FieldResolver(() => String, {
    nullable: true,
    description: "Where the title in that language comes from: for English and Russian, the depositary (UN Treaty Collection, CoE Treaty Office, ILO, BSEC); for Azerbaijani, the record's source.",
  })
  titleSource(@Root() agreement: Agreement, @Arg("lang", () => Lang, { defaultValue: Lang.AZ }) lang: Lang): string | null {
    return agreementTitleSource(agreement, lang);
  }

  @PartnerVisible()
  @FieldResolver(() => [AgreementAlias], { description: "Names people use (Palermo Protokolu, Palermo Protocol…), searched like titles; all languages unless lang is given." })
  async aliases(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext, @Arg("lang", () => Lang, { nullable: true }) lang?: Lang) {
    const aliases = await loaders.aliasesByAgreement.load(agreement.id);
    return lang ? aliases.filter((a) => a.lang === lang) : aliases;
  }

  @PartnerVisible()
  @FieldResolver(() => [LegalAct], { description: "National legal acts approving it (law 749-IIIQ for the CIS programme)." })
  approvingActs(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.legalActsByApprovedAgreement.load(agreement.id);
  }

  @PartnerVisible()
  @FieldResolver(() => Organization, { nullable: true, description: "CIS, BSEC, GUAM, UN… under whose framework it was concluded." })
  frameworkOrganization(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return agreement.frameworkOrganizationId ? loaders.organization.load(agreement.frameworkOrganizationId) : null;
  }

  @PartnerVisible()
  @FieldResolver(() => [Party], { description: "States and organisations with their signature or ratification status." })
  parties(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.partiesByAgreement.load(agreement.id);
  }

  @PartnerVisible()
  @FieldResolver(() => ApprovalAct, { nullable: true, description: "The national act approving it (law number, dates, publication)." })
  approvalAct(@Root() agreement: Agreement): ApprovalAct | null {
    return approvalActOf(agreement);
  }

  @PartnerVisible()
  @FieldResolver(() => [AgreementRelation], { description: "Relations to other agreements, both directions." })
  relations(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.relationsByAgreement.load(agreement.id);
  }

  @PartnerVisible()
  @FieldResolver(() => [Measure], { description: "The measures it obliges, top level in source order; sub-items via items." })
  measures(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.measuresByAgreement.load(agreement.id);
  }

  @FieldResolver(() => [AgreementChange], { description: "Every accepted change, oldest first." })
  history(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.historyByAgreement.load(agreement.id);
  }

  @Authorized("admin")
  @Mutation(() => Agreement, { description: "Record a new agreement (admin)." })
  createAgreement(@Ctx() { db, identity }: AgreementsContext, @Arg("input", () => CreateAgreementInput) input: CreateAgreementInput) {
    return new AgreementEditor(db, identity).create(input);
  }

  @Authorized("admin")
  @Mutation(() => Agreement, { description: "Change an agreement's fields; fails with CONFLICT if expectedVersion is stale (admin)." })
  updateAgreement(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => AgreementFields) input: AgreementFields,
  ) {
    return new AgreementEditor(db, identity).update(id, expectedVersion, input);
  }

  @Authorized("admin")
  @Mutation(() => Agreement, { description: "Add a party or change its status, dates and reservation (admin)." })
  setPartyStatus(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => PartyInput) input: PartyInput,
  ) {
    return new AgreementEditor(db, identity).setParty(agreementId, expectedVersion, input);
  }

  @Authorized("admin")
  @Mutation(() => Measure, { description: "Add a measure the agreement obliges (admin)." })
  addMeasure(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => MeasureInput) input: MeasureInput,
  ) {
    return new AgreementEditor(db, identity).addMeasure(agreementId, expectedVersion, input);
  }
}

import { buildFederatedSchema } from "#shared/subgraph/federated-schema";
import type { SubgraphModule } from "#shared/subgraph/subgraph";
import { Agreement } from "./agreement/agreement";
import { AgreementAlias } from "./agreement/agreement-alias";
import { AgreementChange } from "./agreement/agreement-change";
import { AgreementRelation } from "./agreement/agreement-relation";
import { AgreementRelationResolver } from "./agreement/agreement-relation.resolver";
import { AgreementResolver } from "./agreement/agreement.resolver";
import { AgreementNamesResolver } from "./agreement/agreement-names.resolver";
import { AgreementTitleTranslation } from "./agreement/title-translation";
import { AgreementTitleTranslations1764700000010 } from "./migrations/1764700000010-AgreementTitleTranslations";
import { CountryRussianNames1764930000000 } from "./migrations/1764930000000-CountryRussianNames";
import { Party } from "./agreement/party";
import { PartyResolver } from "./agreement/party.resolver";
import { Country } from "./country/country";
import { LegalAct, LegalActMeasure, LegalActRelation } from "./legal-act/legal-act";
import { LegalBasisOption } from "./legal-basis/legal-basis-option";
import { LegalBasisLimitationResolver, LegalBasisResolver, LegalBasisSideResolver, resolveLegalBasisOption } from "./legal-basis/legal-basis.resolver";
import { LegalActRelationResolver, LegalActResolver } from "./legal-act/legal-act.resolver";
import { CountryResolver } from "./country/country.resolver";
import { Deadlines } from "./deadline/deadlines";
import { DeadlinesResolver } from "./deadline/deadlines.resolver";
import { NameLookupResolver } from "./lookup/name-lookup.resolver";
import { createAgreementsLoaders, type AgreementsContext, type AgreementsLoaders } from "./loaders";
import { Measure } from "./measure/measure";
import { MeasureResolver } from "./measure/measure.resolver";
import { AgreementsFoundation1763830000000 } from "./migrations/1763830000000-AgreementsFoundation";
import { AgreementsModel1763840000000 } from "./migrations/1763840000000-AgreementsModel";
import { AgreementsSources1764100000000 } from "./migrations/1764100000000-AgreementsSources";
import { ObligationResolver, ReportingDutyResolver } from "./obligation/obligation.resolver";
import { ReportingDuty, ReportingDutySubmission } from "./obligation/reporting-duty";
import { Organization } from "./organization/organization";
import { OrganizationResolver } from "./organization/organization.resolver";
import { seedAgreements } from "./seeds";
import { TextTranslations1765000000000 } from "./migrations/1765000000000-TextTranslations";
import { MeasureTextTranslation, ReportingDutyTitleTranslation } from "./translation/text-translation";
import { MeasureTextTranslationResolver, ObligationTitleTranslationResolver, ReportingDutyTitleTranslationResolver } from "./translation/text-translation.resolver";

/** Owns agreements, their parties, countries and organisations (schema `agreements`). */
export const agreementsSubgraph: SubgraphModule<AgreementsLoaders> = {
  name: "agreements",
  entities: [Agreement, AgreementAlias, AgreementTitleTranslation, Party, Country, Organization, AgreementRelation, AgreementChange, Measure,
    LegalAct, LegalActRelation, LegalActMeasure, ReportingDuty, ReportingDutySubmission, MeasureTextTranslation, ReportingDutyTitleTranslation],
  migrations: [AgreementsFoundation1763830000000, AgreementsModel1763840000000, AgreementsSources1764100000000, AgreementTitleTranslations1764700000010,
    CountryRussianNames1764930000000, TextTranslations1765000000000],
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [AgreementResolver, AgreementNamesResolver, AgreementRelationResolver, PartyResolver, MeasureResolver, CountryResolver, OrganizationResolver,
          LegalActResolver, LegalActRelationResolver, ObligationResolver, ReportingDutyResolver, NameLookupResolver,
          LegalBasisResolver, LegalBasisSideResolver, LegalBasisLimitationResolver, DeadlinesResolver,
          MeasureTextTranslationResolver, ReportingDutyTitleTranslationResolver, ObligationTitleTranslationResolver],
        orphanedTypes: [Agreement, Country, Organization, Measure, LegalAct, ReportingDuty, LegalBasisOption, Deadlines],
      },
      {
        Agreement: { __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => ctx.loaders.agreement.load(ref.id) },
        Country: { __resolveReference: (ref: { code: string }, ctx: AgreementsContext) => ctx.loaders.country.load(ref.code) },
        Measure: { __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => (/^\d+$/.test(ref.id) ? ctx.loaders.measure.load(ref.id) : null) },
        Organization: { __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => ctx.loaders.organization.load(ref.id) },
        LegalAct: { __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => ctx.loaders.legalAct.load(ref.id) },
        ReportingDuty: { __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => ctx.loaders.reportingDuty.load(ref.id) },
        LegalBasisOption: { __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => resolveLegalBasisOption(ref, ctx) },
        Obligation: { __resolveReference: (ref: { id: string; dueOn: string }, ctx: AgreementsContext) => ctx.loaders.obligation.load(ref) },
        // The key is all agreements needs to list the obligations of a Deadlines.
        Deadlines: { __resolveReference: (ref: Deadlines) => Object.assign(new Deadlines(), ref) },
      },
    ),
  createLoaders: createAgreementsLoaders,
  seed: (dataSource) => seedAgreements(dataSource),
};

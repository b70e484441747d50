import { buildFederatedSchema } from "#shared/subgraph/federated-schema";
import type { SubgraphModule } from "#shared/subgraph/subgraph";
import { Agreement } from "./agreement/agreement";
import { AgreementMlaResolver } from "./agreement/agreement.resolver";
import { Country } from "./country/country";
import { CountryMlaResolver } from "./country/country.resolver";
import { CaseOutcome } from "./case/case-outcome";
import { CaseAttachmentResolver } from "./case/case-attachment.resolver";
import { CaseOutcomeResolver, CaseResolver } from "./case/case.resolver";
import { CriminalCase } from "./case/criminal-case";
import { CaseResultsResolver } from "./case-results/case-results.resolver";
import { CooperationResolver } from "./cooperation/cooperation.resolver";
import { Deadlines } from "./deadline/deadlines";
import { DeadlineItemResolver, DeadlinesResolver } from "./deadline/deadlines.resolver";
import { createMlaLoaders, type MlaContext, type MlaLoaders } from "./loaders";
import { MlaFoundation1763830000000 } from "./migrations/1763830000000-MlaFoundation";
import { MlaWorkflow1763850000000 } from "./migrations/1763850000000-MlaWorkflow";
import { MlaImport1764300000000 } from "./migrations/1764300000000-MlaImport";
import { MlaRequestLetter1764500000000 } from "./migrations/1764500000000-MlaRequestLetter";
import { LegalBasisFigures1764500000001 } from "./migrations/1764500000001-LegalBasisFigures";
import { RefusalGroundCodes1764700000000 } from "./migrations/1764700000000-RefusalGroundCodes";
import { ListOrderIndexes1764700000001 } from "./migrations/1764700000001-ListOrderIndexes";
import { MlaRequestSearch1764900000000 } from "./migrations/1764900000000-MlaRequestSearch";
import { mlaImporters } from "./import/mla-importers";
import { isUuid } from "#shared/database/uuid";
import { MlaRequestHistoryResolver, MlaRequestLookupResolver } from "./mla-request/mla-request-lookup.resolver";
import { CooperationFigures1764200000000 } from "./migrations/1764200000000-CooperationFigures";
import { CooperationFigureMaintenance1764200000001 } from "./migrations/1764200000001-CooperationFigureMaintenance";
import { MlaRequestReadIndexes1764200000002 } from "./migrations/1764200000002-MlaRequestReadIndexes";
import { MlaRequestTransition } from "./mla-request/mla-request-transition";
import { MlaRequest } from "./mla-request/mla-request";
import { MlaRequestResolver } from "./mla-request/mla-request.resolver";
import { CountryLegalBasisResolver } from "./legal-basis/country-legal-basis.resolver";
import { LegalBasisOption } from "./legal-basis/legal-basis-option";
import { LegalBasisOptionMlaResolver, resolveLegalBasisOption } from "./legal-basis/legal-basis-option.resolver";
import { RequestLetterResolver } from "./letter/request-letter.resolver";
import { reportedCooperation } from "./reported-cooperation/reported-cooperation.module";
import { seedMla } from "./seeds";

/** Owns MLA requests and what they produced (schema `mla`); contributes fields to Agreement and Country. */
export const mlaSubgraph: SubgraphModule<MlaLoaders> = {
  name: "mla",
  entities: [MlaRequest, MlaRequestTransition, CriminalCase, CaseOutcome],
  migrations: [
    MlaFoundation1763830000000,
    MlaWorkflow1763850000000,
    ...reportedCooperation.migrations,
    CooperationFigures1764200000000,
    CooperationFigureMaintenance1764200000001,
    MlaRequestReadIndexes1764200000002,
    MlaImport1764300000000,
    MlaRequestLetter1764500000000,
    LegalBasisFigures1764500000001,
    RefusalGroundCodes1764700000000,
    ListOrderIndexes1764700000001,
    MlaRequestSearch1764900000000,
  ],
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [MlaRequestResolver, CaseResolver, CaseOutcomeResolver, CooperationResolver, AgreementMlaResolver, CountryMlaResolver,
          ...reportedCooperation.resolvers, CaseAttachmentResolver, MlaRequestLookupResolver, MlaRequestHistoryResolver, RequestLetterResolver,
          LegalBasisOptionMlaResolver, CountryLegalBasisResolver, DeadlinesResolver, DeadlineItemResolver, CaseResultsResolver],
        orphanedTypes: [Agreement, Country, MlaRequest, LegalBasisOption, Deadlines],
      },
      {
        // Agreement and Country are keyed stubs here: the reference itself is all mla needs.
        Agreement: { __resolveReference: (ref: { id: string }) => ref },
        Country: { __resolveReference: (ref: { code: string }) => ref },
        // The key and the obligations agreements listed (@requires) are all mla needs to list the deadlines.
        Deadlines: { __resolveReference: (ref: Deadlines) => Object.assign(new Deadlines(), ref) },
        // Other subgraphs ask whether an id they were given exists: anything but a UUID is simply unknown.
        LegalBasisOption: { __resolveReference: (ref: { id: string }) => resolveLegalBasisOption(ref) },
        MlaRequest: { __resolveReference: (ref: { id: string }, ctx: MlaContext) => (isUuid(ref.id) ? ctx.loaders.request.load(ref.id) : null) },
      },
    ),
  createLoaders: createMlaLoaders,
  seed: (dataSource, options) => seedMla(dataSource, options),
  importers: mlaImporters,
};

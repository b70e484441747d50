// The registered operations the partner pages run, typed from partner-operations/*.graphql themselves
// (hub/build-console.cjs, PARTNER_OPERATIONS): a partner tab sends exactly the reviewed documents.
export {
  AgreementCooperationDocument,
  AgreementDocument,
  AgreementsPageDocument,
  IndicatorsDocument,
  LegalActsDocument,
  RecommendationDocument,
  RecommendationProgressDocument,
  RecommendationsDocument,
  StatisticsDocument,
} from "../../generated/partner/graphql";
export type {
  AgreementCooperationQuery,
  AgreementQuery,
  AgreementsPageQuery,
  IndicatorsQuery,
  LegalActsQuery,
  RecommendationProgressQuery,
  RecommendationQuery,
  RecommendationsQuery,
  StatisticsQuery,
} from "../../generated/partner/graphql";

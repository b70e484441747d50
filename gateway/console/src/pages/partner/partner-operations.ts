// The registered operations the partner pages run, typed from partner-operations/*.graphql themselves
// (hub/build-console.cjs, PARTNER_OPERATIONS): a partner tab sends exactly the reviewed documents.
export {
  AgreementCooperationDocument,
  AgreementDocument,
  AgreementsPageDocument,
  IndicatorsDocument,
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
  RecommendationProgressQuery,
  RecommendationQuery,
  RecommendationsQuery,
  StatisticsQuery,
} from "../../generated/partner/graphql";

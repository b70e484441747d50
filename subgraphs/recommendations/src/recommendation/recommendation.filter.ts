import { Field, ID, InputType } from "type-graphql";
import { RecommendationStatus } from "../status/status-update";
import { MonitoringBody } from "./recommendation-source";
import { Theme } from "./recommendation";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { MaxLength } from "#shared/subgraph/input-limits";

@InputType()
export class RecommendationFilter {
  @PartnerVisible()
  @Field(() => ID, { nullable: true })
  sourceId?: string;

  @PartnerVisible()
  @Field(() => MonitoringBody, { nullable: true })
  body?: MonitoringBody;

  @PartnerVisible()
  @Field(() => Theme, { nullable: true })
  theme?: Theme;

  @PartnerVisible()
  @Field(() => RecommendationStatus, { nullable: true, description: "Current status (latest update; NOT_STARTED without one)." })
  status?: RecommendationStatus;

  @PartnerVisible()
  @Field(() => ID, { nullable: true, description: "An institution the recommendation names: an organisation id (AZ-SMS, AZ-NGOS…)." })
  institution?: string;

  @PartnerVisible()
  @MaxLength(20)
  @Field({ nullable: true, description: "Has a status update for this reporting period." })
  reportingPeriod?: string;

  @PartnerVisible()
  @MaxLength(200)
  @Field({ nullable: true, description: "Free text, Azerbaijani-aware like agreements search." })
  text?: string;
}

import { Field, ID, InputType } from "type-graphql";
import { RecommendationStatus } from "../status/status-update";
import { MonitoringBody } from "./recommendation-source";
import { Theme } from "./recommendation";

@InputType()
export class RecommendationFilter {
  @Field(() => ID, { nullable: true })
  sourceId?: string;

  @Field(() => MonitoringBody, { nullable: true })
  body?: MonitoringBody;

  @Field(() => Theme, { nullable: true })
  theme?: Theme;

  @Field(() => RecommendationStatus, { nullable: true, description: "Current status (latest update; NOT_STARTED without one)." })
  status?: RecommendationStatus;

  @Field(() => ID, { nullable: true, description: "An institution the recommendation names: an organisation id (AZ-SMS, AZ-NGOS…)." })
  institution?: string;

  @Field({ nullable: true, description: "Has a status update for this reporting period." })
  reportingPeriod?: string;

  @Field({ nullable: true, description: "Free text, Azerbaijani-aware like agreements search." })
  text?: string;
}

import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { References } from "#shared/subgraph/references";
import { AgreementKind, InstrumentType } from "./agreement";
import { PartyStatus, ReservationKind } from "./party";
import { Recurrence } from "../measure/measure";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { MaxLength } from "#shared/subgraph/input-limits";

@InputType({ description: "Fields of an agreement; on update, only the fields given change (null clears)." })
export class AgreementFields {
  @Field(() => AgreementKind, { nullable: true })
  kind?: AgreementKind;

  @Field(() => InstrumentType, { nullable: true })
  instrumentType?: InstrumentType;

  @References("Organization")
  @Field(() => ID, { nullable: true })
  frameworkOrganizationId?: string | null;

  @PartnerVisible()
  @MaxLength(1000)
  @Field(() => String, { nullable: true })
  titleAz?: string | null;

  @PartnerVisible()
  @MaxLength(1000)
  @Field(() => String, { nullable: true })
  titleEn?: string | null;

  @PartnerVisible()
  @MaxLength(1000)
  @Field(() => String, { nullable: true })
  titleRu?: string | null;

  @PartnerVisible()
  @MaxLength(500)
  @Field(() => String, { nullable: true, description: "The depositary the official English title comes from." })
  titleEnSource?: string | null;

  @PartnerVisible()
  @MaxLength(500)
  @Field(() => String, { nullable: true, description: "The depositary the official Russian title comes from." })
  titleRuSource?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True once every party is recorded." })
  partiesComplete?: boolean;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  signedOn?: string | null;

  @PartnerVisible()
  @MaxLength(300)
  @Field(() => String, { nullable: true })
  signedPlace?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  adoptedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  enteredIntoForceOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  periodFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  periodTo?: string | null;

  @PartnerVisible()
  @MaxLength(41)
  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Where the information comes from (document, article, page)." })
  source?: string;
}

@InputType()
export class CreateAgreementInput extends AgreementFields {
  @Field(() => ID, { description: "Stable slug: lower-case letters, digits and dashes." })
  id!: string;

  // Declared again only so the field keeps its @References mark: type-graphql drops extensions of inherited input fields.
  @References("Organization")
  @Field(() => ID, { nullable: true })
  declare frameworkOrganizationId?: string | null;
}

@InputType({ description: "A state (countryCode) or an organisation (organizationId) and its status in the agreement." })
export class PartyInput {
  @References("Country")
  @PartnerVisible()
  @MaxLength(10)
  @Field(() => String, { nullable: true })
  countryCode?: string;

  @References("Organization")
  @Field(() => ID, { nullable: true })
  organizationId?: string;

  @Field(() => PartyStatus)
  status!: PartyStatus;

  @Field(() => ReservationKind, { nullable: true })
  reservationKind?: ReservationKind | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  reservation?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  signedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  ratifiedOn?: string | null;

  @PartnerVisible()
  @Field()
  source!: string;
}

@InputType()
export class MeasureInput {
  @PartnerVisible()
  @MaxLength(20)
  @Field(() => String, { nullable: true })
  number?: string | null;

  @PartnerVisible()
  @MaxLength(500)
  @Field(() => String, { nullable: true })
  section?: string | null;

  @PartnerVisible()
  @Field()
  text!: string;

  @PartnerVisible()
  @MaxLength(500)
  @Field(() => String, { nullable: true, description: "Deadline as written in the document." })
  deadlineAsWritten?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  deadlineFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  deadlineTo?: string | null;

  @Field(() => Recurrence, { nullable: true, defaultValue: Recurrence.NONE })
  recurrence?: Recurrence;

  @Field(() => Int, { nullable: true })
  relativeMonths?: number | null;

  @References("Organization")
  @Field(() => [ID], { defaultValue: [], description: "Organisations that execute it." })
  executorIds!: string[];

  @PartnerVisible()
  @MaxLength(1000)
  @Field(() => String, { nullable: true })
  executorsAsWritten?: string | null;

  @PartnerVisible()
  @Field()
  source!: string;
}

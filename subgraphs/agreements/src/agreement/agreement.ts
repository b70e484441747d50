import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, VersionColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum AgreementKind {
  BILATERAL = "BILATERAL",
  MULTILATERAL = "MULTILATERAL",
}
registerEnumType(AgreementKind, { name: "AgreementKind" });

export enum InstrumentType {
  CONVENTION = "CONVENTION",
  AGREEMENT = "AGREEMENT",
  PROTOCOL = "PROTOCOL",
  PROGRAMME = "PROGRAMME",
  DECISION = "DECISION",
  MEMORANDUM = "MEMORANDUM",
  DECLARATION = "DECLARATION",
}
registerEnumType(InstrumentType, { name: "InstrumentType" });

export enum Lang {
  AZ = "AZ",
  EN = "EN",
  RU = "RU",
}
registerEnumType(Lang, { name: "Lang" });

@Directive('@key(fields: "id")')
@ObjectType({ description: "A bilateral or multilateral agreement the country relies on for cooperation." })
@Entity({ name: "agreement" })
export class Agreement {
  @PartnerVisible()
  @Field(() => ID, { description: "Stable slug, e.g. cis-thb-programme-2007-2010." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @PartnerVisible()
  @Field(() => AgreementKind)
  @Column({ type: "text" })
  kind!: AgreementKind;

  @PartnerVisible()
  @Field(() => InstrumentType)
  @Column({ name: "instrument_type", type: "text" })
  instrumentType!: InstrumentType;

  @Column({ name: "framework_organization_id", type: "text", nullable: true })
  frameworkOrganizationId!: string | null;

  // Titles are nullable per language: where a source gives no title in a language we leave it empty.
  @Column({ name: "title_az", type: "text", nullable: true })
  titleAz!: string | null;

  @Column({ name: "title_en", type: "text", nullable: true })
  titleEn!: string | null;

  @Column({ name: "title_ru", type: "text", nullable: true })
  titleRu!: string | null;

  /** Where the official English title comes from (the depositary), if there is one. */
  @Column({ name: "title_en_source", type: "text", nullable: true })
  titleEnSource!: string | null;

  @Column({ name: "title_ru_source", type: "text", nullable: true })
  titleRuSource!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "What the source says of an agreement it names without a title." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "signed_on", type: "date", nullable: true })
  signedOn!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ name: "signed_place", type: "text", nullable: true })
  signedPlace!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Adoption (e.g. by a UN General Assembly resolution)." })
  @Column({ name: "adopted_on", type: "date", nullable: true })
  adoptedOn!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Entry into force as the source gives it." })
  @Column({ name: "entered_into_force_on", type: "date", nullable: true })
  enteredIntoForceOn!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Start of the period it covers (a programme's 2007-2010)." })
  @Column({ name: "period_from", type: "date", nullable: true })
  periodFrom!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "End of the period it covers." })
  @Column({ name: "period_to", type: "date", nullable: true })
  periodTo!: string | null;

  @Column({ name: "approval_act_kind", type: "text", nullable: true })
  approvalActKind!: string | null;

  @Column({ name: "approval_act_number", type: "text", nullable: true })
  approvalActNumber!: string | null;

  @Column({ name: "approval_adopted_on", type: "date", nullable: true })
  approvalAdoptedOn!: string | null;

  @Column({ name: "approval_published_on", type: "date", nullable: true })
  approvalPublishedOn!: string | null;

  @Column({ name: "approval_publication", type: "text", nullable: true })
  approvalPublication!: string | null;

  @Column({ name: "approval_in_force_on", type: "date", nullable: true })
  approvalInForceOn!: string | null;

  @PartnerVisible()
  @Field({
    description: "True where the source lists every party (a bilateral agreement, a signature block, a title naming its parties); false where the parties shown are only those the sources name.",
  })
  @Column({ name: "parties_complete", type: "boolean", default: false })
  partiesComplete!: boolean;

  @PartnerVisible()
  @Field(() => [String], { description: "Subjects: trafficking, victims, children, organised-crime, legal-assistance…" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  topics!: string[];

  @PartnerVisible()
  @Field({ description: "Where in ../shared/sources this record comes from (file and quote)." })
  @Column({ type: "text" })
  source!: string;

  @Field(() => Int, { description: "Incremented on every change; send it back as expectedVersion." })
  @VersionColumn()
  version!: number;
}

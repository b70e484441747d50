import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum LegalActKind {
  LAW = "LAW",
  /** An article of the Criminal Code (144-1, 144-2, 144-3, 316-1). */
  CODE_ARTICLE = "CODE_ARTICLE",
  /** A presidential decree (Fərman). The orders (Sərəncam) approving action plans are the plans' records. */
  PRESIDENTIAL_DECREE = "PRESIDENTIAL_DECREE",
  CABINET_DECISION = "CABINET_DECISION",
  /** A National Action Plan (numbered by the presidential order approving it) or another plan of measures. */
  ACTION_PLAN = "ACTION_PLAN",
}
registerEnumType(LegalActKind, { name: "LegalActKind" });

export enum LegalActRelationKind {
  /** Changes the other act, or adds articles to it. */
  AMENDS = "AMENDS",
  /** Adopted "to ensure the execution of" the other act or one of its items. */
  IMPLEMENTS = "IMPLEMENTS",
  /** Continues the measures of an earlier plan. */
  CONTINUES = "CONTINUES",
}
registerEnumType(LegalActRelationKind, { name: "LegalActRelationKind" });

/** A national legal act against trafficking: a law, a Criminal Code article, a decree, a decision, a plan. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A national legal act the sources name: law, Criminal Code article, presidential decree, Cabinet decision or action plan." })
@Entity({ name: "legal_act" })
export class LegalAct {
  @PartnerVisible()
  @Field(() => ID, { description: "Stable slug, e.g. nap-2020-2024, criminal-code-144-1." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @PartnerVisible()
  @Field(() => LegalActKind)
  @Column({ type: "text" })
  kind!: LegalActKind;

  @PartnerVisible()
  @Field({ description: "The kind as the source names it: Qanun, Fərman, Nazirlər Kabinetinin Qərarı…" })
  @Column({ name: "kind_as_written", type: "text" })
  kindAsWritten!: string;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Registration or article number as written (609-IVQD, 144-1, 2173); null where the sources give none." })
  @Column({ type: "text", nullable: true })
  number!: string | null;

  @Column({ name: "title_az", type: "text" })
  titleAz!: string;

  @Column({ name: "title_en", type: "text", nullable: true })
  titleEn!: string | null;

  @Column({ name: "title_ru", type: "text", nullable: true })
  titleRu!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Adoption; for a code article, the date of the law that added it." })
  @Column({ name: "adopted_on", type: "date", nullable: true })
  adoptedOn!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "in_force_on", type: "date", nullable: true })
  inForceOn!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Start of the period a plan covers." })
  @Column({ name: "period_from", type: "date", nullable: true })
  periodFrom!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "period_to", type: "date", nullable: true })
  periodTo!: string | null;

  @Field(() => String, { nullable: true, description: "What the source says the act does, in its words." })
  @Column({ type: "text", nullable: true })
  summary!: string | null;

  @Column({ name: "approves_agreement_id", type: "text", nullable: true })
  approvesAgreementId!: string | null;

  @PartnerVisible()
  @Field({ description: "Where in ../shared/sources it comes from (file and quote)." })
  @Column({ type: "text" })
  source!: string;
}

/** One act's relation to another (this AMENDS / IMPLEMENTS / CONTINUES that). */
@ObjectType()
@Entity({ name: "legal_act_relation" })
export class LegalActRelation {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "from_act_id", type: "text" })
  fromActId!: string;

  @Column({ name: "to_act_id", type: "text" })
  toActId!: string;

  @PartnerVisible()
  @Field(() => LegalActRelationKind)
  @Column({ type: "text" })
  kind!: LegalActRelationKind;

  @Field(() => String, { nullable: true, description: "Which item or article, as the source says it." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  source!: string;
}

/** A measure an action plan assigns, where the sources give it. */
@ObjectType()
@Entity({ name: "legal_act_measure" })
export class LegalActMeasure {
  @PartnerVisible()
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "legal_act_id", type: "text" })
  legalActId!: string;

  @PartnerVisible()
  @Field(() => Int, { description: "Order in the source." })
  @Column({ type: "integer" })
  position!: number;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  section!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  number!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  text!: string;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ name: "executors_text", type: "text", nullable: true })
  executorsText!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ name: "deadline_text", type: "text", nullable: true })
  deadlineText!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  source!: string;
}

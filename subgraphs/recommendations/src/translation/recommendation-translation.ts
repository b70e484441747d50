import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

/** The hub's three languages (the same values as the agreements subgraph's Lang). */
export enum Lang {
  AZ = "AZ",
  EN = "EN",
  RU = "RU",
}
registerEnumType(Lang, { name: "Lang" });

/** A text staff translated themselves: shown as unofficial, and only where the source gives no text. */
@ObjectType({ description: "An unofficial translation of a recommendation's text, added by staff (who and when kept)." })
@Entity({ name: "recommendation_translation" })
export class RecommendationTranslation {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "recommendation_id", type: "text" })
  recommendationId!: string;

  @PartnerVisible()
  @Field(() => Lang)
  @Column({ type: "text" })
  lang!: Lang;

  @PartnerVisible()
  @Field({ description: "The text as translated; not from the source." })
  @Column({ type: "text" })
  text!: string;

  @Column({ name: "translated_by", type: "text" })
  translatedBy!: string;

  // Staff only, like every officer's name (not partner-visible).
  @Field(() => String, { nullable: true, description: "Who translated it (staff name; staff only)." })
  @Column({ name: "translated_by_name", type: "text" })
  translatedByName!: string;

  @PartnerVisible()
  @Field()
  @Column({ name: "translated_at", type: "timestamptz" })
  translatedAt!: Date;
}

@InputType({ description: "A translation staff made of a title or text, in a language that has no official one." })
export class TranslationInput {
  @Field(() => Lang)
  lang!: Lang;

  @PartnerVisible()
  @Field()
  text!: string;
}

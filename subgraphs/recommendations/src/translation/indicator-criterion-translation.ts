import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { Lang } from "./recommendation-translation";

/** A criterion staff translated themselves: the needs assessment gives it only in Azerbaijani. */
@ObjectType({ description: "An unofficial translation of an indicator criterion, added by staff (who and when kept)." })
@Entity({ name: "indicator_item_translation" })
export class IndicatorCriterionTranslation {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "item_id", type: "text" })
  itemId!: string;

  @PartnerVisible()
  @Field(() => Lang)
  @Column({ type: "text" })
  lang!: Lang;

  @PartnerVisible()
  @Field({ description: "The criterion as translated; not from the source." })
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

import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { Lang } from "./agreement";

/** A title staff translated themselves: shown as unofficial, and only where no official title exists. */
@ObjectType({ description: "An unofficial translation of an agreement's title, added by staff (who and when kept)." })
@Entity({ name: "agreement_title_translation" })
export class AgreementTitleTranslation {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "agreement_id", type: "text" })
  agreementId!: string;

  @PartnerVisible()
  @Field(() => Lang)
  @Column({ type: "text" })
  lang!: Lang;

  @PartnerVisible()
  @Field({ description: "The title as translated; not from any source." })
  @Column({ type: "text" })
  title!: string;

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

import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Confidential } from "#shared/subgraph/confidential";
import { Lang } from "./agreement";

/** A title staff translated themselves: shown as unofficial, and only where no official title exists. */
@ObjectType({ description: "An unofficial translation of an agreement's title, added by staff (who and when kept)." })
@Entity({ name: "agreement_title_translation" })
export class AgreementTitleTranslation {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "agreement_id", type: "text" })
  agreementId!: string;

  @Field(() => Lang)
  @Column({ type: "text" })
  lang!: Lang;

  @Field({ description: "The title as translated; not from any source." })
  @Column({ type: "text" })
  title!: string;

  @Column({ name: "translated_by", type: "text" })
  translatedBy!: string;

  @Confidential()
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Who translated it (staff name)." })
  @Column({ name: "translated_by_name", type: "text" })
  translatedByName!: string;

  @Field()
  @Column({ name: "translated_at", type: "timestamptz" })
  translatedAt!: Date;
}

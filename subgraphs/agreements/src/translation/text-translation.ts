import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { Lang } from "../agreement/agreement";

/** What a measure's or reporting duty's translation says: the GraphQL face of both tables below. */
@ObjectType({ description: "An unofficial translation of a text the sources give only in Azerbaijani, added by staff (who and when kept)." })
export class TextTranslation {
  id!: string;

  @PartnerVisible()
  @Field(() => Lang)
  lang!: Lang;

  @PartnerVisible()
  @Field({ description: "The text as translated; not from any source." })
  text!: string;

  // Staff only, like every officer's name (not partner-visible).
  @Field(() => String, { nullable: true, description: "Who translated it (staff name; staff only)." })
  translatedByName!: string;

  @PartnerVisible()
  @Field()
  translatedAt!: Date;
}

/** Columns both tables share: a translation is kept with who and when, append-only. */
abstract class TranslationRow {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ type: "text" })
  lang!: Lang;

  @Column({ type: "text" })
  text!: string;

  @Column({ name: "translated_by", type: "text" })
  translatedBy!: string;

  @Column({ name: "translated_by_name", type: "text" })
  translatedByName!: string;

  @Column({ name: "translated_at", type: "timestamptz" })
  translatedAt!: Date;
}

@Entity({ name: "measure_text_translation" })
export class MeasureTextTranslation extends TranslationRow {
  @Column({ name: "measure_id", type: "bigint" })
  measureId!: string;
}

@Entity({ name: "reporting_duty_title_translation" })
export class ReportingDutyTitleTranslation extends TranslationRow {
  @Column({ name: "duty_id", type: "text" })
  dutyId!: string;
}

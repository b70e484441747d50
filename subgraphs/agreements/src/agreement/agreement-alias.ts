import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Lang } from "./agreement";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

/** A name people use for an agreement ("Palermo Protokolu", "Palermo Protocol"), searched like its titles. */
@ObjectType()
@Entity({ name: "agreement_alias" })
export class AgreementAlias {
  @Field(() => ID, { description: "Names the alias to removeAgreementAlias." })
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "agreement_id", type: "text" })
  agreementId!: string;

  @PartnerVisible()
  @Field(() => Lang)
  @Column({ type: "text" })
  lang!: Lang;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  alias!: string;

  @PartnerVisible()
  @Field({ description: "Where the name is used: a source document (file and quote) or the depositary." })
  @Column({ type: "text" })
  source!: string;
}

import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum OrganizationKind {
  INTERGOVERNMENTAL = "INTERGOVERNMENTAL",
  /** A body of the CIS (Council of Prosecutors General, Council of Interior Ministers, …). */
  CIS_BODY = "CIS_BODY",
  /** A group of states acting as one executor: "MDB-nin iştirakçısı olan dövlətlər". */
  STATE_GROUP = "STATE_GROUP",
  NATIONAL_AUTHORITY = "NATIONAL_AUTHORITY",
  NON_GOVERNMENTAL = "NON_GOVERNMENTAL",
}
registerEnumType(OrganizationKind, { name: "OrganizationKind" });

@Directive('@key(fields: "id")')
@ObjectType({ description: "An international organisation, a CIS body, a national authority, or a group of bodies the sources name together (NGOs, law-enforcement bodies)." })
@Entity({ name: "organization" })
export class Organization {
  @PartnerVisible()
  @Field(() => ID, { description: "Stable code, e.g. CIS, IOM, CIS-BPES." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Abbreviation as the sources write it (MDB, BMqT, BPƏŞ…); null where they write none." })
  @Column({ type: "text", nullable: true })
  abbreviation!: string | null;

  @PartnerVisible()
  @Field(() => OrganizationKind)
  @Column({ type: "text" })
  kind!: OrganizationKind;

  @PartnerVisible()
  @Field({ description: "Name in Azerbaijani." })
  @Column({ name: "name_az", type: "text" })
  nameAz!: string;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Name in English, where known." })
  @Column({ name: "name_en", type: "text", nullable: true })
  nameEn!: string | null;

  @Column({ name: "parent_id", type: "text", nullable: true })
  parentId!: string | null;

  @PartnerVisible()
  @Field({ description: "Where in ../shared/sources this record comes from." })
  @Column({ type: "text" })
  source!: string;
}

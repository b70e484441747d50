import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum PartyStatus {
  SIGNED = "SIGNED",
  SIGNED_WITH_RESERVATION = "SIGNED_WITH_RESERVATION",
  NOT_SIGNED = "NOT_SIGNED",
  RATIFIED = "RATIFIED",
  ACCEDED = "ACCEDED",
  WITHDRAWN = "WITHDRAWN",
  /** A party ("tərəfdar çıxdığı"); the source does not say whether by ratification, accession or signature. */
  PARTY = "PARTY",
}
registerEnumType(PartyStatus, { name: "PartyStatus" });

export enum ReservationKind {
  RESERVATION = "RESERVATION",
  /** "xüsusi rəy": Azerbaijan's special opinion on the CIS programme. */
  SPECIAL_OPINION = "SPECIAL_OPINION",
  DECLARATION = "DECLARATION",
}
registerEnumType(ReservationKind, { name: "ReservationKind" });

/** A state or an organisation in its relation to one agreement. */
@ObjectType()
@Entity({ name: "party" })
export class Party {
  @PartnerVisible()
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "agreement_id", type: "text" })
  agreementId!: string;

  @Column({ name: "country_code", type: "char", length: 2, nullable: true })
  countryCode!: string | null;

  @Column({ name: "organization_id", type: "text", nullable: true })
  organizationId!: string | null;

  @PartnerVisible()
  @Field(() => PartyStatus)
  @Column({ type: "text" })
  status!: PartyStatus;

  @PartnerVisible()
  @Field(() => ReservationKind, { nullable: true })
  @Column({ name: "reservation_kind", type: "text", nullable: true })
  reservationKind!: ReservationKind | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Reservation or special-opinion text, where the source gives it." })
  @Column({ type: "text", nullable: true })
  reservation!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "signed_on", type: "date", nullable: true })
  signedOn!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "ratified_on", type: "date", nullable: true })
  ratifiedOn!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  source!: string;
}

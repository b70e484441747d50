import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One accepted change to an agreement, its parties or measures; the table is append-only. */
@ObjectType()
@Entity({ name: "agreement_history" })
export class AgreementChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "agreement_id", type: "text" })
  agreementId!: string;

  @Field(() => Int, { description: "The agreement's version after this change." })
  @Column({ type: "integer" })
  version!: number;

  @Field({ description: "createAgreement, updateAgreement, setPartyStatus, addMeasure." })
  @Column({ type: "text" })
  operation!: string;

  @Field(() => GraphQLJSONObject, { description: "What changed: field → { from, to }, or the added record." })
  @Column({ type: "jsonb" })
  changes!: Record<string, unknown>;

  @Column({ name: "changed_by", type: "text" })
  changedBy!: string;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Who made the change (staff name)." })
  @Column({ name: "changed_by_name", type: "text" })
  changedByName!: string;

  @Field()
  @Column({ name: "changed_at", type: "timestamptz" })
  changedAt!: Date;
}

import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Confidential } from "#shared/subgraph/confidential";
import { MlaStatus } from "./mla-request";

/** One accepted status change; the table is append-only. */
@ObjectType()
@Entity({ name: "mla_request_transition" })
export class MlaRequestTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "request_id", type: "uuid" })
  requestId!: string;

  @Field(() => MlaStatus, { nullable: true, description: "Null for the creation of the request." })
  @Column({ name: "from_status", type: "text", nullable: true })
  from!: MlaStatus | null;

  @Field(() => MlaStatus)
  @Column({ name: "to_status", type: "text" })
  to!: MlaStatus;

  @Confidential()
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. The officer's note." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "refusal_ground", type: "text", nullable: true })
  refusalGround!: string | null;

  @Confidential()
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Who made the change." })
  @Column({ name: "changed_by_name", type: "text" })
  changedByName!: string;

  @Column({ name: "changed_by", type: "text" })
  changedBy!: string;

  @Field()
  @Column({ name: "changed_at", type: "timestamptz" })
  changedAt!: Date;
}

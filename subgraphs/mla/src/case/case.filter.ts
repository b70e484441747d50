import { LocalDateResolver } from "graphql-scalars";
import { Field, InputType, registerEnumType } from "type-graphql";
import { MaxLength } from "#shared/subgraph/input-limits";
import { SortDirection } from "#shared/subgraph/sort-direction";

@InputType()
export class CaseFilter {
  @MaxLength(100)
  @Field({ nullable: true, description: "Part of the case number, any case." })
  reference?: string;

  @MaxLength(20)
  @Field({ nullable: true, description: "A Criminal Code article the case is under, e.g. 144-1." })
  article?: string;

  @Field({ nullable: true, description: "Only generated demo cases (true) or only real ones (false)." })
  synthetic?: boolean;

  @Field(() => LocalDateResolver, { nullable: true })
  openedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  openedTo?: string;
}

export enum CaseOrderField {
  REFERENCE = "REFERENCE",
  OPENED_ON = "OPENED_ON",
  /** How many MLA requests serve the case. */
  REQUESTS = "REQUESTS",
}
registerEnumType(CaseOrderField, { name: "CaseOrderField", description: "A column case lists sort by." });

@InputType({ description: "How a list of cases is sorted; ties are broken by reference, so pages never overlap." })
export class CaseOrder {
  @Field(() => CaseOrderField)
  field!: CaseOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

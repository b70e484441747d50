import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "#shared/subgraph/sort-direction";

export enum LegalActOrderField {
  NUMBER = "NUMBER",
  /** The Azerbaijani title (the sources give no other), folded like search. */
  TITLE = "TITLE",
  KIND = "KIND",
  ADOPTED_ON = "ADOPTED_ON",
}
registerEnumType(LegalActOrderField, { name: "LegalActOrderField", description: "A column legal act lists sort by." });

@InputType({ description: "How a list of legal acts is sorted (instead of by relevance when searching); ties are broken by id." })
export class LegalActOrder {
  @Field(() => LegalActOrderField)
  field!: LegalActOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

/** The sort expression over `agreements.legal_act l` and its direction. */
export function legalActOrderBy(order: LegalActOrder): { expression: string; direction: "ASC" | "DESC" } {
  const expression = { NUMBER: "l.number", TITLE: "agreements.az_fold(l.title_az)", KIND: "l.kind", ADOPTED_ON: "l.adopted_on" }[order.field];
  return { expression, direction: order.direction === SortDirection.DESC ? "DESC" : "ASC" };
}

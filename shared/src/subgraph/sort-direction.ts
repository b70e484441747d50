import { registerEnumType } from "type-graphql";

/** The direction of a list's `orderBy`, the same in every subgraph (lists sort on the server, issue 15). */
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection", description: "Ascending or descending; empty values come last either way." });

/** `<expression> ASC|DESC NULLS LAST`: rows without a value stay at the end whichever way a column is sorted. */
export function orderTerm(expression: string, direction: SortDirection | undefined): string {
  return `${expression} ${direction === SortDirection.DESC ? "DESC" : "ASC"} NULLS LAST`;
}

import { Field, InputType, registerEnumType } from "type-graphql";
import { orderTerm, SortDirection } from "#shared/subgraph/sort-direction";
import { MlaStatus } from "./mla-request";

export enum MlaRequestOrderField {
  REFERENCE = "REFERENCE",
  DIRECTION = "DIRECTION",
  /** In the workflow's order (draft, sent, received, in progress… final statuses last), not alphabetically. */
  STATUS = "STATUS",
  /** By ISO code: the mla subgraph stores codes, the names belong to the agreements subgraph. */
  COUNTRY = "COUNTRY",
  /** By the agreement's id, as stored; requests without an agreement last. */
  LEGAL_BASIS = "LEGAL_BASIS",
  OPENED_ON = "OPENED_ON",
  DUE_ON = "DUE_ON",
  DAYS_OPEN = "DAYS_OPEN",
}
registerEnumType(MlaRequestOrderField, { name: "MlaRequestOrderField", description: "A column MLA request lists sort by." });

@InputType({ description: "How a list of MLA requests is sorted; ties are broken by reference and id, so pages never overlap." })
export class MlaRequestOrder {
  @Field(() => MlaRequestOrderField)
  field!: MlaRequestOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

const WORKFLOW_ORDER = Object.values(MlaStatus).map((status) => `'${status}'`).join(", ");

/** Each field as SQL over the view `mla.mla_request_state s`. */
const EXPRESSIONS: Record<MlaRequestOrderField, string> = {
  REFERENCE: "s.reference",
  DIRECTION: "s.direction",
  STATUS: `array_position(ARRAY[${WORKFLOW_ORDER}]::text[], s.status)`,
  COUNTRY: "s.counterpart_country_code",
  LEGAL_BASIS: "s.legal_basis_agreement_id",
  OPENED_ON: "s.opened_on",
  DUE_ON: "s.due_on",
  DAYS_OPEN: "s.days_open",
};

/** Newest first, requests without a date last, when nothing else is asked (the list's order before issue 15). */
export const DEFAULT_REQUEST_ORDER = "s.opened_on DESC NULLS LAST, s.reference, s.id";

/** ORDER BY terms for an order: the field, then reference and id (a total order, so offsets page exactly). */
export function requestOrderSql(order: MlaRequestOrder | undefined | null): string {
  if (!order) return DEFAULT_REQUEST_ORDER;
  const ties = order.field === MlaRequestOrderField.REFERENCE ? "s.id" : "s.reference, s.id";
  return `${orderTerm(EXPRESSIONS[order.field], order.direction)}, ${ties}`;
}

import { Field, InputType, registerEnumType } from "type-graphql";
import { orderTerm, SortDirection } from "#shared/subgraph/sort-direction";
import { MlaStatus } from "./mla-request";

export enum MlaRequestOrderField {
  REFERENCE = "REFERENCE",
  DIRECTION = "DIRECTION",
  /** In the workflow's order (draft, sent, received, in progress… final statuses last), not alphabetically. */
  STATUS = "STATUS",
  /** By the country's name in the order's `lang` (the names belong to the agreements subgraph, which is asked). */
  COUNTRY = "COUNTRY",
  /** By the agreement's id, as stored; requests without an agreement last. */
  LEGAL_BASIS = "LEGAL_BASIS",
  OPENED_ON = "OPENED_ON",
  DUE_ON = "DUE_ON",
  DAYS_OPEN = "DAYS_OPEN",
}
registerEnumType(MlaRequestOrderField, { name: "MlaRequestOrderField", description: "A column MLA request lists sort by." });

/** The languages of the hub, as the agreements subgraph's Lang (country names are compared in one of them). */
export enum Lang {
  AZ = "AZ",
  EN = "EN",
  RU = "RU",
}
registerEnumType(Lang, { name: "Lang" });

@InputType({ description: "How a list of MLA requests is sorted; ties are broken by reference and id, so pages never overlap." })
export class MlaRequestOrder {
  @Field(() => MlaRequestOrderField)
  field!: MlaRequestOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;

  @Field(() => Lang, { defaultValue: Lang.AZ, description: "For COUNTRY: the language whose country names are compared." })
  lang!: Lang;
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

/**
 * ORDER BY terms for an order: the field, then reference and id (a total order, so offsets page exactly).
 * By country: the position of the request's code among `countryOrder` (codes sorted by name, country-order.ts);
 * without it, by code.
 */
export function requestOrderSql(order: MlaRequestOrder | undefined | null, countryOrder?: readonly string[]): string {
  if (!order) return DEFAULT_REQUEST_ORDER;
  const ties = order.field === MlaRequestOrderField.REFERENCE ? "s.id" : "s.reference, s.id";
  // Codes are inlined (the ORDER BY is shared by every key of a batch): only ISO codes pass.
  const codes = countryOrder?.filter((code) => /^[A-Z]{2}$/.test(code));
  const expression = order.field === MlaRequestOrderField.COUNTRY && codes?.length
    ? `array_position(ARRAY[${codes.map((code) => `'${code}'`).join(", ")}]::text[], s.counterpart_country_code::text)`
    : EXPRESSIONS[order.field];
  return `${orderTerm(expression, order.direction)}, ${ties}`;
}

import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "#shared/subgraph/sort-direction";
import { RecommendationStatus } from "../status/status-update";
import { CURRENT_STATUS_SQL } from "./current-status.sql";

export enum RecommendationOrderField {
  /** The source's own numbering, compared as text. */
  CODE = "CODE",
  /** The source's title, then the source's own order. */
  SOURCE = "SOURCE",
  THEME = "THEME",
  /** The current status, from not started to implemented (no longer relevant last). */
  STATUS = "STATUS",
}
registerEnumType(RecommendationOrderField, { name: "RecommendationOrderField", description: "A column recommendation lists sort by." });

@InputType({ description: "How a list of recommendations is sorted (instead of by relevance when searching); ties keep the source's order." })
export class RecommendationOrder {
  @Field(() => RecommendationOrderField)
  field!: RecommendationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

const STATUS_ORDER = Object.values(RecommendationStatus).map((status) => `'${status}'`).join(", ");

/** The sort expression over `recommendations.recommendation r` and its direction. */
export function recommendationOrderBy(order: RecommendationOrder): { expression: string; direction: "ASC" | "DESC" } {
  const expression = {
    CODE: "r.code",
    SOURCE: "(SELECT s.title FROM recommendations.recommendation_source s WHERE s.id = r.source_id)",
    THEME: "r.theme",
    STATUS: `array_position(ARRAY[${STATUS_ORDER}]::text[], ${CURRENT_STATUS_SQL})`,
  }[order.field];
  return { expression, direction: order.direction === SortDirection.DESC ? "DESC" : "ASC" };
}

import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "#shared/subgraph/sort-direction";
import { Lang } from "./agreement";

export enum AgreementOrderField {
  ID = "ID",
  /** The title in `lang`, else in Azerbaijani, English, Russian, else the description (as the console shows it). */
  TITLE = "TITLE",
  KIND = "KIND",
  INSTRUMENT_TYPE = "INSTRUMENT_TYPE",
  SIGNED_ON = "SIGNED_ON",
}
registerEnumType(AgreementOrderField, { name: "AgreementOrderField", description: "A column agreement lists sort by." });

@InputType({ description: "How a list of agreements is sorted (instead of by relevance when searching); ties are broken by id." })
export class AgreementOrder {
  @Field(() => AgreementOrderField)
  field!: AgreementOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;

  @Field(() => Lang, { defaultValue: Lang.AZ, description: "For TITLE: the language whose title is compared first." })
  lang!: Lang;
}

function titleExpression(lang: Lang): string {
  const own = `a.title_${lang.toLowerCase()}`;
  // Folded like search (ə→e, ı→i, lower case), so Azerbaijani letters sort beside their Latin ones.
  return `agreements.az_fold(coalesce(${own}, a.title_az, a.title_en, a.title_ru, a.description, a.id))`;
}

/** The sort expression over `agreements.agreement a` and its direction (id breaks ties, ascending). */
export function agreementOrderBy(order: AgreementOrder): { expression: string; direction: "ASC" | "DESC" } {
  const expression = {
    ID: "a.id",
    TITLE: titleExpression(order.lang ?? Lang.AZ),
    KIND: "a.kind",
    INSTRUMENT_TYPE: "a.instrument_type",
    SIGNED_ON: "a.signed_on",
  }[order.field];
  return { expression, direction: order.direction === SortDirection.DESC ? "DESC" : "ASC" };
}

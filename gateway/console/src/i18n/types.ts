import type * as Schema from "../generated/graphql";
import type { azLabels } from "./az-labels";

export const LANGS = ["az", "en", "ru"] as const;
export type Lang = (typeof LANGS)[number];

/** Every label, error message and list entry of the console, keyed as in az-labels.ts. */
export type LabelKey = keyof typeof azLabels;
export type Labels = Record<LabelKey, string>;

/** An enum value's name and a one-line explanation of it. */
export interface EnumText {
  label: string;
  hint: string;
}

type Texts<Value extends string> = Record<Value, EnumText>;

/**
 * One entry per value of each schema enum the console shows, typed by the generated code: a value added
 * to or removed from the schema fails the console's type-check until every language names it.
 */
export interface EnumTexts {
  AgreementKind: Texts<Schema.AgreementKind>;
  AssistanceType: Texts<Schema.AssistanceType>;
  CooperationLevel: Texts<Schema.CooperationLevel>;
  DeadlineKind: Texts<Schema.DeadlineKind>;
  Direction: Texts<Schema.Direction>;
  EvidenceKind: Texts<Schema.EvidenceKind>;
  HistoryEntryKind: Texts<Schema.HistoryEntryKind>;
  IndicatorDimension: Texts<Schema.IndicatorDimension>;
  IndicatorStatus: Texts<Schema.IndicatorStatus>;
  InstrumentType: Texts<Schema.InstrumentType>;
  Lang: Texts<Schema.Lang>;
  LegalActKind: Texts<Schema.LegalActKind>;
  LegalActRelationKind: Texts<Schema.LegalActRelationKind>;
  LegalBasisApplicability: Texts<Schema.LegalBasisApplicability>;
  LegalBasisInForce: Texts<Schema.LegalBasisInForce>;
  LegalBasisKind: Texts<Schema.LegalBasisKind>;
  LegalBasisOptionKind: Texts<Schema.LegalBasisOptionKind>;
  LetterGapCode: Texts<Schema.LetterGapCode>;
  MlaStatus: Texts<Schema.MlaStatus>;
  MonitoringBody: Texts<Schema.MonitoringBody>;
  OrganizationKind: Texts<Schema.OrganizationKind>;
  OutcomeKind: Texts<Schema.OutcomeKind>;
  PartyStatus: Texts<Schema.PartyStatus>;
  Priority: Texts<Schema.Priority>;
  RecommendationStatus: Texts<Schema.RecommendationStatus>;
  RefusalGroundCode: Texts<Schema.RefusalGroundCode>;
  Recurrence: Texts<Schema.Recurrence>;
  RelationKind: Texts<Schema.RelationKind>;
  ReservationKind: Texts<Schema.ReservationKind>;
  Theme: Texts<Schema.Theme>;
}
export type EnumName = keyof EnumTexts;

export interface Dictionary {
  /** BCP 47 tag for dates and numbers. */
  locale: string;
  labels: Labels;
  enums: EnumTexts;
}

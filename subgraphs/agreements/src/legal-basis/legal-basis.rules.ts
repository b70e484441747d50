import { legalBasisOptionId } from "#shared/subgraph/legal-basis-option-id";
import { AgreementKind } from "../agreement/agreement";
import { PartyStatus, type ReservationKind } from "../agreement/party";
import type { AssistanceType } from "./assistance-type";
import {
  LegalBasisApplicability,
  LegalBasisInForce,
  LegalBasisOptionKind,
  type LegalBasisLimitation,
  type LegalBasisOption,
  type LegalBasisSide,
} from "./legal-basis-option";
import { mentionedTerms } from "./reservation-terms";

/** The hub's own state: every option is between Azerbaijan and the counterpart. */
export const AZERBAIJAN = "AZ";

/** A state's party record on an agreement, as stored (dates as YYYY-MM-DD). */
export interface PartyRecord {
  status: PartyStatus;
  reservationKind: ReservationKind | null;
  reservation: string | null;
  signedOn: string | null;
  ratifiedOn: string | null;
  accededOn: string | null;
  withdrawnOn: string | null;
  source: string | null;
}

/** An agreement with Azerbaijan's and the counterpart's party records (null: not listed). */
export interface Candidate {
  agreementId: string;
  kind: AgreementKind;
  frameworkOrganizationId: string | null;
  enteredIntoForceOn: string | null;
  signedOn: string | null;
  adoptedOn: string | null;
  periodTo: string | null;
  partiesComplete: boolean;
  partiesListed: number;
  azerbaijan: PartyRecord | null;
  counterpart: PartyRecord | null;
}

export type UnrankedOption = Omit<LegalBasisOption, "rank">;

export function optionId(agreementId: string | null, countryCode: string): string {
  return legalBasisOptionId({ agreementId, countryCode });
}

/** Not (or no longer) a party: these statuses never make an agreement apply. */
const NOT_BOUND = new Set<PartyStatus>([PartyStatus.NOT_SIGNED, PartyStatus.WITHDRAWN]);

function since(party: PartyRecord): string | null {
  return party.ratifiedOn ?? party.accededOn ?? party.signedOn;
}

/** False when the record says the state was not a party on `on`; true otherwise (including when dates are unknown). */
function boundOn(party: PartyRecord, on: string): boolean {
  if (NOT_BOUND.has(party.status)) return false;
  if (party.withdrawnOn !== null && party.withdrawnOn <= on) return false;
  const from = since(party);
  return from === null || from <= on;
}

function side(countryCode: string, party: PartyRecord | null): LegalBasisSide {
  return {
    countryCode,
    listed: party !== null,
    status: party?.status ?? null,
    signedOn: party?.signedOn ?? null,
    ratifiedOn: party?.ratifiedOn ?? null,
    accededOn: party?.accededOn ?? null,
    since: party ? since(party) : null,
    source: party?.source ?? null,
  };
}

function limitationsOf(sides: [string, PartyRecord | null][], assistanceType: AssistanceType | undefined): LegalBasisLimitation[] {
  const limitations = sides
    .filter((entry): entry is [string, PartyRecord] => entry[1] !== null && (entry[1].reservationKind !== null || entry[1].reservation !== null))
    .map(([countryCode, party]): LegalBasisLimitation => {
      const terms = assistanceType && party.reservation ? mentionedTerms(party.reservation, assistanceType) : [];
      return {
        countryCode,
        kind: party.reservationKind,
        text: party.reservation,
        mentionsAssistanceType: assistanceType && party.reservation ? terms.length > 0 : null,
        matchedTerms: terms,
        source: party.source,
      };
    });
  // Those mentioning the assistance asked for first; otherwise Azerbaijan's, then the counterpart's.
  return limitations.sort((a, b) => Number(b.mentionsAssistanceType === true) - Number(a.mentionsAssistanceType === true));
}

function kindOf(candidate: Candidate): LegalBasisOptionKind {
  if (candidate.kind === AgreementKind.BILATERAL) return LegalBasisOptionKind.BILATERAL;
  return candidate.frameworkOrganizationId ? LegalBasisOptionKind.ORGANISATION_FRAMEWORK : LegalBasisOptionKind.MULTILATERAL;
}

/**
 * How an agreement stands with both states on `on`: BOTH_PARTIES, PARTY_LIST_INCOMPLETE (a side missing
 * from a list not known to be complete), or null when the records say it does not bind both (a side not
 * signed or withdrawn, a side's party date after `on`, a complete list without one side, an agreement not
 * yet started or ended by `on`).
 */
function applicabilityOn(candidate: Candidate, on: string): LegalBasisApplicability | null {
  const { azerbaijan, counterpart } = candidate;
  if (azerbaijan && !boundOn(azerbaijan, on)) return null;
  if (counterpart && !boundOn(counterpart, on)) return null;
  const bothListed = azerbaijan !== null && counterpart !== null;
  if (!bothListed && candidate.partiesComplete) return null;
  if (inForceOn(candidate, on) === LegalBasisInForce.NOT_IN_FORCE) return null;
  return bothListed ? LegalBasisApplicability.BOTH_PARTIES : LegalBasisApplicability.PARTY_LIST_INCOMPLETE;
}

function startOf(candidate: Candidate): string | null {
  return candidate.enteredIntoForceOn ?? candidate.signedOn ?? candidate.adoptedOn;
}

function inForceOn(candidate: Candidate, on: string): LegalBasisInForce {
  const start = startOf(candidate);
  if ((start !== null && start > on) || (candidate.periodTo !== null && candidate.periodTo < on)) return LegalBasisInForce.NOT_IN_FORCE;
  return start === null ? LegalBasisInForce.DATES_UNKNOWN : LegalBasisInForce.IN_FORCE;
}

/**
 * An agreement as an option with `countryCode` on `on`: null when it does not bind both (see
 * applicabilityOn) unless requests with the country were made under it (`recordedUse`), which makes it a
 * RECORDED_USE_ONLY row, shown for its track record.
 */
export function optionFor(candidate: Candidate, countryCode: string, on: string, assistanceType?: AssistanceType, recordedUse = false): UnrankedOption | null {
  const applicability = applicabilityOn(candidate, on) ?? (recordedUse ? LegalBasisApplicability.RECORDED_USE_ONLY : null);
  if (applicability === null) return null;
  const { azerbaijan, counterpart } = candidate;
  const start = startOf(candidate);
  const dates = [start, azerbaijan ? since(azerbaijan) : null, counterpart ? since(counterpart) : null];
  const both = applicability === LegalBasisApplicability.BOTH_PARTIES;
  return {
    id: optionId(candidate.agreementId, countryCode),
    kind: kindOf(candidate),
    agreementId: candidate.agreementId,
    counterpartCountryCode: countryCode,
    applicability,
    partiesIncomplete: applicability === LegalBasisApplicability.PARTY_LIST_INCOMPLETE,
    partiesComplete: candidate.partiesComplete,
    partiesListed: candidate.partiesListed,
    inForce: inForceOn(candidate, on),
    inForceSince: start,
    since: both && dates.every((d) => d !== null) ? (dates as string[]).sort().at(-1)! : null,
    azerbaijan: side(AZERBAIJAN, azerbaijan),
    counterpart: side(countryCode, counterpart),
    limitations: limitationsOf([[AZERBAIJAN, azerbaijan], [countryCode, counterpart]], assistanceType),
  };
}

/** Reciprocity: always an option, whatever the treaties say. */
export function reciprocityOption(countryCode: string): UnrankedOption {
  return {
    id: optionId(null, countryCode),
    kind: LegalBasisOptionKind.RECIPROCITY,
    agreementId: null,
    counterpartCountryCode: countryCode,
    applicability: LegalBasisApplicability.RECIPROCITY,
    partiesIncomplete: false,
    partiesComplete: null,
    partiesListed: 0,
    inForce: LegalBasisInForce.NOT_A_TREATY,
    inForceSince: null,
    since: null,
    azerbaijan: null,
    counterpart: null,
    limitations: [],
  };
}

/** What the ranking takes from an option's track record (the mla subgraph's figures). */
export interface RankingFigures {
  /** Requests counted (in and out); more than 0 makes an agreement a row even where it does not bind both. */
  requests: number;
  /** 0 NO_REQUESTS … 4 PROACTIVE (CooperationLevel's order). */
  level: number;
  /** Suspects arrested + victims identified + convictions. */
  results: number;
  executed: number;
  refused: number;
}

const NO_FIGURES: RankingFigures = { requests: 0, level: 0, results: 0, executed: 0, refused: 0 };

const APPLICABILITY_ORDER = [LegalBasisApplicability.BOTH_PARTIES, LegalBasisApplicability.PARTY_LIST_INCOMPLETE, LegalBasisApplicability.RECIPROCITY,
  LegalBasisApplicability.RECORDED_USE_ONLY];
const IN_FORCE_ORDER = [LegalBasisInForce.IN_FORCE, LegalBasisInForce.DATES_UNKNOWN, LegalBasisInForce.NOT_A_TREATY, LegalBasisInForce.NOT_IN_FORCE];
const KIND_ORDER = [LegalBasisOptionKind.BILATERAL, LegalBasisOptionKind.MULTILATERAL, LegalBasisOptionKind.ORGANISATION_FRAMEWORK, LegalBasisOptionKind.RECIPROCITY];

/**
 * The ranking (docs/legal-basis.md): options that bind both states (or may, or reciprocity) before rows of
 * recorded use only; among them proven results with that country first (results on cases, then executed
 * requests: by level, results, executions); then standing (both parties before an incomplete list,
 * reciprocity after them, known in force before unknown dates), bilateral before multilateral before
 * organisation frameworks; fewer refusals, then the id, break ties.
 */
export function rankOptions(options: readonly UnrankedOption[], figures: ReadonlyMap<string, RankingFigures>): LegalBasisOption[] {
  const keyOf = (option: UnrankedOption): number[] => {
    const f = figures.get(option.id) ?? NO_FIGURES;
    const recordedOnly = option.applicability === LegalBasisApplicability.RECORDED_USE_ONLY;
    const proven = f.level >= 2;
    return [
      recordedOnly ? 1 : 0,
      proven ? 0 : 1,
      proven ? -f.level : 0,
      proven ? -f.results : 0,
      proven ? -f.executed : 0,
      APPLICABILITY_ORDER.indexOf(option.applicability),
      IN_FORCE_ORDER.indexOf(option.inForce),
      KIND_ORDER.indexOf(option.kind),
      f.refused,
    ];
  };
  const keyed = options.map((option) => ({ option, key: keyOf(option) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return a.option.id < b.option.id ? -1 : a.option.id > b.option.id ? 1 : 0;
  });
  return keyed.map(({ option }, index) => ({ ...option, rank: index + 1 }));
}

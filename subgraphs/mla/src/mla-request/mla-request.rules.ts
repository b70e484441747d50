import { message, render, type Message } from "#shared/import/import-messages";
import { UserInputError } from "#shared/errors";
import { Direction, LegalBasisKind, MlaStatus } from "./mla-request";
import { ALLOWED_TRANSITIONS, canTransition, initialStatus, isFinal } from "./mla-status";
import { RefusalGroundCode } from "./refusal-ground";

/**
 * The rules a request's own fields obey, whoever writes them: `createMlaRequest` and the spreadsheet
 * import both ask here. `undefined` means "not known" (a cell that could not be read): rules about it are
 * skipped, so one bad cell is one problem.
 */
export interface RequestState {
  reference?: string | null;
  direction?: Direction;
  counterpartAuthority?: string | null;
  legalBasisKind?: LegalBasisKind;
  legalBasisAgreementId?: string | null;
  status?: MlaStatus;
  openedOn?: string | null;
  dueOn?: string | null;
  closedOn?: string | null;
  refusalGround?: string | null;
  /** The listed ground; a refusal needs it or the ground in words (OTHER needs the words). */
  refusalGroundCode?: RefusalGroundCode | null;
}

export type RequestField = keyof RequestState;

export interface Violation {
  field: RequestField;
  problem: Message;
}

export const TEXT_LIMITS = { reference: 100, counterpartAuthority: 300, refusalGround: 2000, note: 4000 } as const;

/** Statuses a request of this direction can ever be in: those reachable from where it starts. */
export function reachableStatuses(direction: Direction): Set<MlaStatus> {
  const reached = new Set<MlaStatus>([initialStatus(direction)]);
  for (const status of reached) for (const next of ALLOWED_TRANSITIONS[status]) reached.add(next);
  return reached;
}

export function requestViolations(state: RequestState): Violation[] {
  const violations: Violation[] = [];
  const add = (field: RequestField, problem: Message) => violations.push({ field, problem });
  if (state.reference !== undefined) {
    if (!state.reference) add("reference", message("required"));
    else if (state.reference.length > TEXT_LIMITS.reference) add("reference", message("too_long", { max: TEXT_LIMITS.reference }));
  }
  if (state.counterpartAuthority && state.counterpartAuthority.length > TEXT_LIMITS.counterpartAuthority) {
    add("counterpartAuthority", message("too_long", { max: TEXT_LIMITS.counterpartAuthority }));
  }
  if (state.legalBasisKind !== undefined && state.legalBasisAgreementId !== undefined && (state.legalBasisKind === LegalBasisKind.AGREEMENT) !== Boolean(state.legalBasisAgreementId)) {
    add("legalBasisAgreementId", message("legal_basis_agreement"));
  }
  if (state.status !== undefined && state.direction !== undefined && !reachableStatuses(state.direction).has(state.status)) {
    add("status", message("status_unreachable", { direction: state.direction, status: state.status }));
  }
  if (state.openedOn && state.dueOn && state.dueOn < state.openedOn) add("dueOn", message("date_before", { other: state.openedOn }));
  if (state.closedOn && state.status !== undefined && !isFinal(state.status)) add("closedOn", message("closed_only_final"));
  else if (state.openedOn && state.closedOn && state.closedOn < state.openedOn) add("closedOn", message("date_before", { other: state.openedOn }));
  if (state.refusalGround && state.refusalGround.length > TEXT_LIMITS.refusalGround) add("refusalGround", message("too_long", { max: TEXT_LIMITS.refusalGround }));
  if (state.status !== undefined && state.refusalGround !== undefined) {
    const coded = Boolean(state.refusalGroundCode) && state.refusalGroundCode !== RefusalGroundCode.OTHER;
    if (state.status === MlaStatus.REFUSED && !state.refusalGround && !coded) add("refusalGround", message("refusal_ground_required"));
    if (state.status !== MlaStatus.REFUSED && state.refusalGround) add("refusalGround", message("refusal_ground_only_refused"));
  }
  if (state.status !== undefined && state.status !== MlaStatus.REFUSED && state.refusalGroundCode) add("refusalGroundCode", message("refusal_ground_only_refused"));
  return violations;
}

/** Why a request may not go from one status to another, or null when the workflow allows it. */
export function transitionProblem(from: MlaStatus, to: MlaStatus): Message | null {
  if (canTransition(from, to)) return null;
  const allowed = ALLOWED_TRANSITIONS[from];
  return allowed.length ? message("transition_not_allowed", { from, to, allowed: allowed.join(", ") }) : message("transition_from_final", { from });
}

/** For the API: the first violation as the error GraphQL clients get (English), naming `input.<field>`. */
export function throwFirst(violations: readonly Violation[]): void {
  const [first] = violations;
  if (first) throw new UserInputError(`input.${first.field}`, render(first.problem, "en"));
}

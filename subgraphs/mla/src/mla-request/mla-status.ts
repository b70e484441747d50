import { Direction, MlaStatus } from "./mla-request";

/**
 * The MLA workflow, in one table: from each status, where a request may go next. An outgoing request
 * starts as a DRAFT and is SENT; an incoming one starts RECEIVED. EXECUTED, PARTIALLY_EXECUTED, REFUSED
 * and WITHDRAWN are final.
 */
export const ALLOWED_TRANSITIONS: Record<MlaStatus, readonly MlaStatus[]> = {
  [MlaStatus.DRAFT]: [MlaStatus.SENT, MlaStatus.WITHDRAWN],
  [MlaStatus.SENT]: [
    MlaStatus.IN_PROGRESS,
    MlaStatus.ADDITIONAL_INFO_REQUESTED,
    MlaStatus.EXECUTED,
    MlaStatus.PARTIALLY_EXECUTED,
    MlaStatus.REFUSED,
    MlaStatus.WITHDRAWN,
  ],
  [MlaStatus.RECEIVED]: [MlaStatus.IN_PROGRESS, MlaStatus.ADDITIONAL_INFO_REQUESTED, MlaStatus.REFUSED, MlaStatus.WITHDRAWN],
  [MlaStatus.IN_PROGRESS]: [
    MlaStatus.ADDITIONAL_INFO_REQUESTED,
    MlaStatus.EXECUTED,
    MlaStatus.PARTIALLY_EXECUTED,
    MlaStatus.REFUSED,
    MlaStatus.WITHDRAWN,
  ],
  [MlaStatus.ADDITIONAL_INFO_REQUESTED]: [MlaStatus.IN_PROGRESS, MlaStatus.REFUSED, MlaStatus.WITHDRAWN],
  [MlaStatus.EXECUTED]: [],
  [MlaStatus.PARTIALLY_EXECUTED]: [],
  [MlaStatus.REFUSED]: [],
  [MlaStatus.WITHDRAWN]: [],
};

export const FINAL_STATUSES: readonly MlaStatus[] = [MlaStatus.EXECUTED, MlaStatus.PARTIALLY_EXECUTED, MlaStatus.REFUSED, MlaStatus.WITHDRAWN];
export const EXECUTED_STATUSES: readonly MlaStatus[] = [MlaStatus.EXECUTED, MlaStatus.PARTIALLY_EXECUTED];

export function initialStatus(direction: Direction): MlaStatus {
  return direction === Direction.OUTGOING ? MlaStatus.DRAFT : MlaStatus.RECEIVED;
}

export function canTransition(from: MlaStatus, to: MlaStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export function isFinal(status: MlaStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

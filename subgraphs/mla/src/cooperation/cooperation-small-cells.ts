import { suppressedCells, withheld } from "#shared/subgraph/small-cells";

/** The figures of a CooperationSummary the rule reads (structural, so this file needs no GraphQL type). */
interface Figures {
  requestsIn: number | null;
  requestsOut: number | null;
  executed: number | null;
  refused: number | null;
  pending: number | null;
  overdue: number | null;
  medianDaysToExecute: number | null;
  outcomes: Record<string, number | null>;
}

const REQUEST_COUNTS = ["requestsIn", "requestsOut", "executed", "refused", "pending", "overdue"] as const;
const OUTCOME_COUNTS = ["suspectsArrested", "victimsIdentified", "victimsAssisted", "indictments", "convictions"] as const;

/**
 * Requests in + out = executed + refused + pending + (withdrawn and drafts, not shown): one relation, so
 * one withheld cell among them is always joined by a second. Overdue is part of pending (a bound, not a
 * sum). Outcome kinds add up to nothing shown, so each stands alone. The median and the seized assets
 * describe the executed requests themselves: withheld while fewer than k of them stand behind them.
 */
export function suppressCooperation<T extends Figures>(summaries: T[], minCell: number | null): T[] {
  return summaries.map((summary) => {
    if (minCell === null) return { ...summary, suppressed: [], outcomes: { ...summary.outcomes, suppressed: [] } };
    const counts = Object.fromEntries(REQUEST_COUNTS.map((name) => [name, summary[name]]));
    const hidden = suppressedCells(counts, minCell, [{ left: ["requestsIn", "requestsOut"], right: ["executed", "refused", "pending"] }]);
    const fewExecuted = (summary.executed ?? 0) < minCell;
    if (fewExecuted && summary.medianDaysToExecute !== null) hidden.add("medianDaysToExecute");
    const outcomeHidden = suppressedCells(Object.fromEntries(OUTCOME_COUNTS.map((name) => [name, summary.outcomes[name]])), minCell);
    if (fewExecuted && (summary.outcomes.assetsSeized ?? 0) > 0) outcomeHidden.add("assetsSeized");
    return { ...withheld(summary, hidden), outcomes: withheld(summary.outcomes, outcomeHidden) };
  });
}

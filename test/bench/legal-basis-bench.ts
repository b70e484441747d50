import type { SubgraphName } from "#shared/config";
import type { StatementCounter } from "#shared/database/data-source";

/** The options for Turkey with everything a new-request form shows, track records included. */
export const LEGAL_BASIS_QUERY = `{ legalBasisOptions(counterpartCountry: "TR", includeSynthetic: true) {
  rank kind applicability partiesIncomplete inForce agreement { id title } counterpart { status country { nameEn } } limitations { text } why
  trackRecord(includeSynthetic: true) { requestsIn requestsOut executed refused pending medianDaysToExecute level
    refusalGrounds { ground refused } outcomes { suspectsArrested victimsIdentified convictions } }
} }`;

export const LEGAL_BASIS_HEADER = `  ${"requests".padStart(8)} ${"gateway ms".padStart(11)} ${"SQL/op".padStart(7)}  per subgraph`;

/**
 * One line of the legalBasisOptions section at the current data size: median through the gateway and the
 * SQL statements of one operation, per subgraph (constant whatever the number of requests).
 */
export async function benchLegalBasis(
  size: number,
  send: () => Promise<Response>,
  counters: Record<SubgraphName, StatementCounter>,
  time: (iterations: number, send: () => Promise<Response>) => Promise<number>,
  iterations: number,
): Promise<string> {
  await time(10, send);
  const ms = await time(iterations, send);
  for (const counter of Object.values(counters)) counter.reset();
  await time(1, send);
  const perSubgraph = Object.fromEntries(Object.entries(counters).map(([name, counter]) => [name, counter.reset()]));
  const total = Object.values(perSubgraph).reduce((a, b) => a + b, 0);
  return `  ${String(size).padStart(8)} ${ms.toFixed(2).padStart(11)} ${String(total).padStart(7)}  ${JSON.stringify(perSubgraph)}`;
}

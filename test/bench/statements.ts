import type { DeployedHub } from "./deployed-hub";
import { parsePrometheusText, sumOf } from "./prometheus-text";

type SubgraphName = keyof DeployedHub["subgraphUrls"];

/** SQL statements each subgraph has sent so far, from its own `GET /metrics` (the bench is on loopback). */
async function statementTotals(hub: DeployedHub): Promise<Record<SubgraphName, number>> {
  const entries = await Promise.all(
    (Object.entries(hub.subgraphUrls) as [SubgraphName, string][]).map(async ([name, url]) => {
      const response = await fetch(url.replace(/\/graphql$/, "/metrics"));
      if (!response.ok) throw new Error(`${name} /metrics answered ${response.status}`);
      return [name, sumOf(parsePrometheusText(await response.text()), "hub_sql_statements_total")] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, number>;
}

export interface StatementCount {
  total: number;
  perSubgraph: Record<SubgraphName, number>;
}

/**
 * SQL statements per GraphQL operation: `samples` operations sent one after another through the gateway,
 * the subgraphs' statement counters read before and after. Nothing else talks to the hub meanwhile.
 */
export async function statementsPerOperation(hub: DeployedHub, send: () => Promise<void>, samples = 5): Promise<StatementCount> {
  const before = await statementTotals(hub);
  for (let i = 0; i < samples; i++) await send();
  const after = await statementTotals(hub);
  const perSubgraph = Object.fromEntries(
    (Object.keys(before) as SubgraphName[]).map((name) => [name, (after[name] - before[name]) / samples]),
  ) as Record<SubgraphName, number>;
  return { total: Object.values(perSubgraph).reduce((a, b) => a + b, 0), perSubgraph };
}

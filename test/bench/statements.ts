import type { DeployedHub } from "./deployed-hub";
import { parsePrometheusText, sumOf } from "./prometheus-text";

type SubgraphName = keyof DeployedHub["subgraphUrls"];

async function statementsSent(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url.replace(/\/graphql$/, "/metrics"), { headers });
  if (!response.ok) throw new Error(`${url} /metrics answered ${response.status}`);
  return sumOf(parsePrometheusText(await response.text()), "hub_sql_statements_total");
}

/** SQL statements each service has sent so far, from its own `GET /metrics` (subgraphs: the bench is on loopback). */
async function statementTotals(hub: DeployedHub): Promise<Record<SubgraphName | "gateway", number>> {
  const entries = await Promise.all([
    ...(Object.entries(hub.subgraphUrls) as [SubgraphName, string][]).map(async ([name, url]) => [name, await statementsSent(url)] as const),
    (async () => ["gateway", await statementsSent(hub.gatewayUrl, { authorization: `Bearer ${await hub.token("admin")}` })] as const)(),
  ]);
  return Object.fromEntries(entries) as Record<SubgraphName | "gateway", number>;
}

export interface StatementCount {
  /** The subgraphs' statements: the data the operation reads. */
  total: number;
  perSubgraph: Record<SubgraphName, number>;
  /** The gateway's own (its rate-limit counter, the audit), not part of `total`. */
  gateway: number;
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
    (Object.keys(hub.subgraphUrls) as SubgraphName[]).map((name) => [name, (after[name] - before[name]) / samples]),
  ) as Record<SubgraphName, number>;
  return { total: Object.values(perSubgraph).reduce((a, b) => a + b, 0), perSubgraph, gateway: (after.gateway - before.gateway) / samples };
}

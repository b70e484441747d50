import { parsePrometheusText, sumOf } from "./prometheus-text";

async function busy(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const samples = parsePrometheusText(await response.text());
  return sumOf(samples, "hub_graphql_operations_in_flight") + sumOf(samples, "hub_db_pool_waiting");
}

/**
 * Waits until the hub has finished what a run left behind. autocannon stops sending when a run ends and
 * drops the answers still in flight, but the gateway and the subgraphs go on working on them: fifty slow
 * requests left over would slow the next target's run down. Done when no operation is in flight and no
 * query waits for a connection, on the gateway and every subgraph, twice 100 ms apart (a Hive Gateway
 * request between two subgraph fetches shows only there). Returns the seconds it waited.
 */
export async function drain(gatewayUrl: string, subgraphUrls: string[], adminToken: string): Promise<number> {
  const started = Date.now();
  const endpoints: [string, Record<string, string>][] = [
    [gatewayUrl.replace(/\/graphql$/, "/metrics"), { authorization: `Bearer ${adminToken}` }],
    ...subgraphUrls.map((url): [string, Record<string, string>] => [url.replace(/\/graphql$/, "/metrics"), {}]),
  ];
  let quiet = 0;
  while (quiet < 2) {
    const counts = await Promise.all(endpoints.map(([url, headers]) => busy(url, headers)));
    quiet = counts.every((count) => count === 0) ? quiet + 1 : 0;
    if (Date.now() - started > 300_000) throw new Error("the hub was still busy 5 minutes after a run ended");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (Date.now() - started) / 1000;
}

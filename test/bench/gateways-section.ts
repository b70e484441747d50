import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import type { Identity } from "#shared/auth/identity";
import type { DeployedHub } from "./deployed-hub";
import { startHiveGateway, type RunningHive } from "./hive-process";
import { emptyMeasurement, runLoad, sendOnce, summarize, type GraphQLAnswer, type Summary, type Target } from "./load";
import { benchQueries, type BenchQuery } from "./queries";
import { cell, comparable, MIN_ANSWERS, ms, ratio, sizeLabel, table } from "./report";
import type { BenchSection } from "./section";
import type { BenchSettings } from "./settings";
import { statementsPerOperation } from "./statements";

const TARGET_TITLES: Record<string, string> = {
  gateway: "our gateway",
  direct: "direct subgraph",
  hive: "Hive (dedup off)",
  "hive-dedup": "Hive (dedup on)",
};

/** results[size][query][connections][target] */
type Results = Map<number, Map<string, Map<number, Map<string, Summary>>>>;

interface Routed {
  target: Target;
  query: string;
}

/** Requests the federated page and the ranking count: the statement counts below are taken on these rows. */
function populated(federated: GraphQLAnswer | undefined, ranking: GraphQLAnswer | undefined): string {
  const edges = ((federated?.data?.agreements as { edges?: { node: { mlaRequests?: { totalCount: number } } }[] } | undefined)?.edges ?? []);
  const onPage = edges.reduce((sum, edge) => sum + (edge.node.mlaRequests?.totalCount ?? 0), 0);
  const rows = (ranking?.data?.cooperationRanking as { cooperation: { requestsIn: number; requestsOut: number } }[] | undefined) ?? [];
  const ranked = rows.reduce((sum, row) => sum + row.cooperation.requestsIn + row.cooperation.requestsOut, 0);
  const parts = [];
  if (federated) parts.push(`the federated page's agreements hold ${onPage} requests`);
  if (ranking) parts.push(`the ranking counts ${ranked}`);
  return parts.join(", ");
}

/**
 * Our gateway, the subgraph directly and Hive Gateway (de-duplication off and on), side by side on the
 * three queries at each size; the issue 17 "Done when" ratios at the end.
 */
export function gatewaysSection(): BenchSection {
  const hives: Record<string, RunningHive> = {};
  const results: Results = new Map();
  let queries: BenchQuery[] = [];
  const identity: Identity = { kind: "staff", subject: "bench", name: "Bench", roles: ["viewer"] };
  const targetsOf = (hub: DeployedHub, settings: BenchSettings, query: BenchQuery): Routed[] => {
    const bearer = async () => ({ authorization: `Bearer ${await hub.token("viewer")}` });
    const targets: Routed[] = [];
    for (const name of settings.targets) {
      if (name === "gateway") targets.push({ target: { name, url: hub.gatewayUrl, headers: bearer }, query: query.query });
      if (name === "direct" && query.direct) {
        const url = hub.subgraphUrls[query.direct.subgraph];
        // Signed right before each run: a signature lives 60 s, longer than any run.
        targets.push({ target: { name, url, headers: async () => ({ [IDENTITY_HEADER]: await signIdentity(hub.secrets.internalSecret, identity) }) }, query: query.direct.query });
      }
      if (hives[name]) targets.push({ target: { name, url: hives[name].url, headers: bearer }, query: query.query });
    }
    return targets;
  };
  return {
    name: "gateways",
    async start(hub, settings) {
      queries = benchQueries().filter((query) => settings.queries.includes(query.name));
      if (settings.targets.includes("hive")) hives.hive = await startHiveGateway(hub, settings.portBase + 4, false);
      if (settings.targets.includes("hive-dedup")) hives["hive-dedup"] = await startHiveGateway(hub, settings.portBase + 5, true);
      printLegend(queries, settings);
    },
    async atSize(hub, settings, size) {
      results.set(size, await measureSize(hub, settings, queries, (query) => targetsOf(hub, settings, query)));
    },
    async finish(_hub, settings) {
      for (const hive of Object.values(hives)) await hive.stop();
      printDoneWhen(results, settings);
    },
  };
}

function printLegend(queries: BenchQuery[], settings: BenchSettings): void {
  console.log(`\n== Gateways: the deployed hub over HTTP (autocannon), ${settings.rounds} interleaved runs of ${settings.duration} s per target, after ${settings.warmup} s of warm-up`);
  for (const query of queries) console.log(`  ${query.name.padEnd(10)} ${query.label}${query.direct?.note ? `; ${query.direct.note}` : ""}`);
  console.log("  cells: throughput of clean answers/s, p50/p99 latency in ms; ERR failed/all when any answer was an HTTP error, a timeout or carried GraphQL errors");
}

async function measureSize(
  hub: DeployedHub,
  settings: BenchSettings,
  queries: BenchQuery[],
  targetsOf: (query: BenchQuery) => Routed[],
): Promise<Map<string, Map<number, Map<string, Summary>>>> {
  const gateway: Target = { name: "gateway", url: hub.gatewayUrl, headers: async () => ({ authorization: `Bearer ${await hub.token("viewer")}` }) };
  const answers = new Map<string, GraphQLAnswer>();
  const slowest = new Map<string, number>();
  for (const query of queries) {
    // One answer from each target first: a target that fails is reported with its error, not timed.
    for (const { target, query: text } of targetsOf(query)) {
      const started = process.hrtime.bigint();
      const answer = await sendOnce(target, text);
      slowest.set(query.name, Math.max(slowest.get(query.name) ?? 0, Number(process.hrtime.bigint() - started) / 1e9));
      if (answer.errors?.length) console.log(`  ! ${query.name} via ${target.name}: ${answer.errors[0].message}`);
      if (target.name === "gateway") answers.set(query.name, answer);
    }
  }
  console.log(`   gateways: ${populated(answers.get("federated"), answers.get("ranking"))}`);
  const statements: string[] = [];
  for (const query of queries) {
    const count = await statementsPerOperation(hub, async () => void (await sendOnce(gateway, query.query)));
    const parts = Object.entries(count.perSubgraph).filter(([, n]) => n > 0).map(([name, n]) => `${name} ${n}`);
    statements.push(`${query.name} ${count.total} (${parts.join(", ")}; gateway ${count.gateway})`);
  }
  console.log(`   SQL statements per operation through the gateway (subgraphs, and the gateway's own): ${statements.join("; ")}`);

  const bySize = new Map<string, Map<number, Map<string, Summary>>>();
  const rows: string[][] = [];
  const skipped: string[] = [];
  for (const query of queries) {
    const byConnections = new Map<number, Map<string, Summary>>();
    for (const connections of settings.connections) {
      const targets = targetsOf(query);
      // Every run leaves up to `connections` requests in flight, which the hub finishes before the next run
      // (settle): past ten runs' worth of queued work the bench would mostly wait, so it says so instead.
      // One answer's time: the slowest target's p50 at one connection when that ran, else the first answers' (cold).
      const one = byConnections.get(1);
      const single = one ? Math.max(...[...one.values()].map((summary) => (Number.isFinite(summary.p50) ? summary.p50 / 1000 : summary.seconds))) : (slowest.get(query.name) ?? 0);
      if (connections > 1 && single * connections > 10 * settings.duration) {
        const note = `skipped: one answer takes ${single.toFixed(1)} s, ${connections} connections would queue ${(single * connections).toFixed(0)} s of work per run`;
        console.log(`   ${query.name} @${connections}: ${note}`);
        rows.push([query.name, String(connections), ...settings.targets.map(() => "skipped")]);
        skipped.push(`${query.name} @${connections} ${note}`);
        continue;
      }
      const body = (text: string) => JSON.stringify({ query: text });
      if (settings.warmup > 0) {
        for (const { target, query: text } of targets) {
          await runLoad(target, body(text), connections, settings.warmup);
          await hub.settle();
        }
      }
      const measurements = targets.map(() => emptyMeasurement());
      for (let round = 0; round < settings.rounds; round++) {
        for (const [i, { target, query: text }] of targets.entries()) {
          await runLoad(target, body(text), connections, settings.duration, measurements[i]);
          // What the run left in flight is finished before the next target starts.
          await hub.settle();
        }
      }
      const summaries = new Map(targets.map(({ target }, i) => [target.name, summarize(measurements[i])]));
      byConnections.set(connections, summaries);
      const gw = summaries.get("gateway");
      rows.push([
        query.name,
        String(connections),
        ...settings.targets.map((name) => cell(summaries.get(name))),
        ratio(gw?.throughput, summaries.get("hive")?.throughput, comparable(gw, summaries.get("hive"), MIN_ANSWERS)),
        ratio(gw?.throughput, summaries.get("hive-dedup")?.throughput, comparable(gw, summaries.get("hive-dedup"), MIN_ANSWERS)),
        ratio(gw?.p50, summaries.get("direct")?.p50, comparable(gw, summaries.get("direct"))),
      ]);
      console.log(`   ${query.name} @${connections}: ${settings.targets.map((name) => `${name} ${cell(summaries.get(name))}`).join(" | ")}`);
    }
    bySize.set(query.name, byConnections);
  }
  console.log("");
  console.log(
    table(
      ["query", "conns", ...settings.targets.map((name) => TARGET_TITLES[name] ?? name), "thr gw/hive", "thr gw/hive-dd", "p50 gw/direct"],
      rows,
    ),
  );
  for (const note of skipped) console.log(`  ${note}`);
  return bySize;
}

/** The issue's "Done when" ratios, from the runs above. */
function printDoneWhen(results: Results, settings: BenchSettings): void {
  const sizes = [...results.keys()];
  if (sizes.length === 0) return;
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  const get = (size: number, query: string, connections: number, target = "gateway") => results.get(size)?.get(query)?.get(connections)?.get(target);
  const clean = (summary: Summary | undefined) => summary !== undefined && summary.failed === 0;
  const rows: string[][] = [];
  for (const connections of settings.connections) {
    for (const query of ["ranking", "federated"]) {
      const small = get(smallest, query, connections);
      const large = get(largest, query, connections);
      if (!small && !large) continue;
      const ok = clean(small) && clean(large);
      rows.push([`${query} through the gateway, p50 at ${sizeLabel(largest)} / at ${sizeLabel(smallest)}`, String(connections), ratio(large?.p50, small?.p50, ok), `${ms(large?.p50 ?? NaN)} / ${ms(small?.p50 ?? NaN)} ms`, "≤ 1.5"]);
    }
    for (const size of sizes) {
      const federated = get(size, "federated", connections);
      const page = get(size, "page", connections);
      if (!federated || !page) continue;
      rows.push([`federated p50 / one-subgraph page p50 at ${sizeLabel(size)}`, String(connections), ratio(federated.p50, page.p50, clean(federated) && clean(page)), `${ms(federated.p50)} / ${ms(page.p50)} ms`, size === 100_000 ? "≤ 2.5" : ""]);
    }
    for (const query of ["page", "federated", "ranking"]) {
      for (const size of sizes) {
        const ours = get(size, query, connections);
        const hive = get(size, query, connections, "hive");
        const dedup = get(size, query, connections, "hive-dedup");
        if (!ours || (!hive && !dedup)) continue;
        rows.push([
          `${query} throughput, our gateway / Hive dedup off (on) at ${sizeLabel(size)}`,
          String(connections),
          ratio(ours.throughput, hive?.throughput, comparable(ours, hive, MIN_ANSWERS)),
          `(${ratio(ours.throughput, dedup?.throughput, comparable(ours, dedup, MIN_ANSWERS))})`,
          "≥ 1.0",
        ]);
      }
    }
  }
  console.log(`\n== Done when (issue 17)\n${table(["ratio", "conns", "value", "detail", "target"], rows)}`);
}

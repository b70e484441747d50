import type { DeployedHub } from "./deployed-hub";
import { emptyMeasurement, runLoad, sendOnce, summarize, type Target } from "./load";
import { cell, sizeLabel, table } from "./report";
import type { BenchSection } from "./section";
import type { BenchSettings } from "./settings";
import { statementsPerOperation } from "./statements";

/** The options for Turkey with everything a new-request form shows, track records included. */
export const LEGAL_BASIS_QUERY = `query LegalBasisOptions { legalBasisOptions(counterpartCountry: "TR", includeSynthetic: true) {
  rank kind applicability partiesIncomplete inForce agreement { id title } counterpart { status country { nameEn } } limitations { text } why
  trackRecord(includeSynthetic: true) { requestsIn requestsOut executed refused pending medianDaysToExecute level
    refusalGrounds { ground refused } outcomes { suspectsArrested victimsIdentified convictions } }
} }`;

/**
 * Issue 14's `legalBasisOptions(counterpartCountry: "TR")` with track records through the gateway at each
 * size: one connection, BENCH_ROUNDS runs of BENCH_DURATION seconds after the warm-up, p50/p99, and SQL
 * statements per operation and subgraph (constant whatever the number of requests).
 */
export function legalBasisSection(): BenchSection {
  const rows: string[][] = [];
  return {
    name: "legal-basis",
    async atSize(hub: DeployedHub, settings: BenchSettings, size: number) {
      const target: Target = { name: "gateway", url: hub.gatewayUrl, headers: async () => ({ authorization: `Bearer ${await hub.token("officer")}` }) };
      const answer = await sendOnce(target, LEGAL_BASIS_QUERY);
      if (answer.errors?.length) console.log(`  ! legalBasisOptions: ${answer.errors[0].message}`);
      const count = await statementsPerOperation(hub, async () => void (await sendOnce(target, LEGAL_BASIS_QUERY)));
      const body = JSON.stringify({ query: LEGAL_BASIS_QUERY });
      if (settings.warmup > 0) await runLoad(target, body, 1, settings.warmup);
      await hub.settle();
      const measurement = emptyMeasurement();
      for (let round = 0; round < settings.rounds; round++) await runLoad(target, body, 1, settings.duration, measurement);
      await hub.settle();
      const perSubgraph = Object.entries(count.perSubgraph).filter(([, n]) => n > 0).map(([name, n]) => `${name} ${n}`).join(", ");
      rows.push([sizeLabel(size), cell(summarize(measurement)), `${count.total} (${perSubgraph}; gateway ${count.gateway})`]);
    },
    async finish() {
      if (rows.length === 0) return;
      console.log(`\n== legalBasisOptions(counterpartCountry: "TR") with track records, through the gateway, 1 connection`);
      console.log(table(["requests", "answers/s p50/p99 ms", "SQL/op"], rows));
    },
  };
}

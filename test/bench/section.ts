import type { DeployedHub } from "./deployed-hub";
import type { BenchSettings } from "./settings";

/**
 * One part of `npm run bench`, in a file of its own, run against the deployed hub the bench started.
 * bench.ts lists them; BENCH_SECTIONS picks some by name.
 */
export interface BenchSection {
  name: string;
  run(hub: DeployedHub, settings: BenchSettings): Promise<void>;
}

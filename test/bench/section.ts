import type { DeployedHub } from "./deployed-hub";
import type { BenchSettings } from "./settings";

/**
 * One part of `npm run bench`, in a file of its own, run against the deployed hub the bench started.
 * bench.ts lists them (in order) and seeds each size once for all of them; BENCH_SECTIONS picks some.
 */
export interface BenchSection {
  name: string;
  /** Before the first size: start what the section needs, print its legend. */
  start?(hub: DeployedHub, settings: BenchSettings): Promise<void>;
  /** At each size of BENCH_SIZES, once the synthetic set has that many requests. */
  atSize?(hub: DeployedHub, settings: BenchSettings, size: number): Promise<void>;
  /** After the last size: summaries, and stopping what `start` started. */
  finish?(hub: DeployedHub, settings: BenchSettings): Promise<void>;
}

/**
 * Every variable `npm run bench` reads, with its default (README's Benchmarks section lists them, and a
 * test checks it does). Quick look: BENCH_SIZES=1000 BENCH_DURATION=2 npm run bench.
 */
export const BENCH_VARIABLES = {
  BENCH_SIZES: "1000,100000,1000000",
  BENCH_DURATION: "5",
  BENCH_ROUNDS: "2",
  BENCH_CONNECTIONS: "1,50",
  BENCH_WARMUP: "1",
  BENCH_QUERIES: "page,federated,ranking",
  BENCH_TARGETS: "gateway,direct,hive,hive-dedup",
  BENCH_SECTIONS: "(all)",
  BENCH_PORT_BASE: "4400",
  BENCH_PG_PORT: "54361",
  /** Read by import-bench.ts (issue 13's section). */
  BENCH_IMPORT_ROWS: "10000",
} as const;

export interface BenchSettings {
  /** Synthetic MLA requests, one measurement pass per size. */
  sizes: number[];
  /** Seconds of load per run. */
  duration: number;
  /** Runs per target, interleaved: A, B, C, A, B, C… */
  rounds: number;
  connections: number[];
  /** Seconds of load per target before its measured runs (plans, JIT, pools, caches). */
  warmup: number;
  queries: string[];
  targets: string[];
  sections: string[] | "all";
  /** Gateway on +0, subgraphs +1…+3, Hive Gateway +4 (de-duplication off) and +5 (on). */
  portBase: number;
  pgPort: number;
}

function list(env: NodeJS.ProcessEnv, name: keyof typeof BENCH_VARIABLES): string[] {
  return (env[name] || BENCH_VARIABLES[name]).split(",").map((item) => item.trim()).filter(Boolean);
}

function positive(env: NodeJS.ProcessEnv, name: keyof typeof BENCH_VARIABLES, allowZero = false): number {
  const value = Number(env[name] || BENCH_VARIABLES[name]);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new Error(`${name} must be a positive number, got "${env[name]}"`);
  return value;
}

export function benchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const sizes = list(env, "BENCH_SIZES").map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 0 || size > 1_000_000)) throw new Error("BENCH_SIZES must be integers from 0 to 1000000");
  const duration = positive(env, "BENCH_DURATION");
  // A signed identity lives 60 s: the direct runs re-sign before each run, which must end before it expires.
  if (duration > 50) throw new Error("BENCH_DURATION must be at most 50 seconds");
  const sections = list(env, "BENCH_SECTIONS");
  return {
    sizes,
    duration,
    rounds: positive(env, "BENCH_ROUNDS"),
    connections: list(env, "BENCH_CONNECTIONS").map(Number).sort((a, b) => a - b),
    warmup: positive(env, "BENCH_WARMUP", true),
    queries: list(env, "BENCH_QUERIES"),
    targets: list(env, "BENCH_TARGETS"),
    sections: sections.includes("(all)") ? "all" : sections,
    portBase: positive(env, "BENCH_PORT_BASE"),
    pgPort: positive(env, "BENCH_PG_PORT"),
  };
}

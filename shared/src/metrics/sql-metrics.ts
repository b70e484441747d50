import type { EventEmitter } from "node:events";
import { observePoolUsage, type PoolCounts, type ServiceMetrics } from "./service-metrics";

/**
 * Statement kinds are the statement's first keyword, from a closed list: never its text, never its
 * parameters (which may carry victim data), and a bounded set of label values.
 */
const KINDS = new Set([
  "select", "insert", "update", "delete", "with", "begin", "start", "commit", "rollback", "savepoint", "release",
  "set", "show", "create", "alter", "drop", "truncate", "lock", "copy", "analyze", "vacuum", "explain", "values", "call", "do",
]);

export function statementKind(text: unknown): string {
  if (typeof text !== "string") return "other";
  // Leading comments and parentheses do not change what the statement does.
  const keyword = /^(?:\s|\(|--[^\n]*\n|\/\*[\s\S]*?\*\/)*([A-Za-z]+)/.exec(text)?.[1]?.toLowerCase() ?? "";
  return KINDS.has(keyword) ? keyword : "other";
}

type Callback = (error: Error | null, result: unknown) => void;
type Query = (this: unknown, config: unknown, values?: unknown, callback?: unknown) => unknown;
interface QueryableClient {
  query: Query;
}

const OBSERVED = Symbol("hub.sqlMetrics");

/** Times every statement a pg client sends, whether it is called with a callback (pg-pool) or a promise (TypeORM). */
function observeClient(metrics: ServiceMetrics, client: QueryableClient & { [OBSERVED]?: true }): void {
  if (client[OBSERVED]) return;
  client[OBSERVED] = true;
  const query = client.query;
  client.query = function (this: unknown, config: unknown, values?: unknown, callback?: unknown) {
    // A submittable (cursor, stream) reports its own end; the hub sends none, so it is passed through untimed.
    if (config && typeof (config as { submit?: unknown }).submit === "function") return query.call(this, config, values, callback);
    const kind = statementKind(typeof config === "string" ? config : (config as { text?: unknown } | undefined)?.text);
    const started = process.hrtime.bigint();
    const done = (failed: boolean) => {
      metrics.sqlStatements.inc({ kind, outcome: failed ? "error" : "ok" });
      metrics.sqlDurations.observe({ kind }, Number(process.hrtime.bigint() - started) / 1e9);
    };
    const last = typeof callback === "function" ? callback : typeof values === "function" ? values : undefined;
    if (last) {
      const timed: Callback = (error, result) => {
        done(Boolean(error));
        (last as Callback)(error, result);
      };
      return last === callback ? query.call(this, config, values, timed) : query.call(this, config, timed);
    }
    const result = query.call(this, config, values);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      (result as Promise<unknown>).then(() => done(false), () => done(true));
    }
    return result;
  };
}

/**
 * Counts and times every statement through `pool` (a pg Pool: the gateway's own, or the one TypeORM
 * keeps behind a subgraph's data source) and exports its usage. Clients are instrumented as they are
 * handed out, so one that already existed is covered from its next use on.
 */
export function observeDatabasePool(metrics: ServiceMetrics, pool: EventEmitter & PoolCounts): void {
  pool.on("acquire", (client: QueryableClient) => observeClient(metrics, client));
  observePoolUsage(metrics, pool);
}

import autocannon from "autocannon";

/** Where a query is sent, and with which credential (headers are built fresh before each run). */
export interface Target {
  name: string;
  url: string;
  headers: () => Promise<Record<string, string>>;
}

export interface GraphQLAnswer {
  data?: Record<string, unknown>;
  errors?: { message: string }[];
}

/** One request, its answer (an unparseable one becomes an error naming the HTTP status). */
export async function sendOnce(target: Target, query: string): Promise<GraphQLAnswer> {
  const response = await fetch(target.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(await target.headers()) },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLAnswer;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}

/** One target's runs, merged: every response's latency, and what went wrong. */
export interface Measurement {
  /** Answers with data and no GraphQL error. */
  ok: number;
  /** GraphQL errors in the body, non-2xx answers, connection errors and timeouts. */
  failed: number;
  seconds: number;
  latencies: number[];
}

export function emptyMeasurement(): Measurement {
  return { ok: 0, failed: 0, seconds: 0, latencies: [] };
}

/**
 * `connections` clients sending `body` to `target` back to back for `seconds`. An answer counts as ok
 * only if it is 2xx and carries no `"errors"` key: a failing query answers fast, and must not pass for a
 * fast one. Latencies come from autocannon's own high-resolution timer, one per answer.
 */
export async function runLoad(target: Target, body: string, connections: number, seconds: number, into: Measurement = emptyMeasurement()): Promise<Measurement> {
  const latencies: number[] = [];
  // Without a callback autocannon returns its event emitter made thenable: both at once.
  const instance = autocannon({
    url: target.url,
    method: "POST",
    headers: { "content-type": "application/json", ...(await target.headers()) },
    body,
    connections,
    duration: seconds,
    verifyBody: (response) => !String(response).includes('"errors"'),
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  const failed = result.mismatches + result.non2xx + result.errors;
  into.ok += Math.max(latencies.length - result.mismatches - result.non2xx, 0);
  into.failed += failed;
  into.seconds += result.duration;
  for (const latency of latencies) into.latencies.push(latency);
  return into;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Summary {
  throughput: number;
  p50: number;
  p99: number;
  failed: number;
  answers: number;
  /** Seconds of load, all runs together. */
  seconds: number;
}

export function summarize(measurement: Measurement): Summary {
  const sorted = [...measurement.latencies].sort((a, b) => a - b);
  return {
    throughput: measurement.seconds > 0 ? measurement.ok / measurement.seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    failed: measurement.failed,
    answers: sorted.length,
    seconds: measurement.seconds,
  };
}

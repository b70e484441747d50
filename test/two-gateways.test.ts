import { readFileSync } from "node:fs";
import path from "node:path";
import { partnerOperationsDir } from "#shared/paths";
import type { RunningGateway } from "../gateway/src/gateway";
import { RateLimiter, RequestCounters } from "../gateway/src/limits";
import { startTestHub, type TestHub } from "./support/test-hub";

// Two gateways (each with its own pool and its own memory, as two processes would have) on one
// database: limits, throttling and revocation are kept in PostgreSQL, so they hold across both.
let hub: TestHub;
let first: string;
let second: RunningGateway;
beforeAll(async () => {
  hub = await startTestHub({ rateLimits: { staff: 1000, partner: 4 }, authFailuresPerMinute: 3 });
  first = hub.gatewayUrl;
  second = await hub.secondGateway();
});
afterAll(() => hub?.stop());

async function post(url: string, headers: Record<string, string>, body: unknown = { query: "{ countries { code } }" }) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, retryAfter: response.headers.get("retry-after") };
}

describe("two gateways on one database", () => {
  it("share a partner key's rate limit: the fifth operation a minute is refused on either", async () => {
    const key = await hub.partnerKey("IOM");
    const document = (await (await fetch(`${hub.gatewayOrigin}/partner-operations`, { headers: { "x-api-key": key } })).json()) as {
      operations: { name: string; sha256: string }[];
    };
    const hash = document.operations.find((o) => o.name === "Indicators")!.sha256;
    const body = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    const statuses: number[] = [];
    for (const url of [first, second.url, first, second.url, first, second.url]) statuses.push((await post(url, { "x-api-key": key }, body)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it("claim a staff rate limit's tokens in batches: ten operations on both cost two claims of fifty", async () => {
    const token = await hub.token("viewer", "Batch Reader");
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await post(i % 2 ? second.url : first, { authorization: `Bearer ${token}` })).status);
    expect(statuses).toEqual(Array(10).fill(200));
    const { rows } = await hub.pool.query(`SELECT count FROM gateway.request_counter WHERE key = 'rate:staff:staff:batch-reader'`);
    expect(rows).toEqual([{ count: 2 * RateLimiter.batchFor(1000) }]);
  });

  it("never admit more than the limit with batched claims, however the operations are spread over the gateways", async () => {
    const limit = 100;
    const gateways = [new RateLimiter(new RequestCounters(hub.pool), { staff: limit, partner: 1 }), new RateLimiter(new RequestCounters(hub.pool), { staff: limit, partner: 1 })];
    const waits = await Promise.all(Array.from({ length: 3 * limit }, (_, i) => gateways[i % 2]!.take("spread-test", "staff")));
    const admitted = waits.filter((wait) => wait === 0).length;
    expect(admitted).toBeLessThanOrEqual(limit);
    // Tokens a gateway claimed and did not spend are lost to the other: at most a batch less one each.
    expect(admitted).toBeGreaterThanOrEqual(limit - 2 * (RateLimiter.batchFor(limit) - 1));
    expect(waits.filter((wait) => wait > 0).every((wait) => wait >= 1 && wait <= 60)).toBe(true);
  });

  it("revoke a key on one and the other refuses it at once", async () => {
    const created = await fetch(`${hub.gatewayOrigin}/admin/api-keys`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await hub.token("admin")}` },
      body: JSON.stringify({ organization: "UNODC", name: "UNODC Vienna" }),
    });
    const { key, id } = (await created.json()) as { key: string; id: string };
    const indicators = readFileSync(path.join(partnerOperationsDir(), "Indicators.graphql"), "utf8");
    const ask = (url: string) => post(url, { "x-api-key": key }, { query: indicators });
    expect((await ask(second.url)).status).toBe(200);
    const revoked = await fetch(`${hub.gatewayOrigin}/admin/api-keys/${id}/revoke`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await hub.token("admin")}` },
      body: "{}",
    });
    expect(revoked.status).toBe(200);
    expect((await ask(second.url)).status).toBe(401);
  });

  // Last: the address stays blocked for the rest of the minute.
  it("share the count of failed authentications per address: past the limit both answer 429, even to a valid key", async () => {
    const valid = await hub.partnerKey("OSCE");
    // The revoked key above failed once already; count from zero here.
    await hub.pool.query(`DELETE FROM gateway.request_counter WHERE key LIKE 'auth-failure:%'`);
    const statuses: number[] = [];
    for (const url of [first, second.url, first]) statuses.push((await post(url, { "x-api-key": `hubk_guess${statuses.length}` })).status);
    expect(statuses).toEqual([401, 401, 401]);
    for (const url of [second.url, first]) {
      const refused = await post(url, { "x-api-key": valid });
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
    // Staff tokens are checked by signature; a bad one counts too and is refused the same way.
    expect((await post(second.url, { authorization: "Bearer not.a.token" })).status).toBe(429);
  });
});

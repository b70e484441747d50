import { Client } from "pg";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

async function health(url: string) {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /health", () => {
  it("is public, answers 200 and names each subgraph and the database as up", async () => {
    const { status, body } = await health(`${hub.gatewayOrigin}/health`);
    expect(status).toBe(200);
    expect(body).toEqual({ status: "up", database: "up", subgraphs: { agreements: "up", mla: "up", recommendations: "up" } });
  });

  it("each subgraph has its own health, reporting its database", async () => {
    for (const [name, subgraph] of Object.entries(hub.subgraphs)) {
      const { status, body } = await health(subgraph.url.replace(/graphql$/, "health"));
      expect(status).toBe(200);
      expect(body).toEqual({ status: "up", service: name, database: "up" });
    }
  });

  it("answers 503 degraded naming the part that is down when a subgraph stops, and the others keep answering", async () => {
    const stopped = hub.subgraphs.recommendations.stop();
    // stop() in afterAll stops it again; make that a no-op.
    hub.subgraphs.recommendations.stop = async () => undefined;
    await stopped;
    const { status, body } = await health(`${hub.gatewayOrigin}/health`);
    expect(status).toBe(503);
    expect(body).toEqual({ status: "degraded", database: "up", subgraphs: { agreements: "up", mla: "up", recommendations: "down" } });
    // Partial data: what the other subgraphs own is there, the stopped one's (nullable) part is null.
    const { status: queryStatus, body: answer } = await hub.query<{ agreement: { id: string } | null; recommendation: unknown }>(
      `{ agreement(id: "az-tr-cooperation") { id } recommendation(id: "needs-assessment-ch3:O") { id } }`,
    );
    expect(queryStatus).toBe(200);
    expect(answer.data).toEqual({ agreement: { id: "az-tr-cooperation" }, recommendation: null });
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "recommendations" } });
    expect(answer.errors?.[0].message).toContain("recommendations");
  });

  it("a subgraph that hangs costs a query at most SUBGRAPH_TIMEOUT_MS: the rest arrives, naming it", async () => {
    const own = await startTestHub({ subgraphTimeoutMs: 500 });
    const locker = new Client({ connectionString: own.databaseUrl });
    await locker.connect();
    try {
      // The mla subgraph's query waits on this lock for as long as the test holds it.
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE mla.mla_request IN ACCESS EXCLUSIVE MODE");
      const { status, body } = await own.query<{ agreement: { id: string } | null; mlaRequests: unknown }>(
        `{ agreement(id: "az-tr-cooperation") { id } mlaRequest(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      );
      expect(status).toBe(200);
      expect(body.data).toEqual({ agreement: { id: "az-tr-cooperation" }, mlaRequest: null });
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "mla" } });
      expect(body.errors?.[0].message).toContain("timed out");
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await locker.end();
      await own.stop();
    }
  });
});

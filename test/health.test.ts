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
});

import { Client } from "pg";
import { startTestHub, type TestHub } from "./support/test-hub";

// The gateway's HTTP surface (Fastify routes): what a browser, a script and a careless client get.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const post = async (body: string, headers: Record<string, string>) =>
  fetch(hub.gatewayUrl, { method: "POST", headers: { authorization: `Bearer ${await hub.token("viewer")}`, ...headers }, body });

describe("the gateway's HTTP surface", () => {
  it("serves the console with a strict Content-Security-Policy, no framing and no sniffing", async () => {
    for (const path of ["/", "/console/console.js", "/console/console.css"]) {
      const response = await fetch(hub.gatewayOrigin + path);
      expect(response.status).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("lets only GraphiQL's page use inline styles, and serves its assets from node_modules", async () => {
    const page = await fetch(`${hub.gatewayOrigin}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("style-src 'self' 'unsafe-inline'");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self';");
    expect((await fetch(`${hub.gatewayOrigin}/graphiql/assets/graphiql.min.js`)).status).toBe(200);
    expect((await fetch(`${hub.gatewayOrigin}/graphiql/assets/package.json`)).status).toBe(404);
  });

  it("serves nothing outside the console's folder", async () => {
    for (const path of ["/console/../../package.json", "/console/%2e%2e/%2e%2e/package.json", "/secrets.json", "/console/"]) {
      const response = await fetch(hub.gatewayOrigin + path);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toContain("cooperation-hub");
    }
  });

  it("answers unknown routes 404 and malformed JSON 400, with a code", async () => {
    const missing = await fetch(`${hub.gatewayOrigin}/no-such-page`);
    expect(missing.status).toBe(404);
    const malformed = await post("{ not json", { "content-type": "application/json" });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()) as unknown).toEqual({ errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("prevents cross-site request forgery: a simple text/plain POST is refused", async () => {
    const response = await post(JSON.stringify({ query: "{ countries { code } }" }), { "content-type": "text/plain" });
    expect(response.status).toBe(400);
  });

  it("answers queries sent with GET (with the header CSRF prevention asks for)", async () => {
    const url = `${hub.gatewayUrl}?query=${encodeURIComponent("{ countries { code } }")}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${await hub.token("viewer")}`, "apollo-require-preflight": "true" } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { countries: unknown[] } }).data.countries.length).toBeGreaterThan(0);
  });

  it("lets a request in flight finish when the gateway stops (drain), then refuses connections", async () => {
    const own = await startTestHub();
    const locker = new Client({ connectionString: own.databaseUrl });
    await locker.connect();
    try {
      // Hold the query in the database, stop the gateway while it waits, then let it go.
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE agreements.country IN ACCESS EXCLUSIVE MODE");
      const inFlight = own.query<{ countries: { code: string }[] }>("{ countries { code } }");
      await waitForLockWaiter(locker);
      const stopped = own.stopGateway();
      await locker.query("COMMIT");
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.body.data?.countries.length).toBeGreaterThan(0);
      await stopped;
      await expect(fetch(own.gatewayUrl)).rejects.toThrow();
    } finally {
      await locker.end();
      await own.stop();
    }
  });
});

/** Resolves once some other session waits for a lock the locker holds. */
async function waitForLockWaiter(locker: Client): Promise<void> {
  for (;;) {
    const { rows } = await locker.query(`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`);
    if (rows[0].waiting > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

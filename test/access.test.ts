import { SignJWT } from "jose";
import { signIdentity, IDENTITY_HEADER } from "#shared/auth/gateway-signature";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const QUERY = JSON.stringify({ query: "{ mlaRequests { totalCount } reportedCooperation { id } }" });

async function direct(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: QUERY });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

describe("who may ask", () => {
  it("refuses a gateway request without credentials with 401 UNAUTHENTICATED", async () => {
    const { status, body } = await hub.query("{ countries { code } }", undefined, { headers: {} });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(body).not.toHaveProperty("data.countries");
  });

  it("refuses a token signed with another secret, and an expired one", async () => {
    const forged = await new SignJWT({ roles: ["admin"], name: "Mallory" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer("cooperation-hub")
      .setAudience("cooperation-hub")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("not-the-hub-secret-not-the-hub-secret"));
    const expired = await new SignJWT({ roles: ["viewer"], name: "Late" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("y")
      .setIssuer("cooperation-hub")
      .setAudience("cooperation-hub")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(hub.staffTokenSecret));
    for (const token of [forged, expired]) {
      const { status, body } = await hub.query("{ countries { code } }", undefined, { headers: { authorization: `Bearer ${token}` } });
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("lets a staff token through the gateway", async () => {
    const { status, body } = await hub.query<{ countries: { code: string }[] }>("{ countries { code } }");
    expect(status).toBe(200);
    expect(body.data!.countries.map((c) => c.code)).toContain("AZ");
  });
});

describe("subgraphs answer only the gateway", () => {
  it.each(["agreements", "mla", "recommendations"] as const)("%s refuses a direct request with no gateway signature", async (name) => {
    const { status, body } = await direct(hub.subgraphs[name].url);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
  });

  it("refuses a staff token presented directly to a subgraph (only the gateway's signature counts)", async () => {
    const token = await hub.token("admin");
    const { status } = await direct(hub.subgraphs.mla.url, { authorization: `Bearer ${token}`, [IDENTITY_HEADER]: token });
    expect(status).toBe(401);
  });

  it("refuses a gateway signature made with the wrong secret", async () => {
    const forged = await signIdentity("guessed-secret", { kind: "staff", subject: "s", name: "n", roles: ["admin"] });
    const { status } = await direct(hub.subgraphs.mla.url, { [IDENTITY_HEADER]: forged });
    expect(status).toBe(401);
  });

  it("answers a signed identity carrying an unknown role as one without it (no crash)", async () => {
    const signed = await signIdentity(hub.internalSecret, { kind: "staff", subject: "s", name: "n", roles: ["superuser" as never, "viewer"] });
    const { status, body } = await direct(hub.subgraphs.mla.url, { [IDENTITY_HEADER]: signed });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ mlaRequests: { totalCount: 0 } });
  });

  it("accepts a request the gateway's secret signed", async () => {
    const signed = await signIdentity(hub.internalSecret, { kind: "staff", subject: "s", name: "n", roles: ["viewer"] });
    const { status, body } = await direct(hub.subgraphs.mla.url, { [IDENTITY_HEADER]: signed });
    expect(status).toBe(200);
    // The seeded data, read from the database: no request, and the reported fact about Turkey.
    expect(body.data).toEqual({ mlaRequests: { totalCount: 0 }, reportedCooperation: expect.arrayContaining([{ id: "tr-mla-requests-answered" }]) });
  });
});

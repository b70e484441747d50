import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { hasRole, type Identity, type Role } from "./identity";
import { createStaffTokenVerifier, InvalidTokenError, issueStaffToken, staffSubject } from "./staff-token";

describe("staff tokens", () => {
  it("verifies the hub's own HS256 tokens and reads the role", async () => {
    const verify = createStaffTokenVerifier({ secret: "s".repeat(40) });
    const token = await issueStaffToken("s".repeat(40), { name: "A. Officer", role: "officer" });
    await expect(verify(token)).resolves.toMatchObject({ kind: "staff", name: "A. Officer", roles: ["officer"] });
    await expect(verify(`${token}x`)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("refuses a token without exp, however well signed", async () => {
    const verify = createStaffTokenVerifier({ secret: "s".repeat(40) });
    const forever = await new SignJWT({ name: "Forever", roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("staff:forever")
      .setIssuer("cooperation-hub")
      .setAudience("cooperation-hub")
      .sign(new TextEncoder().encode("s".repeat(40)));
    await expect(verify(forever)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("names the same person the same way on every token: the subject comes from the name unless given", async () => {
    expect(staffSubject("A. Officer")).toBe("staff:a-officer");
    expect(staffSubject("Əli Həsənov")).toBe("staff:eli-hesenov");
    expect(staffSubject("Ирина")).toMatch(/^staff:[0-9a-f]{16}$/);
    const verify = createStaffTokenVerifier({ secret: "s".repeat(40) });
    await expect(verify(await issueStaffToken("s".repeat(40), { name: "A. Officer", role: "viewer" }))).resolves.toMatchObject({ subject: "staff:a-officer" });
    await expect(verify(await issueStaffToken("s".repeat(40), { name: "A. Officer", role: "viewer", subject: "emp-1042" }))).resolves.toMatchObject({ subject: "emp-1042" });
  });

  it("an unknown role grants nothing and does not crash the role check", () => {
    const identity = { kind: "staff", subject: "s", name: "n", roles: ["superuser" as Role, "viewer"] } as Identity;
    expect(hasRole(identity, "viewer")).toBe(true);
    expect(hasRole(identity, "admin")).toBe(false);
    expect(hasRole({ ...identity, roles: ["constructor" as Role] }, "viewer")).toBe(false);
    expect(hasRole({ ...identity, roles: undefined as never }, "viewer")).toBe(false);
  });

  describe("with an OIDC issuer", () => {
    let server: Server;
    let issuer: string;
    let privateKey: KeyLike;

    beforeAll(async () => {
      const pair = await generateKeyPair("RS256");
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
      server = createServer((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const sign = (claims: Record<string, unknown>, audience = "hub") =>
      new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "test-key" }).setSubject("u1").setIssuer(issuer).setAudience(audience).setExpirationTime("5m").sign(privateKey);

    it("verifies tokens against the issuer's JWKS and refuses the hub's HS256 ones", async () => {
      const verify = createStaffTokenVerifier({ secret: "s".repeat(40), oidc: { issuer, audience: "hub", jwksUrl: `${issuer}/.well-known/jwks.json` } });
      await expect(verify(await sign({ name: "Oidc User", roles: ["admin"] }))).resolves.toMatchObject({ subject: "u1", roles: ["admin"] });
      await expect(verify(await sign({ roles: ["admin"] }, "another-app"))).rejects.toBeInstanceOf(InvalidTokenError);
      await expect(verify(await sign({ roles: ["superuser"] }))).rejects.toBeInstanceOf(InvalidTokenError);
      await expect(verify(await issueStaffToken("s".repeat(40), { name: "x", role: "admin" }))).rejects.toBeInstanceOf(InvalidTokenError);
    });
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { createStaffTokenVerifier, InvalidTokenError, issueStaffToken } from "./staff-token";

describe("staff tokens", () => {
  it("verifies the hub's own HS256 tokens and reads the role", async () => {
    const verify = createStaffTokenVerifier({ secret: "s".repeat(40) });
    const token = await issueStaffToken("s".repeat(40), { name: "A. Officer", role: "officer" });
    await expect(verify(token)).resolves.toMatchObject({ kind: "staff", name: "A. Officer", roles: ["officer"] });
    await expect(verify(`${token}x`)).rejects.toBeInstanceOf(InvalidTokenError);
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

import { randomUUID } from "node:crypto";
import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import { isStaffRole, type Identity, type StaffRole } from "./identity";

export const STAFF_TOKEN_ISSUER = "cooperation-hub";
export const STAFF_TOKEN_AUDIENCE = "cooperation-hub";

export interface StaffTokenVerifierOptions {
  secret: string;
  oidc?: { issuer: string; jwksUrl?: string; audience?: string };
}

export class InvalidTokenError extends Error {}

export async function issueStaffToken(
  secret: string,
  claims: { name: string; role: StaffRole; subject?: string; expiresIn?: string },
): Promise<string> {
  return new SignJWT({ name: claims.name, roles: [claims.role] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.subject ?? `staff:${randomUUID()}`)
    .setIssuer(STAFF_TOKEN_ISSUER)
    .setAudience(STAFF_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? "12h")
    .sign(new TextEncoder().encode(secret));
}

/**
 * Verifies `Authorization: Bearer` tokens: HS256 with the hub's own secret by default, or an OIDC
 * issuer's JWKS when OIDC_ISSUER is configured. Roles come from a `roles` claim.
 */
export function createStaffTokenVerifier(options: StaffTokenVerifierOptions): (token: string) => Promise<Identity> {
  const oidc = options.oidc;
  const jwks: JWTVerifyGetKey | undefined = oidc
    ? createRemoteJWKSet(new URL(oidc.jwksUrl ?? `${oidc.issuer.replace(/\/$/, "")}/.well-known/jwks.json`))
    : undefined;
  const key = new TextEncoder().encode(options.secret);
  return async (token) => {
    let payload;
    try {
      const verified = jwks
        ? await jwtVerify(token, jwks, { issuer: oidc!.issuer, audience: oidc!.audience })
        : await jwtVerify(token, key, { issuer: STAFF_TOKEN_ISSUER, audience: STAFF_TOKEN_AUDIENCE, algorithms: ["HS256"] });
      payload = verified.payload;
    } catch {
      throw new InvalidTokenError("token is invalid or expired");
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is StaffRole => typeof r === "string" && isStaffRole(r)) : [];
    if (!payload.sub || roles.length === 0) throw new InvalidTokenError("token carries no subject or no hub role");
    return { kind: "staff", subject: payload.sub, name: typeof payload.name === "string" ? payload.name : payload.sub, roles };
  };
}

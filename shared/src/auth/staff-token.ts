import { createHash } from "node:crypto";
import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import { isStaffRole, type Identity, type StaffRole } from "./identity";

export const STAFF_TOKEN_ISSUER = "cooperation-hub";
export const STAFF_TOKEN_AUDIENCE = "cooperation-hub";

export interface StaffTokenVerifierOptions {
  secret: string;
  oidc?: { issuer: string; jwksUrl?: string; audience?: string };
}

export class InvalidTokenError extends Error {}

// Azerbaijani letters that NFKD does not take apart into a Latin letter and a mark.
const LATIN: Record<string, string> = { ə: "e", Ə: "e", ı: "i", I: "i", ş: "s", Ş: "s", ç: "c", Ç: "c", ğ: "g", Ğ: "g" };

/**
 * The default `sub` of a token issued by `hub token`: derived from the name, so every token of one person
 * names the same actor in the audit ("A. Officer" → "staff:a-officer"). Two people with one name need
 * `--subject`.
 */
export function staffSubject(name: string): string {
  const slug = [...name.normalize("NFKC")]
    .map((char) => LATIN[char] ?? char)
    .join("")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `staff:${slug || createHash("sha256").update(name).digest("hex").slice(0, 16)}`;
}

export async function issueStaffToken(
  secret: string,
  claims: { name: string; role: StaffRole; subject?: string; expiresIn?: string },
): Promise<string> {
  return new SignJWT({ name: claims.name, roles: [claims.role] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.subject ?? staffSubject(claims.name))
    .setIssuer(STAFF_TOKEN_ISSUER)
    .setAudience(STAFF_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? "12h")
    .sign(new TextEncoder().encode(secret));
}

/**
 * Verifies `Authorization: Bearer` tokens: HS256 with the hub's own secret by default, or an OIDC
 * issuer's JWKS when OIDC_ISSUER is configured. Roles come from a `roles` claim. A token without `exp`
 * is refused: a leaked token must stop working by itself.
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
        ? await jwtVerify(token, jwks, { issuer: oidc!.issuer, audience: oidc!.audience, requiredClaims: ["exp"] })
        : await jwtVerify(token, key, { issuer: STAFF_TOKEN_ISSUER, audience: STAFF_TOKEN_AUDIENCE, algorithms: ["HS256"], requiredClaims: ["exp"] });
      payload = verified.payload;
    } catch {
      throw new InvalidTokenError("token is invalid or expired");
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is StaffRole => typeof r === "string" && isStaffRole(r)) : [];
    if (!payload.sub || roles.length === 0) throw new InvalidTokenError("token carries no subject or no hub role");
    return { kind: "staff", subject: payload.sub, name: typeof payload.name === "string" ? payload.name : payload.sub, roles };
  };
}

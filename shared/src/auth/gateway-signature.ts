import { SignJWT, jwtVerify } from "jose";
import { isRole, type Identity } from "./identity";

/** Header the gateway puts the signed identity in; subgraphs refuse requests without a valid one. */
export const IDENTITY_HEADER = "x-hub-identity";
const ISSUER = "cooperation-hub-gateway";
const AUDIENCE = "cooperation-hub-subgraph";

export class MissingGatewaySignatureError extends Error {}

/** Short-lived, so a captured header is of little use for long. */
export async function signIdentity(secret: string, identity: Identity): Promise<string> {
  return new SignJWT({ kind: identity.kind, name: identity.name, roles: identity.roles, org: identity.organization })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("60s")
    .sign(new TextEncoder().encode(secret));
}

export async function verifyIdentity(secret: string, header: string | undefined): Promise<Identity> {
  if (!header) throw new MissingGatewaySignatureError("request did not come through the gateway");
  try {
    const { payload } = await jwtVerify(header, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    return {
      kind: payload.kind === "partner" ? "partner" : "staff",
      subject: String(payload.sub),
      name: String(payload.name ?? payload.sub),
      roles: Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [],
      organization: typeof payload.org === "string" ? payload.org : undefined,
    };
  } catch {
    throw new MissingGatewaySignatureError("gateway signature is invalid or expired");
  }
}

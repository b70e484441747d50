import type { IncomingHttpHeaders } from "node:http";
import { GraphQLError } from "graphql";
import type { Identity } from "#shared/auth/identity";
import { InvalidTokenError } from "#shared/auth/staff-token";
import { InvalidApiKeyError } from "./api-key/api-key.service";

export type StaffTokenVerifier = (token: string) => Promise<Identity>;
export type ApiKeyVerifier = (key: string) => Promise<Identity>;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** Every GraphQL request names who it is: a staff token or a partner key. There is no anonymous access. */
export async function authenticate(headers: IncomingHttpHeaders, verifyStaffToken: StaffTokenVerifier, verifyApiKey: ApiKeyVerifier): Promise<Identity> {
  const authorization = headers.authorization;
  const apiKey = headers["x-api-key"];
  if (authorization && apiKey) throw unauthenticated("send either Authorization or X-Api-Key, not both");
  try {
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw unauthenticated("Authorization must be 'Bearer <token>'");
      return await verifyStaffToken(match[1]);
    }
    if (typeof apiKey === "string" && apiKey) return await verifyApiKey(apiKey);
  } catch (error) {
    if (error instanceof InvalidTokenError || error instanceof InvalidApiKeyError) throw unauthenticated(error.message);
    throw error;
  }
  throw unauthenticated("send Authorization: Bearer <token> (staff) or X-Api-Key: <key> (partners)");
}

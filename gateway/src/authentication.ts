import type { IncomingHttpHeaders } from "node:http";
import type { FastifyRequest } from "fastify";
import { GraphQLError } from "graphql";
import type { Identity } from "#shared/auth/identity";
import { InvalidTokenError } from "#shared/auth/staff-token";
import { InvalidApiKeyError } from "./api-key/api-key.service";
import type { AuthFailureThrottle } from "./limits";
import { RefusedRequest } from "./refused-request";

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

function tooManyFailures(seconds: number): RefusedRequest {
  const refused = new RefusedRequest(429, `too many failed authentications from this address; retry in ${seconds}s`, "TOO_MANY_REQUESTS");
  refused.extensions.retryAfter = seconds;
  return refused;
}

/**
 * Authentication with failed attempts throttled per source address: a presented credential that fails
 * counts against the address (in the database, for every gateway), and past the limit the address gets
 * 429 before its credential is looked at. An API key costs a database lookup, so the shared count is read
 * before one is verified; a staff token is checked by signature alone.
 */
export function createIdentifier(verifyStaffToken: StaffTokenVerifier, verifyApiKey: ApiKeyVerifier, throttle: AuthFailureThrottle) {
  return async (request: FastifyRequest): Promise<Identity> => {
    const address = request.ip;
    const presented = Boolean(request.headers.authorization || request.headers["x-api-key"]);
    if (request.headers["x-api-key"]) {
      const wait = await throttle.blocked(address);
      if (wait > 0) throw tooManyFailures(wait);
    }
    try {
      return await authenticate(request.headers, verifyStaffToken, verifyApiKey);
    } catch (error) {
      if (presented && error instanceof GraphQLError && error.extensions?.code === "UNAUTHENTICATED") await throttle.recordFailure(address);
      throw error;
    }
  };
}

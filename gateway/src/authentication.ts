import type { IncomingHttpHeaders } from "node:http";
import { GraphQLError } from "graphql";
import type { Identity } from "../../shared/src/auth/identity";
import { InvalidTokenError } from "../../shared/src/auth/staff-token";

export type StaffTokenVerifier = (token: string) => Promise<Identity>;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** Every GraphQL request names who it is; there is no anonymous access. */
export async function authenticate(headers: IncomingHttpHeaders, verifyStaffToken: StaffTokenVerifier): Promise<Identity> {
  const authorization = headers.authorization;
  if (!authorization) throw unauthenticated("send Authorization: Bearer <token>");
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated("Authorization must be 'Bearer <token>'");
  try {
    return await verifyStaffToken(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
    throw error;
  }
}

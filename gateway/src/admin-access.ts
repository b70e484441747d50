import type { FastifyReply, FastifyRequest } from "fastify";
import { hasRole, type Identity } from "#shared/auth/identity";
import { RefusedRequest } from "./refused-request";

export type Identify = (request: FastifyRequest) => Promise<Identity>;

/** An error answer of the admin routes: `{ error: CODE, message, field? }`. */
export function adminError(reply: FastifyReply, status: number, code: string, message: string, field?: string) {
  return reply.code(status).send({ error: code, message, ...(field ? { field } : {}) });
}

/**
 * The identity of an admin staff member, or null once the reply is sent (401 without a valid token, 403
 * for anyone else, partner keys included). A POST must declare a JSON body: a cross-site form can send
 * only form or text bodies, so this keeps the routes CSRF-safe (and a browser preflights JSON, which the
 * gateway never allows cross-origin).
 */
export async function requireAdmin(request: FastifyRequest, reply: FastifyReply, identify: Identify): Promise<Identity | null> {
  if (request.method === "POST" && !/^application\/json\b/i.test(request.headers["content-type"] ?? "")) {
    await adminError(reply, 415, "UNSUPPORTED_MEDIA_TYPE", "send the body as application/json");
    return null;
  }
  let identity: Identity;
  try {
    identity = await identify(request);
  } catch (error) {
    if (error instanceof RefusedRequest) await adminError(reply, error.status, String(error.extensions.code), error.message);
    else await adminError(reply, 401, "UNAUTHENTICATED", "send Authorization: Bearer <admin token>");
    return null;
  }
  if (identity.kind !== "staff" || !hasRole(identity, "admin")) {
    await adminError(reply, 403, "FORBIDDEN", "admins only");
    return null;
  }
  return identity;
}

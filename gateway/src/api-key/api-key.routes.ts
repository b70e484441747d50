import type { FastifyInstance } from "fastify";
import type { Identity } from "#shared/auth/identity";
import { isUuid } from "#shared/database/uuid";
import { adminError, requireAdmin, type Identify } from "../admin-access";
import type { AuditLog } from "../audit/audit-log";
import type { ApiKeyService } from "./api-key.service";

interface CreateBody {
  organization?: unknown;
  name?: unknown;
  expiresInDays?: unknown;
}

function textField(body: CreateBody, field: "organization" | "name", max: number): string | { problem: string } {
  const value = body[field];
  if (typeof value !== "string" || value.trim() === "") return { problem: "is required" };
  if (value.length > max || [...value].some((char) => char.charCodeAt(0) < 0x20)) return { problem: `must be at most ${max} characters, without control characters` };
  return value.trim();
}

/**
 * Partner-key management over HTTP for admins (the console builds on it): list, create (the key is in
 * this answer and nowhere else, ever), revoke. Each change is audited like a mutation: the row is written
 * before the change, the outcome after.
 */
export function registerApiKeyRoutes(app: FastifyInstance, keys: ApiKeyService, audit: AuditLog, identify: Identify): void {
  const audited = async <T>(identity: Identity, address: string, operationName: string, variables: Record<string, unknown>, change: () => Promise<T>) => {
    const id = await audit.begin({ identity, operationType: "admin", operationName, variables, sourceAddress: address });
    try {
      const result = await change();
      await audit.finish(id, "OK", []);
      return result;
    } catch (error) {
      await audit.finish(id, "ERROR", ["INTERNAL_SERVER_ERROR"]).catch(() => undefined);
      throw error;
    }
  };

  app.get("/admin/api-keys", async (request, reply) => {
    if (!(await requireAdmin(request, reply, identify))) return reply;
    return reply.send({ keys: await keys.list() });
  });

  app.post<{ Body: CreateBody }>("/admin/api-keys", async (request, reply) => {
    const identity = await requireAdmin(request, reply, identify);
    if (!identity) return reply;
    const body = (request.body && typeof request.body === "object" ? request.body : {}) as CreateBody;
    const organization = textField(body, "organization", 100);
    if (typeof organization !== "string") return adminError(reply, 400, "BAD_USER_INPUT", `organization ${organization.problem}`, "organization");
    const name = textField(body, "name", 200);
    if (typeof name !== "string") return adminError(reply, 400, "BAD_USER_INPUT", `name ${name.problem}`, "name");
    const days = body.expiresInDays ?? 365;
    if (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > 3650) {
      return adminError(reply, 400, "BAD_USER_INPUT", "expiresInDays must be a whole number of days from 1 to 3650", "expiresInDays");
    }
    const created = await audited(identity, request.ip, "createApiKey", { organization, name, expiresInDays: days }, () => keys.create(organization, name, days, identity.subject));
    return reply.code(201).send({ key: created.key, ...created.record });
  });

  app.post<{ Params: { id: string } }>("/admin/api-keys/:id/revoke", async (request, reply) => {
    const identity = await requireAdmin(request, reply, identify);
    if (!identity) return reply;
    const { id } = request.params;
    if (!isUuid(id)) return adminError(reply, 404, "NOT_FOUND", "no such key");
    const revoked = await audited(identity, request.ip, "revokeApiKey", { id }, () => keys.revoke(id));
    if (!revoked) return adminError(reply, 404, "NOT_FOUND", "no active key with this id");
    return reply.send({ id, revoked: true });
  });
}

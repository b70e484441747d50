import type { FastifyInstance, FastifyReply } from "fastify";
import type { Identity } from "#shared/auth/identity";
import { adminError, requireAdmin, type Identify } from "../admin-access";
import type { AuditLog } from "../audit/audit-log";
import type { DailyDigest } from "./daily-digest";
import { RecipientProblem, type RecipientInput } from "./digest-recipients";

export interface DigestRouteOptions {
  identify: Identify;
  digest: DailyDigest;
  audit: AuditLog;
}

const STATUS: Record<RecipientProblem["code"], number> = { BAD_USER_INPUT: 400, CONFLICT: 409, NOT_FOUND: 404 };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function problem(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof RecipientProblem) return adminError(reply, STATUS[error.code], error.code, error.message, error.field);
  throw error;
}

const body = (value: unknown): RecipientInput => (value && typeof value === "object" ? (value as RecipientInput) : {});

/**
 * Admin routes of the daily digest, for the CLI (`hub digest …`) and a later console page:
 * `GET /admin/digest` (settings and the last week's deliveries), `GET|POST /admin/digest-recipients`,
 * `PATCH|DELETE /admin/digest-recipients/:id`, `GET /admin/digest-recipients/:id/preview?day=`, and
 * `POST /admin/digest/run` (today's now, still once a day). Admins only (admin-access.ts); every change is
 * audited like the key routes, the row before the change and the outcome after, with the recipient's id,
 * role, language and state: never the address or the name.
 */
export function registerDigestRoutes(app: FastifyInstance, options: DigestRouteOptions): void {
  const { digest, audit, identify } = options;

  async function change<T>(identity: Identity, address: string, operationName: string, variables: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
    const id = await audit.begin({ identity, operationType: "admin", operationName, variables, sourceAddress: address });
    try {
      const result = await work();
      await audit.finish(id, "OK", []);
      return result;
    } catch (error) {
      await audit.finish(id, "ERROR", [error instanceof RecipientProblem ? error.code : "INTERNAL_SERVER_ERROR"]).catch(() => undefined);
      throw error;
    }
  }

  app.get("/admin/digest", async (request, reply) => {
    if (!(await requireAdmin(request, reply, identify))) return reply;
    return reply.send({ ...digest.settings, today: digest.today(), deliveries: await digest.deliveries() });
  });

  app.get("/admin/digest-recipients", async (request, reply) => {
    if (!(await requireAdmin(request, reply, identify))) return reply;
    return reply.send({ recipients: await digest.recipients.list() });
  });

  app.post("/admin/digest-recipients", async (request, reply) => {
    const identity = await requireAdmin(request, reply, identify);
    if (!identity) return reply;
    try {
      const input = body(request.body);
      const variables = { role: input.role, lang: input.lang, active: input.active };
      const recipient = await change(identity, request.ip, "createDigestRecipient", variables, () => digest.recipients.create(input, identity.subject));
      return reply.code(201).send(recipient);
    } catch (error) {
      return problem(reply, error);
    }
  });

  app.patch<{ Params: { id: string } }>("/admin/digest-recipients/:id", async (request, reply) => {
    const identity = await requireAdmin(request, reply, identify);
    if (!identity) return reply;
    try {
      const input = body(request.body);
      const variables = { id: request.params.id.slice(0, 64), role: input.role, lang: input.lang, active: input.active };
      return reply.send(await change(identity, request.ip, "updateDigestRecipient", variables, () => digest.recipients.update(request.params.id, input)));
    } catch (error) {
      return problem(reply, error);
    }
  });

  app.delete<{ Params: { id: string } }>("/admin/digest-recipients/:id", async (request, reply) => {
    const identity = await requireAdmin(request, reply, identify);
    if (!identity) return reply;
    try {
      const recipient = await change(identity, request.ip, "deleteDigestRecipient", { id: request.params.id.slice(0, 64) }, () => digest.recipients.remove(request.params.id));
      return reply.send({ deleted: recipient.id });
    } catch (error) {
      return problem(reply, error);
    }
  });

  app.get<{ Params: { id: string }; Querystring: { day?: string } }>("/admin/digest-recipients/:id/preview", async (request, reply) => {
    if (!(await requireAdmin(request, reply, identify))) return reply;
    const day = request.query.day ?? digest.today();
    if (!DAY.test(day) || Number.isNaN(Date.parse(day))) return adminError(reply, 400, "BAD_USER_INPUT", "day must be YYYY-MM-DD", "day");
    try {
      return reply.send(await digest.preview(await digest.recipients.get(request.params.id), day));
    } catch (error) {
      return problem(reply, error);
    }
  });

  app.post("/admin/digest/run", async (request, reply) => {
    const identity = await requireAdmin(request, reply, identify);
    if (!identity) return reply;
    if (!digest.enabled) return adminError(reply, 409, "CONFLICT", "the digest is off: set SMTP_URL to send it");
    return reply.send(await change(identity, request.ip, "runDigest", { day: digest.today() }, () => digest.run(digest.today())));
  });
}

import { createHash } from "node:crypto";
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Pool } from "pg";
import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import { hasRole, type Identity } from "#shared/auth/identity";
import type { SubgraphName } from "#shared/config";
import { errorBody } from "#shared/http/server";
import { IMPORT_OWNERS, isImportKind, type ImportKind } from "#shared/import/import-kinds";
import type { Logger } from "#shared/logger";

export interface ImportRouteOptions {
  /** Authenticates the request (failed attempts count against its address). */
  identify(request: FastifyRequest): Promise<Identity>;
  subgraphUrls: Record<SubgraphName, string>;
  internalSecret: string;
  pool: Pool;
  maxImportBytes: number;
  log: Logger;
}

/** Time a subgraph may take to check and write a file: 10 000 rows take seconds, not minutes. */
const IMPORT_TIMEOUT_MS = 120_000;

interface ImportSummary {
  rows?: number;
  created?: number;
  updated?: number;
  unchanged?: number;
  errors?: { code?: string }[];
}

const subgraphBase = (url: string) => url.replace(/\/graphql\/?$/, "");

/**
 * `POST /import/:kind` (multipart, one file; `?dryRun=true` checks without writing) for officers, never
 * partners, and `GET /import/:kind/template?format=csv|xlsx` for staff. The file goes to the subgraph that
 * owns the kind, signed with the caller's identity as GraphQL fetches are; the subgraph reads it with its
 * own rules and answers the result, which is passed on as it is. Each import is audited like a mutation:
 * who, the kind, the file's size and SHA-256 and the counts, never a cell (cells may describe victims).
 */
export async function registerImportRoutes(app: FastifyInstance, options: ImportRouteOptions): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: options.maxImportBytes, files: 1, fields: 5, parts: 6 } });

    scope.post<{ Params: { kind: string }; Querystring: { dryRun?: string } }>("/import/:kind", async (request, reply) => {
      const dryRun = /^(1|true)$/i.test(request.query.dryRun ?? "");
      const identity = await options.identify(request).catch(() => null);
      if (!identity) return reply.code(401).send(errorBody("send Authorization: Bearer <officer token>", "UNAUTHENTICATED"));
      const audit = (outcome: "OK" | "ERROR", codes: string[], details: Record<string, unknown>) =>
        auditImport(options, identity, request.params.kind, outcome, codes, { dryRun, ...details });
      if (identity.kind !== "staff" || !hasRole(identity, "officer")) {
        await audit("ERROR", ["FORBIDDEN"], {});
        return reply.code(403).send(errorBody("importing is for officers; partner keys never import", "FORBIDDEN"));
      }
      if (!isImportKind(request.params.kind)) {
        await audit("ERROR", ["NOT_FOUND"], {});
        return reply.code(404).send(errorBody(`unknown import kind; kinds: ${Object.keys(IMPORT_OWNERS).join(", ")}`, "NOT_FOUND"));
      }
      const file = await readUpload(request, reply, options.maxImportBytes);
      if (!file) {
        await audit("ERROR", [reply.statusCode === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST"], {});
        return reply;
      }
      const kind: ImportKind = request.params.kind;
      const url = `${subgraphBase(options.subgraphUrls[IMPORT_OWNERS[kind]])}/import/${kind}?dryRun=${dryRun}`;
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/octet-stream",
            [IDENTITY_HEADER]: await signIdentity(options.internalSecret, identity),
            ...(request.headers["accept-language"] ? { "accept-language": String(request.headers["accept-language"]) } : {}),
          },
          body: file,
          signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
        });
      } catch (error) {
        // Refused: nothing was imported. Timed out: the subgraph may still finish, so the caller should look first.
        const timedOut = (error as Error).name === "TimeoutError";
        options.log.warn({ subgraph: IMPORT_OWNERS[kind], timedOut }, "import not answered");
        await audit("ERROR", ["SERVICE_UNAVAILABLE"], { bytes: file.length });
        return reply.code(timedOut ? 504 : 503).send(errorBody(
          timedOut ? `the ${IMPORT_OWNERS[kind]} service did not answer in time: check the records before importing again` : `the ${IMPORT_OWNERS[kind]} service is not answering; nothing was imported`,
          "SERVICE_UNAVAILABLE",
        ));
      }
      const body = (await response.json()) as ImportSummary;
      const codes = [...new Set((body.errors ?? []).map((e) => String(e.code ?? "INTERNAL_SERVER_ERROR")))];
      await audit(response.ok && codes.length === 0 ? "OK" : "ERROR", response.ok ? codes : [`HTTP_${response.status}`], {
        bytes: file.length,
        sha256: createHash("sha256").update(file).digest("hex"),
        rows: body.rows,
        created: body.created,
        updated: body.updated,
        unchanged: body.unchanged,
        errors: body.errors?.length,
      });
      return reply.code(response.status).send(body);
    });

    scope.get<{ Params: { kind: string }; Querystring: { format?: string } }>("/import/:kind/template", async (request, reply) => {
      const identity = await options.identify(request).catch(() => null);
      if (!identity) return reply.code(401).send(errorBody("send Authorization: Bearer <token>", "UNAUTHENTICATED"));
      if (identity.kind !== "staff") return reply.code(403).send(errorBody("templates are for staff", "FORBIDDEN"));
      if (!isImportKind(request.params.kind)) return reply.code(404).send(errorBody("unknown import kind", "NOT_FOUND"));
      const format = request.query.format === "csv" ? "csv" : "xlsx";
      const response = await fetch(`${subgraphBase(options.subgraphUrls[IMPORT_OWNERS[request.params.kind]])}/import/${request.params.kind}/template?format=${format}`, {
        headers: { [IDENTITY_HEADER]: await signIdentity(options.internalSecret, identity) },
      });
      return reply
        .code(response.status)
        .type(response.headers.get("content-type") ?? "application/octet-stream")
        .header("content-disposition", response.headers.get("content-disposition") ?? "attachment")
        .send(Buffer.from(await response.arrayBuffer()));
    });
  });
}

/** The uploaded file's bytes, or undefined after answering 400 (no file) or 413 (over MAX_IMPORT_BYTES). */
async function readUpload(request: FastifyRequest, reply: FastifyReply, limit: number): Promise<Buffer | undefined> {
  if (!request.isMultipart()) {
    reply.code(400).send(errorBody("send the file as multipart/form-data (curl -F file=@register.xlsx)", "BAD_REQUEST"));
    return undefined;
  }
  try {
    const part = await request.file();
    if (!part) {
      reply.code(400).send(errorBody("the form holds no file", "BAD_REQUEST"));
      return undefined;
    }
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      reply.code(413).send(errorBody(`the file exceeds ${limit} bytes (MAX_IMPORT_BYTES)`, "PAYLOAD_TOO_LARGE"));
    } else {
      reply.code(400).send(errorBody("the upload could not be read", "BAD_REQUEST"));
    }
    return undefined;
  }
}

async function auditImport(options: ImportRouteOptions, identity: Identity, kind: string, outcome: "OK" | "ERROR", codes: string[], details: Record<string, unknown>): Promise<void> {
  try {
    await options.pool.query(
      `INSERT INTO gateway.audit_log (actor_kind, actor_subject, actor_organization, operation_type, operation_name, variables, outcome, error_codes)
       VALUES ($1, $2, $3, 'import', $4, $5, $6, $7)`,
      [identity.kind, identity.subject, identity.organization ?? null, `import ${kind.slice(0, 60)}`, JSON.stringify(details), outcome, codes],
    );
  } catch (error) {
    options.log.error({ err: { message: (error as Error).message } }, "audit write failed");
  }
}

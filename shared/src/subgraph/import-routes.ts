import type { FastifyInstance, FastifyRequest } from "fastify";
import type { DataSource } from "typeorm";
import { hasRole, type Identity } from "../auth/identity";
import { runImport, type TableImporter } from "../import/importer";
import { pickLanguage } from "../import/import-messages";
import { writeTemplate } from "../import/template";
import { errorBody } from "../http/server";
import type { SubgraphPeers } from "./peers";

export interface ImportRouteOptions {
  importers: readonly TableImporter[];
  dataSource: DataSource;
  peers: SubgraphPeers;
  maxImportBytes: number;
  identityOf(request: FastifyRequest): Identity;
}

export const TEMPLATE_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * The subgraph's side of `POST /import/:kind`: the gateway sends the file's bytes (application/octet-stream)
 * with the caller's signed identity, `?dryRun=true` and the caller's Accept-Language; the subgraph checks
 * the role itself (officer: never a partner), reads the file with the kind's own rules, and answers the
 * import result. `GET /import/:kind/template?format=csv|xlsx` answers the kind's template.
 */
export async function registerImportRoutes(app: FastifyInstance, options: ImportRouteOptions): Promise<void> {
  const byKind = new Map(options.importers.map((importer) => [importer.kind as string, importer]));
  await app.register(async (scope) => {
    scope.addContentTypeParser("application/octet-stream", { parseAs: "buffer", bodyLimit: options.maxImportBytes }, (_request, body, done) => done(null, body));
    scope.post<{ Params: { kind: string }; Querystring: { dryRun?: string } }>("/import/:kind", async (request, reply) => {
      const importer = byKind.get(request.params.kind);
      if (!importer) return reply.code(404).send(errorBody(`nothing to import as ${request.params.kind} here`, "NOT_FOUND"));
      const identity = options.identityOf(request);
      if (identity.kind !== "staff" || !hasRole(identity, "officer")) return reply.code(403).send(errorBody("importing is for officers", "FORBIDDEN"));
      if (!Buffer.isBuffer(request.body)) return reply.code(400).send(errorBody("send the file as application/octet-stream", "BAD_REQUEST"));
      const result = await runImport(importer, request.body, {
        dryRun: /^(1|true)$/i.test(request.query.dryRun ?? ""),
        language: pickLanguage(request.headers["accept-language"]),
        identity,
        db: options.dataSource,
        peers: options.peers,
      });
      return reply.send(result);
    });
    scope.get<{ Params: { kind: string }; Querystring: { format?: string } }>("/import/:kind/template", async (request, reply) => {
      const importer = byKind.get(request.params.kind);
      if (!importer) return reply.code(404).send(errorBody(`no template for ${request.params.kind} here`, "NOT_FOUND"));
      const format = request.query.format ?? "xlsx";
      if (format !== "csv" && format !== "xlsx") return reply.code(400).send(errorBody("format is csv or xlsx", "BAD_REQUEST"));
      return reply
        .type(TEMPLATE_TYPES[format])
        .header("content-disposition", `attachment; filename="${importer.kind}.${format}"`)
        .send(await writeTemplate(importer.kind, importer.columns, format));
    });
  });
}

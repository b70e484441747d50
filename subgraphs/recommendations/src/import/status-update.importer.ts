import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { bulkInsert } from "#shared/database/bulk-insert";
import { parseChoice, parseList, parseText } from "#shared/import/cell-values";
import { lookUpNames } from "#shared/import/hub-lookups";
import { checkRepeated, type ImportProblems, type ImportRow } from "#shared/import/import-table";
import type { ImportContext, RowAction, TableImporter } from "#shared/import/importer";
import type { SubgraphPeers } from "#shared/subgraph/peers";
import { EVIDENCE_LIMIT, NOTE_LIMIT, PERIOD } from "../status/status-recorder.service";
import { ChangeOrigin, RecommendationStatus } from "../status/status-update";
import { STATUS_UPDATE_COLUMNS } from "./status-update.columns";

interface UpdateRow {
  row: ImportRow;
  recommendationId: string;
  period: string;
  status: RecommendationStatus;
  note: string | null;
  agreementNames: string[];
  measureIds: string[];
  requestReferences: string[];
  documentTitle: string | null;
  documentUrl: string | null;
}

interface EvidenceRow {
  kind: "AGREEMENT" | "MEASURE" | "MLA_REQUEST" | "DOCUMENT";
  agreementId?: string;
  measureId?: string;
  mlaRequestId?: string;
  documentTitle?: string;
  documentUrl?: string | null;
}

interface StoredUpdate {
  id: string;
  recommendation_id: string;
  reporting_period: string;
  status: RecommendationStatus;
  note: string | null;
  origin: ChangeOrigin;
  evidence: string[];
}

/** Evidence compared as a set of "KIND:id" strings (a document by title and link). */
function evidenceKey(evidence: EvidenceRow): string {
  return `${evidence.kind}:${evidence.agreementId ?? evidence.mlaRequestId ?? evidence.measureId ?? `${evidence.documentTitle}|${evidence.documentUrl ?? ""}`}`;
}

function readUpdate(row: ImportRow, problems: ImportProblems): UpdateRow | undefined {
  const text = (column: string) => row.text(column);
  for (const column of ["recommendation", "reporting_period", "status"]) if (text(column) === "") problems.add(row.row, column, "required");
  if (text("reporting_period") && !PERIOD.test(text("reporting_period"))) problems.add(row.row, "reporting_period", "period_invalid", { value: text("reporting_period") });
  const status = text("status") ? row.read("status", parseChoice(text("status"), Object.values(RecommendationStatus)), problems) : undefined;
  const note = row.read("note", parseText(text("note"), NOTE_LIMIT), problems);
  const documentTitle = row.read("evidence_document", parseText(text("evidence_document"), 500), problems);
  const documentUrl = text("evidence_document_url") || null;
  if (documentUrl && !/^https?:\/\/\S+$/.test(documentUrl)) problems.add(row.row, "evidence_document_url", "url_invalid");
  else if (documentUrl && !documentTitle) problems.add(row.row, "evidence_document_url", "url_needs_title");
  const measureIds = parseList(text("evidence_measures"));
  for (const id of measureIds) if (!/^\d+$/.test(id)) problems.add(row.row, "evidence_measures", "measure_unknown", { value: id });
  const update: UpdateRow = {
    row, recommendationId: text("recommendation"), period: text("reporting_period"), status: status!, note: note ?? null,
    agreementNames: [...new Set(parseList(text("evidence_agreements"), /[;\n\r]+/))], measureIds: [...new Set(measureIds)],
    requestReferences: [...new Set(parseList(text("evidence_mla_requests")))], documentTitle: documentTitle ?? null, documentUrl,
  };
  const pieces = update.agreementNames.length + update.measureIds.length + update.requestReferences.length + (update.documentTitle ? 1 : 0);
  if (pieces > EVIDENCE_LIMIT) problems.add(row.row, "evidence_agreements", "too_many", { max: EVIDENCE_LIMIT });
  return problems.isInvalid(row.row) ? undefined : update;
}

/** MLA requests by reference, asked of the mla subgraph (IN:/OUT: picks a direction). */
async function lookUpRequests(peers: SubgraphPeers, references: string[]): Promise<Map<string, { id: string; direction: string }[]>> {
  const byReference = new Map<string, { id: string; direction: string }[]>();
  for (let start = 0; start < references.length; start += 1000) {
    const data = await peers.query<{ mlaRequestsByReference: { reference: string; requests: { id: string; direction: string }[] }[] }>(
      "mla",
      `query ImportRequests($references: [String!]!) { mlaRequestsByReference(references: $references) { reference requests { id direction } } }`,
      { references: references.slice(start, start + 1000) },
    );
    for (const match of data.mlaRequestsByReference) byReference.set(match.reference, match.requests);
  }
  return byReference;
}

/** Resolves each row's evidence to hub records, asking their owners; unknown ones are problems of the row. */
async function resolveEvidence(rows: UpdateRow[], peers: SubgraphPeers, problems: ImportProblems): Promise<Map<UpdateRow, EvidenceRow[]>> {
  const stripped = (item: string) => item.replace(/^(IN|OUT):\s*/i, "");
  const names = await lookUpNames(peers, [], rows.flatMap((r) => r.agreementNames));
  const requests = await lookUpRequests(peers, [...new Set(rows.flatMap((r) => r.requestReferences.map(stripped)))]);
  const missingMeasures = new Set((await peers.missing(rows.flatMap((r) => r.measureIds.map((key) => ({ entity: "Measure" as const, key }))))).map((m) => m.key));
  const evidence = new Map<UpdateRow, EvidenceRow[]>();
  for (const r of rows) {
    const pieces: EvidenceRow[] = [];
    for (const name of r.agreementNames) {
      const ids = names.agreements.get(name) ?? [];
      if (ids.length === 1) pieces.push({ kind: "AGREEMENT", agreementId: ids[0] });
      else if (ids.length === 0) problems.add(r.row.row, "evidence_agreements", "agreement_unknown", { value: name });
      else problems.add(r.row.row, "evidence_agreements", "agreement_ambiguous", { value: name, ids: ids.join(", ") });
    }
    for (const id of r.measureIds) {
      if (missingMeasures.has(id)) problems.add(r.row.row, "evidence_measures", "measure_unknown", { value: id });
      else pieces.push({ kind: "MEASURE", measureId: id });
    }
    for (const item of r.requestReferences) {
      const prefix = /^(IN|OUT):/i.exec(item)?.[1]?.toUpperCase();
      const found = (requests.get(stripped(item)) ?? []).filter((q) => !prefix || q.direction === (prefix === "IN" ? "INCOMING" : "OUTGOING"));
      if (found.length === 1) pieces.push({ kind: "MLA_REQUEST", mlaRequestId: found[0].id });
      else if (found.length === 0) problems.add(r.row.row, "evidence_mla_requests", "request_unknown", { value: item });
      else problems.add(r.row.row, "evidence_mla_requests", "request_ambiguous", { value: stripped(item) });
    }
    if (r.documentTitle) pieces.push({ kind: "DOCUMENT", documentTitle: r.documentTitle, documentUrl: r.documentUrl });
    evidence.set(r, pieces);
  }
  return evidence;
}

/**
 * `recommendation-updates`: where a recommendation stood in a reporting period, per row. History is
 * append-only, so a changed row adds a correction of the update the import recorded before; if a person
 * recorded one for that period since, the row is a conflict and nothing is added.
 */
async function importUpdates(rows: ImportRow[], context: ImportContext, problems: ImportProblems): Promise<Map<number, RowAction>> {
  const read = rows.map((row) => readUpdate(row, problems)).filter((r): r is UpdateRow => r !== undefined);
  checkRepeated(rows, "recommendation", (row) => (row.text("recommendation") ? `${row.text("recommendation")}|${row.text("reporting_period")}` : undefined),
    (row) => `${row.text("recommendation")} ${row.text("reporting_period")}`, problems);
  const evidence = await resolveEvidence(read, context.peers, problems);
  return context.db.transaction(async (manager) => {
    const ids = [...new Set(read.map((r) => r.recommendationId))];
    const versions = new Map(
      ((await manager.query(`SELECT id, version FROM recommendations.recommendation WHERE id = ANY($1) ORDER BY id ${context.dryRun ? "" : "FOR UPDATE"}`, [ids])) as { id: string; version: number }[])
        .map((r) => [r.id, r.version]),
    );
    for (const r of read) if (!versions.has(r.recommendationId)) problems.add(r.row.row, "recommendation", "recommendation_unknown", { value: r.recommendationId });
    const valid = read.filter((r) => !problems.isInvalid(r.row.row));
    const stored = await loadStored(manager, valid);
    const actions = new Map<number, RowAction>();
    const writes: { update: UpdateRow; corrects: string | null }[] = [];
    for (const r of valid) {
      const history = stored.get(`${r.recommendationId}|${r.period}`) ?? [];
      const standing = history.at(-1);
      const wanted = evidence.get(r)!.map(evidenceKey).sort();
      if (standing && standing.status === r.status && standing.note === r.note && JSON.stringify([...standing.evidence].sort()) === JSON.stringify(wanted)) {
        actions.set(r.row.row, "UNCHANGED");
        continue;
      }
      if (standing && standing.origin !== ChangeOrigin.IMPORT) {
        if (history.some((u) => u.origin === ChangeOrigin.IMPORT)) problems.add(r.row.row, "recommendation", "conflict_edited", { version: versions.get(r.recommendationId)! });
        else problems.add(r.row.row, "recommendation", "conflict_entered");
      }
      writes.push({ update: r, corrects: standing?.id ?? null });
      actions.set(r.row.row, standing ? "UPDATE" : "CREATE");
    }
    if (!problems.any && !context.dryRun) await writeUpdates(manager, context, writes, evidence);
    return actions;
  });
}

async function loadStored(manager: EntityManager, rows: UpdateRow[]): Promise<Map<string, StoredUpdate[]>> {
  const found: StoredUpdate[] = await manager.query(
    `SELECT u.id, u.recommendation_id, u.reporting_period, u.status, u.note, u.origin,
            coalesce(array_agg(e.kind || ':' || coalesce(e.agreement_id, e.mla_request_id::text, e.measure_id,
                                  e.document_title || '|' || coalesce(e.document_url, ''))) FILTER (WHERE e.id IS NOT NULL), '{}') AS evidence
       FROM recommendations.status_update u LEFT JOIN recommendations.evidence e ON e.status_update_id = u.id
      WHERE (u.recommendation_id, u.reporting_period) IN (SELECT * FROM unnest($1::text[], $2::text[]))
      GROUP BY u.id ORDER BY u.recorded_at, u.id`,
    [rows.map((r) => r.recommendationId), rows.map((r) => r.period)],
  );
  const byKey = new Map<string, StoredUpdate[]>();
  for (const update of found) {
    const key = `${update.recommendation_id}|${update.reporting_period}`;
    byKey.set(key, [...(byKey.get(key) ?? []), update]);
  }
  return byKey;
}

async function writeUpdates(manager: EntityManager, context: ImportContext, writes: { update: UpdateRow; corrects: string | null }[], evidence: Map<UpdateRow, EvidenceRow[]>): Promise<void> {
  const inserted = writes.map((write) => ({ id: randomUUID(), ...write }));
  await bulkInsert(
    manager,
    "recommendations.status_update",
    { id: "uuid", recommendation_id: "text", status: "text", reporting_period: "text", note: "text", corrects_id: "uuid", recorded_by: "text", recorded_by_name: "text", origin: "text" },
    inserted.map(({ id, update, corrects }) => ({
      id, recommendation_id: update.recommendationId, status: update.status, reporting_period: update.period, note: update.note, corrects_id: corrects,
      recorded_by: context.identity.subject, recorded_by_name: context.identity.name, origin: ChangeOrigin.IMPORT,
    })),
  );
  await bulkInsert(
    manager,
    "recommendations.evidence",
    { status_update_id: "uuid", kind: "text", agreement_id: "text", mla_request_id: "uuid", measure_id: "text", document_title: "text", document_url: "text" },
    inserted.flatMap(({ id, update }) =>
      evidence.get(update)!.map((piece) => ({
        status_update_id: id, kind: piece.kind, agreement_id: piece.agreementId, mla_request_id: piece.mlaRequestId, measure_id: piece.measureId,
        document_title: piece.documentTitle, document_url: piece.documentUrl,
      })),
    ),
  );
  // Each update moves its recommendation's version, as recordStatusUpdate does.
  await manager.query(
    `UPDATE recommendations.recommendation r SET version = r.version + n.count
       FROM (SELECT id, count(*)::int AS count FROM unnest($1::text[]) AS id GROUP BY id) n WHERE r.id = n.id`,
    [inserted.map(({ update }) => update.recommendationId)],
  );
}

export const statusUpdateImporter: TableImporter = { kind: "recommendation-updates", columns: STATUS_UPDATE_COLUMNS, import: importUpdates };

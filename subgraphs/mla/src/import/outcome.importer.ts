import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { bulkInsert } from "#shared/database/bulk-insert";
import { returnedRows } from "#shared/database/data-source";
import { parseChoice, parseDay, parseList, parseNumber, parseText } from "#shared/import/cell-values";
import { checkRepeated, type ImportProblems, type ImportRow } from "#shared/import/import-table";
import { ChangedWhileImportingError, type ImportContext, type RowAction, type TableImporter } from "#shared/import/importer";
import { OutcomeKind } from "../case/case-outcome";
import { lockForImport, rethrowConcurrentChange } from "./import-writes";
import { OUTCOME_COLUMNS } from "./outcome.columns";

interface OutcomeRow {
  row: ImportRow;
  caseReference: string;
  kind: OutcomeKind;
  recordedOn: string;
  quantity: number;
  requestReferences: string[];
  note: string | null;
}

interface WantedOutcome extends OutcomeRow {
  caseId: string;
  requestIds: string[];
}

interface StoredRequest {
  id: string;
  reference: string;
  direction: string;
  case_id: string | null;
}

interface StoredOutcome {
  id: string;
  case_id: string;
  kind: OutcomeKind;
  recorded_on: string;
  quantity: string;
  note: string | null;
  version: number;
  imported_version: number | null;
  request_ids: string[];
}

function readOutcome(row: ImportRow, problems: ImportProblems): OutcomeRow | undefined {
  const text = (column: string) => row.text(column);
  for (const column of ["case_reference", "kind", "recorded_on", "quantity"]) if (text(column) === "") problems.add(row.row, column, "required");
  if (problems.isInvalid(row.row)) return undefined;
  const kind = row.read("kind", parseChoice(text("kind"), Object.values(OutcomeKind)), problems);
  const recordedOn = row.read("recorded_on", parseDay(text("recorded_on")), problems);
  const quantity = row.read("quantity", parseNumber(text("quantity")), problems);
  const note = row.read("note", parseText(text("note"), 4000), problems);
  // The rules of recordCaseOutcome: more than nothing; people and acts are counted whole.
  if (quantity !== undefined && !(quantity > 0)) problems.add(row.row, "quantity", "number_positive");
  else if (quantity !== undefined && kind !== undefined && kind !== OutcomeKind.ASSETS_SEIZED && !Number.isInteger(quantity)) problems.add(row.row, "quantity", "number_whole");
  if (problems.isInvalid(row.row)) return undefined;
  return { row, caseReference: text("case_reference"), kind: kind!, recordedOn: recordedOn!, quantity: quantity!, requestReferences: [...new Set(parseList(text("request_references")))], note: note ?? null };
}

const keyOf = (caseId: string, kind: string, recordedOn: string) => `${caseId}|${kind}|${recordedOn}`;

/**
 * `outcomes`: a result on a case per row, identified by case, kind and day, credited to requests serving
 * that case (the rule of recordCaseOutcome). A changed one is updated only if the import wrote it last.
 */
async function importOutcomes(rows: ImportRow[], context: ImportContext, problems: ImportProblems): Promise<Map<number, RowAction>> {
  const read = rows.map((row) => readOutcome(row, problems)).filter((r): r is OutcomeRow => r !== undefined);
  const byRow = new Map(read.map((r) => [r.row, r]));
  const key = (row: ImportRow) => {
    const r = byRow.get(row);
    return r ? keyOf(r.caseReference, r.kind, r.recordedOn) : undefined;
  };
  checkRepeated(rows, "case_reference", key, (row) => `${row.text("case_reference")} ${row.text("kind")} ${row.text("recorded_on")}`, problems);
  return context.db.transaction(async (manager) => {
    if (!context.dryRun) await lockForImport(manager);
    const cases = new Map(
      ((await manager.query(`SELECT id, reference FROM mla.criminal_case WHERE reference = ANY($1)`, [[...new Set(read.map((r) => r.caseReference))]])) as { id: string; reference: string }[])
        .map((c) => [c.reference, c.id]),
    );
    const wanted = await resolveRequests(manager, read, cases, problems);
    const stored = await loadStored(manager, [...cases.values()], !context.dryRun);
    const actions = new Map<number, RowAction>();
    const creates: WantedOutcome[] = [];
    const updates: { want: WantedOutcome; current: StoredOutcome }[] = [];
    for (const want of wanted.filter((w) => !problems.isInvalid(w.row.row))) {
      const matches = stored.get(keyOf(want.caseId, want.kind, want.recordedOn)) ?? [];
      const same = matches.find((current) => Number(current.quantity) === want.quantity && current.note === want.note && JSON.stringify(current.request_ids) === JSON.stringify(want.requestIds));
      if (same) actions.set(want.row.row, "UNCHANGED");
      else if (matches.length === 0) {
        creates.push(want);
        actions.set(want.row.row, "CREATE");
      } else {
        const [current] = matches;
        if (matches.length > 1 || current.imported_version === null) problems.add(want.row.row, "case_reference", "conflict_entered");
        else if (current.version !== current.imported_version) problems.add(want.row.row, "case_reference", "conflict_edited", { version: current.version });
        updates.push({ want, current });
        actions.set(want.row.row, "UPDATE");
      }
    }
    if (problems.any || context.dryRun) return actions;
    try {
      await writeOutcomes(manager, context, creates, updates);
    } catch (error) {
      rethrowConcurrentChange(error);
    }
    return actions;
  });
}

/** Each cited request must exist and serve the outcome's case; IN:/OUT: picks a direction when a reference has both. */
async function resolveRequests(manager: EntityManager, read: OutcomeRow[], cases: Map<string, string>, problems: ImportProblems): Promise<WantedOutcome[]> {
  const references = [...new Set(read.flatMap((r) => r.requestReferences.map((item) => item.replace(/^(IN|OUT):\s*/i, ""))))];
  const requests: StoredRequest[] = await manager.query(
    `SELECT id, reference, direction, case_id FROM mla.mla_request WHERE reference = ANY($1)`,
    [references],
  );
  const wanted: WantedOutcome[] = [];
  for (const r of read) {
    const caseId = cases.get(r.caseReference);
    if (!caseId) {
      problems.add(r.row.row, "case_reference", "case_unknown", { value: r.caseReference });
      continue;
    }
    const requestIds: string[] = [];
    for (const item of r.requestReferences) {
      const prefix = /^(IN|OUT):\s*/i.exec(item);
      const reference = prefix ? item.slice(prefix[0].length) : item;
      const direction = prefix ? (prefix[1].toUpperCase() === "IN" ? "INCOMING" : "OUTGOING") : undefined;
      const candidates = requests.filter((q) => q.reference === reference && (!direction || q.direction === direction));
      const serving: StoredRequest[] = candidates.filter((q) => q.case_id === caseId);
      const chosen: StoredRequest | undefined = candidates.length === 1 ? candidates[0] : serving.length === 1 ? serving[0] : undefined;
      if (candidates.length === 0) problems.add(r.row.row, "request_references", "request_unknown", { value: item });
      else if (!chosen) problems.add(r.row.row, "request_references", "request_ambiguous", { value: reference });
      else if (chosen.case_id !== caseId) problems.add(r.row.row, "request_references", "request_not_serving_case", { value: item, case: r.caseReference });
      else requestIds.push(chosen.id);
    }
    wanted.push({ ...r, caseId, requestIds: [...new Set(requestIds)].sort() });
  }
  return wanted;
}

async function loadStored(manager: EntityManager, caseIds: string[], lock: boolean): Promise<Map<string, StoredOutcome[]>> {
  if (lock) await manager.query(`SELECT 1 FROM mla.case_outcome WHERE case_id = ANY($1::uuid[]) FOR UPDATE`, [caseIds]);
  const rows: StoredOutcome[] = await manager.query(
    `SELECT o.id, o.case_id, o.kind, o.recorded_on, o.quantity, o.note, o.version, o.imported_version,
            coalesce(array_agg(c.request_id::text ORDER BY c.request_id::text) FILTER (WHERE c.request_id IS NOT NULL), '{}') AS request_ids
       FROM mla.case_outcome o LEFT JOIN mla.outcome_contribution c ON c.outcome_id = o.id
      WHERE o.case_id = ANY($1::uuid[])
      GROUP BY o.id`,
    [caseIds],
  );
  const byKey = new Map<string, StoredOutcome[]>();
  for (const row of rows) {
    const key = keyOf(row.case_id, row.kind, row.recorded_on);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return byKey;
}

async function writeOutcomes(manager: EntityManager, context: ImportContext, creates: WantedOutcome[], updates: { want: WantedOutcome; current: StoredOutcome }[]): Promise<void> {
  const created = creates.map((want) => ({ id: randomUUID(), want }));
  await bulkInsert(
    manager,
    "mla.case_outcome",
    { id: "uuid", case_id: "uuid", kind: "text", quantity: "numeric", recorded_on: "date", note: "text", recorded_by: "text", imported_version: "integer" },
    created.map(({ id, want }) => ({ id, case_id: want.caseId, kind: want.kind, quantity: want.quantity, recorded_on: want.recordedOn, note: want.note,
      recorded_by: context.identity.subject, imported_version: 1 })),
  );
  if (updates.length > 0) {
    const result = await manager.query(
      `UPDATE mla.case_outcome o SET quantity = u.quantity, note = u.note, version = o.version + 1, imported_version = o.version + 1
         FROM unnest($1::uuid[], $2::integer[], $3::numeric[], $4::text[]) AS u(id, expected, quantity, note)
        WHERE o.id = u.id AND o.version = u.expected RETURNING o.id`,
      [updates.map((u) => u.current.id), updates.map((u) => u.current.version), updates.map((u) => u.want.quantity), updates.map((u) => u.want.note)],
    );
    if (returnedRows(result).length !== updates.length) throw new ChangedWhileImportingError();
    await manager.query(`DELETE FROM mla.outcome_contribution WHERE outcome_id = ANY($1::uuid[])`, [updates.map((u) => u.current.id)]);
  }
  const contributions = [
    ...created.flatMap(({ id, want }) => want.requestIds.map((requestId) => ({ outcome_id: id, request_id: requestId }))),
    ...updates.flatMap(({ want, current }) => want.requestIds.map((requestId) => ({ outcome_id: current.id, request_id: requestId }))),
  ];
  await bulkInsert(manager, "mla.outcome_contribution", { outcome_id: "uuid", request_id: "uuid" }, contributions);
}

export const outcomeImporter: TableImporter = { kind: "outcomes", columns: OUTCOME_COLUMNS, import: importOutcomes };

import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { comparableName } from "#shared/database/az-fold";
import { bulkInsert } from "#shared/database/bulk-insert";
import { returnedRows } from "#shared/database/data-source";
import { parseChoice, parseDay, parseList, parseText, ok, problem, type Parsed } from "#shared/import/cell-values";
import { lookUpNames } from "#shared/import/hub-lookups";
import { message } from "#shared/import/import-messages";
import { checkRepeated, type ImportProblems, type ImportRow } from "#shared/import/import-table";
import { ChangedWhileImportingError, type ImportContext, type RowAction, type TableImporter } from "#shared/import/importer";
import { creditedWithOutcomes } from "../case/case-attachment.service";
import { AssistanceType, Direction, LegalBasisKind, MlaStatus, Priority } from "../mla-request/mla-request";
import { ChangeOrigin, HistoryEntryKind } from "../mla-request/mla-request-transition";
import { recordHistory, type HistoryEntry } from "../mla-request/mla-request-workflow.service";
import { requestViolations, TEXT_LIMITS, transitionProblem, type RequestField } from "../mla-request/mla-request.rules";
import { initialStatus } from "../mla-request/mla-status";
import { REFUSAL_GROUND_CODES, refusalCodeOf, type RefusalGroundCode } from "../mla-request/refusal-ground";
import { refusalGroundByName } from "../mla-request/refusal-ground-names";
import { RECIPROCITY_WORDS, MLA_REQUEST_COLUMNS } from "./mla-request.columns";
import { lockForImport, rethrowConcurrentChange } from "./import-writes";

/** A row as read: undefined where the cell could not be read (its problem is recorded). */
interface RequestRow {
  row: ImportRow;
  reference?: string;
  direction?: Direction;
  countryName: string;
  authority?: string | null;
  basisName: string;
  caseReference: string;
  assistanceTypes?: AssistanceType[];
  priority?: Priority;
  status?: MlaStatus;
  openedOn?: string | null;
  dueOn?: string | null;
  closedOn?: string | null;
  refusalGround?: string | null;
  refusalGroundCode?: RefusalGroundCode | null;
}

/** What the hub should hold for a valid row, in the stored form. */
interface Wanted {
  reference: string;
  direction: Direction;
  country: string;
  authority: string | null;
  legalBasisKind: LegalBasisKind;
  agreementId: string | null;
  caseId: string | null;
  assistanceTypes: AssistanceType[];
  priority: Priority;
  status: MlaStatus;
  openedOn: string | null;
  dueOn: string | null;
  closedOn: string | null;
  refusalGround: string | null;
  /** As stored: the code given, OTHER for a refusal in words only, null for any other status (as the API). */
  refusalGroundCode: RefusalGroundCode | null;
}

interface Stored {
  id: string;
  reference: string;
  direction: Direction;
  counterpart_country_code: string;
  counterpart_authority: string | null;
  legal_basis_kind: LegalBasisKind;
  legal_basis_agreement_id: string | null;
  case_id: string | null;
  assistance_types: AssistanceType[];
  priority: Priority;
  status: MlaStatus;
  opened_on: string | null;
  due_on: string | null;
  closed_on: string | null;
  refusal_ground: string | null;
  refusal_ground_code: RefusalGroundCode | null;
  version: number;
  imported_version: number | null;
}

/** Which import column a rule's field is read from. */
const COLUMN_OF: Record<RequestField, string> = {
  reference: "reference",
  direction: "direction",
  counterpartAuthority: "counterpart_authority",
  legalBasisKind: "legal_basis_agreement",
  legalBasisAgreementId: "legal_basis_agreement",
  status: "status",
  openedOn: "opened_on",
  dueOn: "due_on",
  closedOn: "closed_on",
  refusalGround: "refusal_ground",
  refusalGroundCode: "refusal_ground_code",
};

/** The compared fields of a record, by the column they come from (the order of `changedFields`). */
const COMPARED: [string, (w: Wanted) => unknown, (s: Stored) => unknown][] = [
  ["counterpart_country", (w) => w.country, (s) => s.counterpart_country_code],
  ["counterpart_authority", (w) => w.authority, (s) => s.counterpart_authority],
  ["legal_basis_agreement", (w) => `${w.legalBasisKind}:${w.agreementId ?? ""}`, (s) => `${s.legal_basis_kind}:${s.legal_basis_agreement_id ?? ""}`],
  ["case_reference", (w) => w.caseId, (s) => s.case_id],
  ["assistance_types", (w) => w.assistanceTypes, (s) => [...new Set(s.assistance_types)].sort()],
  ["priority", (w) => w.priority, (s) => s.priority],
  ["status", (w) => w.status, (s) => s.status],
  ["opened_on", (w) => w.openedOn, (s) => s.opened_on],
  ["due_on", (w) => w.dueOn, (s) => s.due_on],
  ["closed_on", (w) => w.closedOn, (s) => s.closed_on],
  ["refusal_ground", (w) => w.refusalGround, (s) => s.refusal_ground],
  // Compared as read: a refusal an earlier import stored in words only (no code) reads OTHER, as it counts.
  ["refusal_ground_code", (w) => w.refusalGroundCode, (s) => refusalCodeOf(s.status === MlaStatus.REFUSED, s.refusal_ground_code, s.refusal_ground)],
];

const reciprocity = new Set(RECIPROCITY_WORDS.map(comparableName));

function optionalDay(text: string): Parsed<string | null> {
  return text === "" ? ok(null) : parseDay(text);
}

/** A listed refusal ground by code or by its name in az/en/ru; empty is none. The cell is never quoted back. */
function optionalRefusalGround(text: string): Parsed<RefusalGroundCode | null> {
  if (text === "") return ok(null);
  const code = refusalGroundByName(text);
  return code ? ok(code) : problem(message("refusal_ground_unknown", { allowed: REFUSAL_GROUND_CODES.join(", ") }));
}

function readRow(row: ImportRow, problems: ImportProblems): RequestRow {
  const cell = (column: string) => row.text(column);
  const required = <T>(column: string, parse: (text: string) => Parsed<T>): T | undefined => {
    if (cell(column) === "") {
      problems.add(row.row, column, "required");
      return undefined;
    }
    return row.read(column, parse(cell(column)), problems);
  };
  const types: AssistanceType[] = [];
  let typesValid = true;
  for (const item of parseList(cell("assistance_types"))) {
    const type = row.read("assistance_types", parseChoice(item, Object.values(AssistanceType)), problems);
    if (type) types.push(type);
    else typesValid = false;
  }
  if (cell("counterpart_country") === "") problems.add(row.row, "counterpart_country", "required");
  const direction = required("direction", (text) => parseChoice(text, Object.values(Direction)));
  return {
    row,
    reference: required("reference", (text) => parseText(text, TEXT_LIMITS.reference)) ?? undefined,
    direction,
    countryName: cell("counterpart_country"),
    authority: row.read("counterpart_authority", parseText(cell("counterpart_authority"), TEXT_LIMITS.counterpartAuthority), problems),
    basisName: cell("legal_basis_agreement"),
    caseReference: cell("case_reference"),
    assistanceTypes: typesValid ? [...new Set(types)].sort() : undefined,
    priority: cell("priority") === "" ? Priority.NORMAL : row.read("priority", parseChoice(cell("priority"), Object.values(Priority)), problems),
    // An empty status is where a request of its direction starts.
    status: cell("status") === "" ? (direction && initialStatus(direction)) : row.read("status", parseChoice(cell("status"), Object.values(MlaStatus)), problems),
    openedOn: row.read("opened_on", optionalDay(cell("opened_on")), problems),
    dueOn: row.read("due_on", optionalDay(cell("due_on")), problems),
    closedOn: row.read("closed_on", optionalDay(cell("closed_on")), problems),
    refusalGround: row.read("refusal_ground", parseText(cell("refusal_ground"), TEXT_LIMITS.refusalGround), problems),
    refusalGroundCode: row.read("refusal_ground_code", optionalRefusalGround(cell("refusal_ground_code")), problems),
  };
}

interface Resolved {
  country?: string;
  legalBasisKind?: LegalBasisKind;
  agreementId?: string | null;
}

/** Countries and agreements by the names the file uses, asked of the agreements subgraph once for the file. */
async function resolveNames(read: RequestRow[], context: ImportContext, problems: ImportProblems): Promise<Map<RequestRow, Resolved>> {
  const names = await lookUpNames(
    context.peers,
    read.map((r) => r.countryName).filter(Boolean),
    read.map((r) => r.basisName).filter((name) => name && !reciprocity.has(comparableName(name))),
  );
  const resolved = new Map<RequestRow, Resolved>();
  for (const r of read) {
    const country = r.countryName ? names.countries.get(r.countryName) : undefined;
    if (r.countryName && !country) problems.add(r.row.row, "counterpart_country", "country_unknown", { value: r.countryName });
    if (!r.basisName) resolved.set(r, { country, legalBasisKind: LegalBasisKind.NOT_STATED, agreementId: null });
    else if (reciprocity.has(comparableName(r.basisName))) resolved.set(r, { country, legalBasisKind: LegalBasisKind.RECIPROCITY, agreementId: null });
    else {
      const ids = names.agreements.get(r.basisName) ?? [];
      if (ids.length === 0) problems.add(r.row.row, "legal_basis_agreement", "agreement_unknown", { value: r.basisName });
      if (ids.length > 1) problems.add(r.row.row, "legal_basis_agreement", "agreement_ambiguous", { value: r.basisName, ids: ids.join(", ") });
      resolved.set(r, { country, legalBasisKind: LegalBasisKind.AGREEMENT, agreementId: ids.length === 1 ? ids[0] : undefined });
    }
  }
  return resolved;
}

/** The request rules the API applies (mla-request.rules.ts), each violation at the column it is read from. */
function checkRules(r: RequestRow, resolved: Resolved, problems: ImportProblems): void {
  const violations = requestViolations({
    reference: r.reference, direction: r.direction, counterpartAuthority: r.authority, legalBasisKind: resolved.legalBasisKind,
    legalBasisAgreementId: resolved.agreementId, status: r.status, openedOn: r.openedOn, dueOn: r.dueOn, closedOn: r.closedOn, refusalGround: r.refusalGround,
    refusalGroundCode: r.refusalGroundCode,
  });
  for (const violation of violations) problems.add(r.row.row, COLUMN_OF[violation.field], violation.problem);
}

/** What the hub should hold for each valid row; cases are this subgraph's own, found by reference. */
async function wantedRequests(manager: EntityManager, read: RequestRow[], resolved: Map<RequestRow, Resolved>, problems: ImportProblems): Promise<Map<RequestRow, Wanted>> {
  const references = [...new Set(read.map((r) => r.caseReference).filter(Boolean))];
  const found: { id: string; reference: string }[] = await manager.query(`SELECT id, reference FROM mla.criminal_case WHERE reference = ANY($1)`, [references]);
  const cases = new Map(found.map((c) => [c.reference, c.id]));
  const wanted = new Map<RequestRow, Wanted>();
  for (const r of read) {
    const caseId = r.caseReference ? cases.get(r.caseReference) : null;
    if (caseId === undefined) problems.add(r.row.row, "case_reference", "case_unknown", { value: r.caseReference });
    if (problems.isInvalid(r.row.row)) continue;
    const { country, legalBasisKind, agreementId } = resolved.get(r)!;
    wanted.set(r, {
      reference: r.reference!, direction: r.direction!, country: country!, authority: r.authority ?? null, legalBasisKind: legalBasisKind!,
      agreementId: agreementId ?? null, caseId: caseId ?? null, assistanceTypes: r.assistanceTypes!, priority: r.priority!, status: r.status!,
      openedOn: r.openedOn ?? null, dueOn: r.dueOn ?? null, closedOn: r.closedOn ?? null, refusalGround: r.refusalGround ?? null,
      refusalGroundCode: refusalCodeOf(r.status === MlaStatus.REFUSED, r.refusalGroundCode ?? null, r.refusalGround ?? null),
    });
  }
  return wanted;
}

/**
 * `mla-requests`: a request per row, identified by (direction, reference). New ones are created in the
 * status the row gives, with one history entry "imported as <status>"; changed ones are updated by the
 * workflow's rules (a status change must be an allowed step), each change in history with origin IMPORT;
 * a record changed in the hub since the import last wrote it is a conflict, never overwritten.
 */
async function importRequests(rows: ImportRow[], context: ImportContext, problems: ImportProblems): Promise<Map<number, RowAction>> {
  const read = rows.map((row) => readRow(row, problems));
  const byRow = new Map(read.map((r) => [r.row, r]));
  const key = (row: ImportRow) => {
    const r = byRow.get(row)!;
    return r.reference ? `${r.direction ?? row.text("direction")}|${r.reference}` : undefined;
  };
  checkRepeated(rows, "reference", key, (row) => row.text("reference"), problems);
  const resolved = await resolveNames(read, context, problems);
  for (const r of read) checkRules(r, resolved.get(r)!, problems);
  return context.db.transaction(async (manager) => {
    if (!context.dryRun) await lockForImport(manager);
    const wanted = await wantedRequests(manager, read, resolved, problems);
    const stored = await loadStored(manager, [...wanted.values()], !context.dryRun);
    const plan = await planChanges(manager, wanted, stored, problems);
    if (!problems.any && !context.dryRun) await applyChanges(manager, context, plan, wanted);
    return new Map([...plan.entries()].map(([r, step]) => [r.row.row, step.action]));
  });
}

async function loadStored(manager: EntityManager, wanted: Wanted[], lock: boolean): Promise<Map<string, Stored>> {
  const rows: Stored[] = await manager.query(
    `SELECT r.id, r.reference, r.direction, r.counterpart_country_code, r.counterpart_authority, r.legal_basis_kind, r.legal_basis_agreement_id,
            r.case_id, r.assistance_types, r.priority, r.status, r.opened_on, r.due_on, r.closed_on, r.refusal_ground, r.refusal_ground_code, r.version, r.imported_version
       FROM mla.mla_request r
      WHERE (r.direction, r.reference) IN (SELECT * FROM unnest($1::text[], $2::text[]))
      ${lock ? "FOR UPDATE" : ""}`,
    [wanted.map((w) => w.direction), wanted.map((w) => w.reference)],
  );
  return new Map(rows.map((row) => [`${row.direction}|${row.reference}`, row]));
}

interface Step {
  action: RowAction;
  stored?: Stored;
  changed: string[];
}

async function planChanges(manager: EntityManager, wanted: Map<RequestRow, Wanted>, stored: Map<string, Stored>, problems: ImportProblems): Promise<Map<RequestRow, Step>> {
  const plan = new Map<RequestRow, Step>();
  for (const [r, want] of wanted) {
    const current = stored.get(`${want.direction}|${want.reference}`);
    if (!current) {
      plan.set(r, { action: "CREATE", changed: [] });
      continue;
    }
    const changed = COMPARED.filter(([, mine, theirs]) => JSON.stringify(mine(want) ?? null) !== JSON.stringify(theirs(current) ?? null)).map(([column]) => column);
    if (changed.length === 0) {
      plan.set(r, { action: "UNCHANGED", stored: current, changed });
      continue;
    }
    if (current.imported_version === null) problems.add(r.row.row, "reference", "conflict_entered");
    else if (current.version !== current.imported_version) problems.add(r.row.row, "reference", "conflict_edited", { version: current.version });
    else if (current.status !== want.status) {
      const problem = transitionProblem(current.status, want.status);
      if (problem) problems.add(r.row.row, "status", problem);
    }
    plan.set(r, { action: "UPDATE", stored: current, changed });
  }
  // A request credited with results of its case cannot leave that case (as with detachRequestFromCase).
  const leaving = [...plan].filter(([r, step]) => step.stored?.case_id && step.stored.case_id !== wanted.get(r)!.caseId && !problems.isInvalid(r.row.row));
  const credited = await creditedWithOutcomes(manager, leaving.map(([, step]) => ({ id: step.stored!.id, caseId: step.stored!.case_id! })));
  for (const [r, step] of leaving) {
    if (credited.has(step.stored!.id)) problems.add(r.row.row, "case_reference", message("case_has_credited_outcomes", { case: credited.get(step.stored!.id)! }));
  }
  return plan;
}

async function applyChanges(manager: EntityManager, context: ImportContext, plan: Map<RequestRow, Step>, wanted: Map<RequestRow, Wanted>): Promise<void> {
  const creates = [...plan].filter(([, step]) => step.action === "CREATE").map(([r]) => ({ id: randomUUID(), want: wanted.get(r)! }));
  const updates = [...plan].filter(([, step]) => step.action === "UPDATE").map(([r, step]) => ({ step, want: wanted.get(r)! }));
  const history: HistoryEntry[] = [];
  try {
    await bulkInsert(
      manager,
      "mla.mla_request",
      { id: "uuid", reference: "text", direction: "text", counterpart_country_code: "text", counterpart_authority: "text", legal_basis_kind: "text",
        legal_basis_agreement_id: "text", case_id: "uuid", assistance_types: "text[]", priority: "text", status: "text", opened_on: "date",
        due_on: "date", closed_on: "date", refusal_ground: "text", refusal_ground_code: "text", imported_version: "integer" },
      creates.map(({ id, want }) => ({
        id, reference: want.reference, direction: want.direction, counterpart_country_code: want.country, counterpart_authority: want.authority,
        legal_basis_kind: want.legalBasisKind, legal_basis_agreement_id: want.agreementId, case_id: want.caseId, assistance_types: want.assistanceTypes,
        priority: want.priority, status: want.status, opened_on: want.openedOn, due_on: want.dueOn, closed_on: want.closedOn,
        refusal_ground: want.refusalGround, refusal_ground_code: want.refusalGroundCode, imported_version: 1,
      })),
    );
    for (const { id, want } of creates) {
      history.push({
        requestId: id, kind: HistoryEntryKind.IMPORTED, from: null, to: want.status, caseId: want.caseId, refusalGround: want.refusalGround, refusalGroundCode: want.refusalGroundCode,
      });
    }
    if (updates.length > 0) await updateRequests(manager, updates);
  } catch (error) {
    rethrowConcurrentChange(error);
  }
  for (const { step, want } of updates) {
    const current = step.stored!;
    const fields = step.changed.filter((column) => column !== "status" && column !== "case_reference");
    if (fields.length > 0) history.push({ requestId: current.id, kind: HistoryEntryKind.UPDATED, from: current.status, to: current.status, changedFields: fields });
    if (current.case_id !== want.caseId) {
      if (current.case_id) history.push({ requestId: current.id, kind: HistoryEntryKind.CASE_DETACHED, from: current.status, to: current.status, caseId: current.case_id });
      if (want.caseId) history.push({ requestId: current.id, kind: HistoryEntryKind.CASE_ATTACHED, from: current.status, to: current.status, caseId: want.caseId });
    }
    if (current.status !== want.status) {
      const refused = want.status === MlaStatus.REFUSED;
      history.push({
        requestId: current.id, kind: HistoryEntryKind.STATUS, from: current.status, to: want.status,
        refusalGround: refused ? want.refusalGround : null, refusalGroundCode: refused ? want.refusalGroundCode : null,
      });
    }
  }
  await recordHistory(manager, context.identity, ChangeOrigin.IMPORT, history);
}

/** One statement for every changed request; each must still be at the version read (it is locked). */
async function updateRequests(manager: EntityManager, updates: { step: Step; want: Wanted }[]): Promise<void> {
  const column = <T>(value: (u: { step: Step; want: Wanted }) => T) => updates.map(value);
  const result: unknown = await manager.query(
    `UPDATE mla.mla_request r
        SET counterpart_country_code = u.country, counterpart_authority = u.authority, legal_basis_kind = u.kind,
            legal_basis_agreement_id = u.agreement, case_id = u.case_id, assistance_types = u.types::text[], priority = u.priority,
            status = u.status, opened_on = u.opened, due_on = u.due, closed_on = u.closed, refusal_ground = u.ground, refusal_ground_code = u.ground_code,
            version = r.version + 1, imported_version = r.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[],
                   $10::text[], $11::date[], $12::date[], $13::date[], $14::text[], $15::text[])
         AS u(id, expected, country, authority, kind, agreement, case_id, types, priority, status, opened, due, closed, ground, ground_code)
      WHERE r.id = u.id AND r.version = u.expected
      RETURNING r.id`,
    [
      column((u) => u.step.stored!.id), column((u) => u.step.stored!.version), column((u) => u.want.country), column((u) => u.want.authority),
      column((u) => u.want.legalBasisKind), column((u) => u.want.agreementId), column((u) => u.want.caseId),
      column((u) => `{${u.want.assistanceTypes.join(",")}}`), column((u) => u.want.priority), column((u) => u.want.status),
      column((u) => u.want.openedOn), column((u) => u.want.dueOn), column((u) => u.want.closedOn), column((u) => u.want.refusalGround),
      column((u) => u.want.refusalGroundCode),
    ],
  );
  if (returnedRows(result).length !== updates.length) throw new ChangedWhileImportingError();
}

export const mlaRequestImporter: TableImporter = { kind: "mla-requests", columns: MLA_REQUEST_COLUMNS, import: importRequests };

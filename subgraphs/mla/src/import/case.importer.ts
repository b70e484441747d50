import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { bulkInsert } from "#shared/database/bulk-insert";
import { returnedRows } from "#shared/database/data-source";
import { ok, parseDay, parseList, parseText, type Parsed } from "#shared/import/cell-values";
import { checkRepeated, type ImportProblems, type ImportRow } from "#shared/import/import-table";
import { ChangedWhileImportingError, type ImportContext, type RowAction, type TableImporter } from "#shared/import/importer";
import { ARTICLE } from "../case/case.service";
import { CASE_COLUMNS } from "./case.columns";
import { lockForImport, rethrowConcurrentChange } from "./import-writes";

const TEXT_LIMIT = 4000;

interface WantedCase {
  row: ImportRow;
  reference: string;
  articles: string[];
  openedOn: string | null;
  summary: string | null;
  victimDetails: string | null;
  internalNotes: string | null;
}

interface StoredCase {
  id: string;
  reference: string;
  articles: string[];
  opened_on: string | null;
  summary: string | null;
  victim_details: string | null;
  internal_notes: string | null;
  version: number;
  imported_version: number | null;
}

const COMPARED: [string, (w: WantedCase) => unknown, (s: StoredCase) => unknown][] = [
  ["articles", (w) => w.articles, (s) => s.articles],
  ["opened_on", (w) => w.openedOn, (s) => s.opened_on],
  ["summary", (w) => w.summary, (s) => s.summary],
  ["victim_details", (w) => w.victimDetails, (s) => s.victim_details],
  ["internal_notes", (w) => w.internalNotes, (s) => s.internal_notes],
];

function readCase(row: ImportRow, problems: ImportProblems): WantedCase | undefined {
  const text = (column: string) => row.text(column);
  if (text("reference") === "") problems.add(row.row, "reference", "required");
  const reference = row.read("reference", parseText(text("reference"), 100), problems);
  const articles = parseList(text("articles"));
  for (const article of articles) if (!ARTICLE.test(article)) problems.add(row.row, "articles", "article_invalid", { value: article });
  const openedOn = row.read("opened_on", text("opened_on") === "" ? (ok(null) as Parsed<string | null>) : parseDay(text("opened_on")), problems);
  const summary = row.read("summary", parseText(text("summary"), TEXT_LIMIT), problems);
  const victimDetails = row.read("victim_details", parseText(text("victim_details"), TEXT_LIMIT), problems);
  const internalNotes = row.read("internal_notes", parseText(text("internal_notes"), TEXT_LIMIT), problems);
  if (problems.isInvalid(row.row)) return undefined;
  return { row, reference: reference!, articles, openedOn: openedOn ?? null, summary: summary ?? null, victimDetails: victimDetails ?? null, internalNotes: internalNotes ?? null };
}

/**
 * `cases`: a national case per row, identified by its number. New ones are created; a changed one is
 * updated only if no one changed it in the hub since the import last wrote it (its version tells).
 */
async function importCases(rows: ImportRow[], context: ImportContext, problems: ImportProblems): Promise<Map<number, RowAction>> {
  const wanted = rows.map((row) => readCase(row, problems));
  checkRepeated(rows, "reference", (row) => row.text("reference") || undefined, (row) => row.text("reference"), problems);
  const valid = wanted.filter((w): w is WantedCase => w !== undefined && !problems.isInvalid(w.row.row));
  return context.db.transaction(async (manager) => {
    if (!context.dryRun) await lockForImport(manager);
    const stored = new Map(
      ((await manager.query(
        `SELECT id, reference, articles, opened_on, summary, victim_details, internal_notes, version, imported_version
           FROM mla.criminal_case WHERE reference = ANY($1) ${context.dryRun ? "" : "FOR UPDATE"}`,
        [valid.map((w) => w.reference)],
      )) as StoredCase[]).map((c) => [c.reference, c]),
    );
    const actions = new Map<number, RowAction>();
    const creates: WantedCase[] = [];
    const updates: { want: WantedCase; current: StoredCase }[] = [];
    for (const want of valid) {
      const current = stored.get(want.reference);
      if (!current) {
        creates.push(want);
        actions.set(want.row.row, "CREATE");
        continue;
      }
      const changed = COMPARED.some(([, mine, theirs]) => JSON.stringify(mine(want)) !== JSON.stringify(theirs(current) ?? null));
      if (!changed) {
        actions.set(want.row.row, "UNCHANGED");
        continue;
      }
      if (current.imported_version === null) problems.add(want.row.row, "reference", "conflict_entered");
      else if (current.version !== current.imported_version) problems.add(want.row.row, "reference", "conflict_edited", { version: current.version });
      updates.push({ want, current });
      actions.set(want.row.row, "UPDATE");
    }
    if (problems.any || context.dryRun) return actions;
    try {
      await bulkInsert(
        manager,
        "mla.criminal_case",
        { id: "uuid", reference: "text", articles: "text[]", opened_on: "date", summary: "text", victim_details: "text", internal_notes: "text", imported_version: "integer" },
        creates.map((w) => ({ id: randomUUID(), reference: w.reference, articles: w.articles, opened_on: w.openedOn, summary: w.summary,
          victim_details: w.victimDetails, internal_notes: w.internalNotes, imported_version: 1 })),
      );
      if (updates.length > 0) await updateCases(manager, updates);
    } catch (error) {
      rethrowConcurrentChange(error);
    }
    return actions;
  });
}

async function updateCases(manager: EntityManager, updates: { want: WantedCase; current: StoredCase }[]): Promise<void> {
  const result = await manager.query(
    `UPDATE mla.criminal_case c
        SET articles = u.articles::text[], opened_on = u.opened, summary = u.summary, victim_details = u.victim,
            internal_notes = u.notes, version = c.version + 1, imported_version = c.version + 1
       FROM unnest($1::uuid[], $2::integer[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[])
         AS u(id, expected, articles, opened, summary, victim, notes)
      WHERE c.id = u.id AND c.version = u.expected
      RETURNING c.id`,
    [
      updates.map((u) => u.current.id), updates.map((u) => u.current.version),
      updates.map((u) => `{${u.want.articles.map((a) => `"${a}"`).join(",")}}`), updates.map((u) => u.want.openedOn),
      updates.map((u) => u.want.summary), updates.map((u) => u.want.victimDetails), updates.map((u) => u.want.internalNotes),
    ],
  );
  if (returnedRows(result).length !== updates.length) throw new ChangedWhileImportingError();
}

export const caseImporter: TableImporter = { kind: "cases", columns: CASE_COLUMNS, import: importCases };

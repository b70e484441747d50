import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "#shared/config";
import { IMPORT_KINDS, isImportKind } from "#shared/import/import-kinds";
import { writeTemplate, type TemplateFormat } from "#shared/import/template";
import { IMPORTERS } from "../importers";
import { callHub, commandToken, language, option } from "./hub-client";

export const IMPORT_USAGE = `  npm run --silent hub -- import <${IMPORT_KINDS.join("|")}> <file.xlsx|file.csv> [--dry-run] [--lang az|en|ru] [--token <officer token>]
  npm run --silent hub -- import template <kind> [--format csv|xlsx] [--out FILE]`;

/** `hub import template <kind>`: written from the importer's own columns, to --out or stdout; the format follows --format, else --out's extension, else CSV. */
async function template(args: string[]): Promise<number> {
  const [kind] = args;
  const importer = IMPORTERS.find((candidate) => candidate.kind === kind);
  if (!importer) {
    console.error(`unknown kind "${kind ?? ""}"; kinds: ${IMPORT_KINDS.join(", ")}\nusage:\n${IMPORT_USAGE}`);
    return 2;
  }
  const out = option(args, "out");
  const format = option(args, "format") ?? (out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv");
  if (format !== "csv" && format !== "xlsx") {
    console.error(`--format must be csv or xlsx\nusage:\n${IMPORT_USAGE}`);
    return 2;
  }
  const bytes = await writeTemplate(importer.kind, importer.columns, format as TemplateFormat);
  if (out) {
    writeFileSync(out, bytes);
    console.error(`${importer.kind} template written to ${out}`);
  } else process.stdout.write(bytes);
  return 0;
}

/**
 * `hub import <kind> <file>`: a thin client of the running hub's `POST /import/:kind`, as an officer named
 * "import (CLI)" (a token minted with the hub's secret, or --token when staff tokens come from OIDC). Prints
 * one JSON object and exits 1 when any row is invalid, 2 when the import could not run at all.
 */
export async function importCommand(args: string[]): Promise<number> {
  if (args[0] === "template") return template(args.slice(1));
  const [kind, file] = args;
  if (!kind || !isImportKind(kind) || !file) {
    console.error(`usage:\n${IMPORT_USAGE}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const config = loadConfig();
  const token = await commandToken(config, args, { name: "import (CLI)", role: "officer", subject: "staff:import-cli" });
  if (!token) return 2;
  const form = new FormData();
  form.append("file", new Blob([bytes]), path.basename(file));
  const lang = language(args);
  const response = await callHub(config, `/import/${kind}?dryRun=${args.includes("--dry-run")}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...(lang ? { "accept-language": lang } : {}) },
    body: form,
  });
  if (!response) return 2;
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown> & { errors?: { row: number | null; column: string | null; message: string }[] };
  if (!response.ok) {
    console.error(`the hub refused the import (HTTP ${response.status}): ${body.errors?.[0]?.message ?? "no detail"}`);
    return 2;
  }
  const errors = (body.errors ?? []).map(({ row, column, message }) => ({ row, column, message }));
  const result = { kind: body.kind, rows: body.rows, created: body.created, updated: body.updated, unchanged: body.unchanged, errors };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return errors.length > 0 ? 1 : 0;
}

import { ApiError, type GraphQLErrorBody } from "../../api/api-error";
import { credentialHeaders, type Credential } from "../../api/credential";
import { downloadDocument } from "../../api/download";
import type { Lang } from "../../i18n/types";

/** What can be imported (docs/import.md), in the order a register is brought in: cases, requests, outcomes. */
export const IMPORT_KINDS = ["cases", "mla-requests", "outcomes", "recommendation-updates"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One problem of a file, at its row and column (row 1 is the header; null: the whole file), in the user's language. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
  code: string;
}

/** The answer of POST /import/:kind (the gateway passes the owning subgraph's result on as it is). */
export interface ImportResult {
  kind: ImportKind;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
  preview?: { row: number; action: "CREATE" | "UPDATE" | "UNCHANGED" | "INVALID"; cells: Record<string, string> }[];
}

/**
 * Sends a spreadsheet to `POST /import/:kind` (multipart), checked only (`dryRun`) or applied. The messages
 * come back in the user's language (Accept-Language). An answer the route could not give (401, 403, 413…)
 * is an ApiError like a GraphQL one.
 */
export async function sendImport(kind: ImportKind, file: File, options: { dryRun: boolean; lang: Lang; credential: Credential | null }): Promise<ImportResult> {
  const body = new FormData();
  body.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(`/import/${kind}?dryRun=${options.dryRun}`, {
      method: "POST",
      headers: { "accept-language": options.lang, ...credentialHeaders(options.credential) },
      body,
    });
  } catch {
    throw new ApiError([{ message: "network", extensions: { code: "NETWORK" } }], 0);
  }
  const answer = (await response.json().catch(() => null)) as unknown;
  if (response.ok && answer && typeof answer === "object" && "rows" in answer) return answer as ImportResult;
  // A refusal of the route itself ({ errors: [{ message, extensions: { code } }] }), or no answer.
  const errors = (answer as { errors?: GraphQLErrorBody[] } | null)?.errors;
  const fallback = response.status === 401 ? "UNAUTHENTICATED" : response.status === 403 ? "FORBIDDEN" : response.status === 413 ? "PAYLOAD_TOO_LARGE" : "INTERNAL_SERVER_ERROR";
  throw new ApiError(errors?.length ? errors : [{ message: `HTTP ${response.status}`, extensions: { code: fallback } }], response.status);
}

/** Downloads the template of a kind (GET /import/:kind/template), with the credential the console holds. */
export async function downloadTemplate(kind: ImportKind, format: "xlsx" | "csv", credential: Credential | null): Promise<void> {
  await downloadDocument(`/import/${kind}/template?format=${format}`, credential, `${kind}.${format}`);
}

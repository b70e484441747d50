import { writeFileSync } from "node:fs";
import { loadConfig } from "#shared/config";
import { isReportKind, REPORT_KINDS } from "../report-kinds";
import { callHub, commandToken, language, option } from "./hub-client";

export const REPORT_USAGE = `  npm run --silent hub -- report <${REPORT_KINDS.join("|")}> --year YYYY [--lang az|en|ru] [--format docx|pdf] [--out FILE] [--include-synthetic] [--token <staff token>]`;

/**
 * `hub report <kind> --year YYYY`: a thin client of the running hub's `GET /documents/reports/:kind`, as a
 * viewer named "report (CLI)" (or --token). Writes the draft to --out, else to stdout. The format follows
 * --format, else --out's extension, else docx. Exit codes: 0 written, 1 refused (the message says why),
 * 2 usage or the hub not running.
 */
export async function reportCommand(args: string[]): Promise<number> {
  const [kind] = args;
  const year = option(args, "year");
  const out = option(args, "out");
  const format = option(args, "format") ?? (out?.toLowerCase().endsWith(".pdf") ? "pdf" : "docx");
  if (!kind || !isReportKind(kind) || !year || (format !== "docx" && format !== "pdf")) {
    console.error(`usage:\n${REPORT_USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const token = await commandToken(config, args, { name: "report (CLI)", role: "viewer", subject: "staff:report-cli" });
  if (!token) return 2;
  const query = new URLSearchParams({ year, format, lang: language(args) ?? "az", includeSynthetic: String(args.includes("--include-synthetic")) });
  const response = await callHub(config, `/documents/reports/${kind}?${query}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response) return 2;
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) {
    const message = (JSON.parse(body.toString("utf8") || "{}") as { errors?: { message: string }[] }).errors?.[0]?.message;
    console.error(`the hub refused the report (HTTP ${response.status}): ${message ?? "no detail"}`);
    return 1;
  }
  if (out) {
    writeFileSync(out, body);
    console.error(`${kind} ${year} written to ${out} (${body.length} bytes)`);
  } else process.stdout.write(body);
  return 0;
}

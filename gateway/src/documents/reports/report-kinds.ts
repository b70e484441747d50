/** The reports the department owes, by the name the route (/documents/reports/:kind) and the CLI use. */
export const REPORT_KINDS = ["cis-6.3", "national-coordinator", "tip"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export function isReportKind(value: string): value is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(value);
}

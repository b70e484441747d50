import type { Sheet } from "./import-files";

export const REQUEST_HEADER = ["reference", "direction", "counterpart_country", "counterpart_authority", "legal_basis_agreement", "case_reference",
  "assistance_types", "priority", "status", "opened_on", "due_on", "closed_on", "refusal_ground", "refusal_ground_code"];

const STATUSES = ["RECEIVED", "IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "EXECUTED", "REFUSED", "WITHDRAWN"];
const PRIORITIES = ["NORMAL", "URGENT", "HIGH", "LOW"];
const COUNTRIES = ["TR", "GE", "UA", "RU", "AE"];

export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Requests due around `asOf`: request i is due asOf + (i - 2 * count / 3) days (so about two thirds are
 * overdue), incoming in several open and closed statuses, outgoing sent or drafted, with every priority.
 */
export function requestsAround(asOf: string, count: number, prefix = "DL"): Sheet {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const outgoing = i % 5 === 4;
    const status = outgoing ? (i % 10 === 4 ? "DRAFT" : "SENT") : STATUSES[i % STATUSES.length];
    const due = addDays(asOf, i - Math.floor((2 * count) / 3));
    const opened = addDays(due, -60);
    const closed = ["EXECUTED", "REFUSED", "WITHDRAWN"].includes(status) ? addDays(opened, 20) : "";
    rows.push([`${prefix}-${String(i + 1).padStart(3, "0")}`, outgoing ? "OUTGOING" : "INCOMING", COUNTRIES[i % COUNTRIES.length],
      `Prosecutor's office ${i % 3}`, i % 2 ? "cis-legal-assistance-convention" : "RECIPROCITY", "", "EVIDENCE", PRIORITIES[i % PRIORITIES.length],
      status, status === "DRAFT" ? "" : opened, status === "DRAFT" ? "" : due, closed, status === "REFUSED" ? "Dual criminality not met" : ""]);
  }
  return { header: REQUEST_HEADER, rows };
}

import type { Sheet } from "./import-files";
import { REQUEST_HEADER } from "./deadline-register";

/** Confidential text planted in the register: no report may print it. */
export const REPORT_SECRETS = ["RPT-SECRET-SUMMARY", "RPT-SECRET-VICTIM-Nərmin-2001", "RPT-SECRET-NOTES"];

const COUNTRIES = ["TR", "GE", "RU", "UA", "KZ", "BY", "AE"];
/** CIS instruments, a bilateral agreement, the BSEC agreement, reciprocity and none stated. */
const BASES = ["cis-legal-assistance-convention", "cis-combating-crime-cooperation", "az-tr-cooperation", "RECIPROCITY", "cis-legal-assistance-convention",
  "bsec-combating-crime", "", "cis-thb-organs-tissues-2005", "cis-combating-crime-cooperation"];
const INCOMING = ["EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "IN_PROGRESS", "RECEIVED", "WITHDRAWN", "EXECUTED", "ADDITIONAL_INFO_REQUESTED"];
const OUTGOING = ["EXECUTED", "SENT", "REFUSED", "IN_PROGRESS", "PARTIALLY_EXECUTED"];
const FINAL = new Set(["EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"]);
const KINDS = ["SUSPECTS_ARRESTED", "VICTIMS_IDENTIFIED", "CONVICTIONS", "VICTIMS_ASSISTED", "INDICTMENTS", "ASSETS_SEIZED"];

const pad = (n: number) => String(n).padStart(2, "0");
const caseRef = (k: number) => `RPT-C-${pad(k + 1)}`;
export const requestRef = (i: number) => `RPT-R-${String(i).padStart(3, "0")}`;

/**
 * A register over the five years up to `year`: `cases` cases opened across them, `requests` requests
 * opened in every month of those years (in both directions, every status, CIS instruments and others,
 * seven countries, some asking for extradition), and `outcomes` results recorded across the years, each
 * credited to the requests of its case opened before it (executed or not), some to none.
 */
export function reportRegister(year: number, counts = { cases: 24, requests: 160, outcomes: 48 }): { cases: Sheet; "mla-requests": Sheet; outcomes: Sheet } {
  const first = year - 4;
  const cases: Sheet = { header: ["reference", "articles", "opened_on", "summary", "victim_details", "internal_notes"], rows: [] };
  for (let k = 0; k < counts.cases; k++) {
    cases.rows.push([caseRef(k), k % 3 ? "144-1" : "144-1; 144-2", `${first + (k % 5)}-${pad(1 + (k % 9))}-0${1 + (k % 8)}`, REPORT_SECRETS[0], k % 2 ? REPORT_SECRETS[1] : "", REPORT_SECRETS[2]]);
  }
  const requests: Sheet = { header: REQUEST_HEADER, rows: [] };
  const opened: string[] = [];
  const caseOf: (number | undefined)[] = [];
  for (let i = 1; i <= counts.requests; i++) {
    const outgoing = i % 3 === 0;
    const status = (outgoing ? OUTGOING : INCOMING)[Math.floor(i / 3) % (outgoing ? OUTGOING.length : INCOMING.length)];
    const day = `${first + (i % 5)}-${pad(1 + (i % 12))}-${pad(1 + (i % 27))}`;
    const kase = i % 4 === 0 ? undefined : i % counts.cases;
    opened[i] = day;
    caseOf[i] = kase;
    const closed = FINAL.has(status) ? `${first + (i % 5)}-${pad(1 + (i % 12))}-28` : "";
    requests.rows.push([requestRef(i), outgoing ? "OUTGOING" : "INCOMING", COUNTRIES[i % COUNTRIES.length], `Authority ${i % 4}`, BASES[i % BASES.length],
      kase === undefined ? "" : caseRef(kase), i % 7 === 0 ? "EXTRADITION; EVIDENCE" : "EVIDENCE", ["NORMAL", "HIGH", "URGENT", "LOW"][i % 4], status, day,
      `${first + (i % 5) + 1}-01-31`, closed, status === "REFUSED" ? "Dual criminality not met" : ""]);
  }
  const outcomes: Sheet = { header: ["case_reference", "kind", "recorded_on", "quantity", "request_references", "note"], rows: [] };
  for (let j = 0; j < counts.outcomes; j++) {
    const kase = j % counts.cases;
    const kind = KINDS[j % KINDS.length];
    const recorded = `${first + (j % 5)}-12-${pad(1 + (j % 28))}`;

    // The latest requests of the case opened before the result, so results fall in the years of their requests too.
    const before = [...Array(counts.requests).keys()].map((n) => n + 1).filter((i) => caseOf[i] === kase && opened[i] < recorded);
    before.sort((a, b) => opened[b].localeCompare(opened[a]) || b - a);
    const serving = before.slice(0, 3).map(requestRef);
    outcomes.rows.push([caseRef(kase), kind, recorded, kind === "ASSETS_SEIZED" ? "2500,75" : 1 + (j % 4), j % 6 === 5 ? "" : serving.join("; "), j % 5 ? "" : REPORT_SECRETS[2]]);
  }
  return { cases, "mla-requests": requests, outcomes };
}

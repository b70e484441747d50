import type { DataSource, EntityManager } from "typeorm";
import { MlaStatus } from "../mla-request/mla-request";
import { ALLOWED_TRANSITIONS, EXECUTED_STATUSES, FINAL_STATUSES } from "../mla-request/mla-status";
import { RefusalGroundCode } from "../mla-request/refusal-ground";

/** Grounds of the demo's refusals: most of them for want of information, as departments report. */
const DEMO_REFUSAL_CODES = [RefusalGroundCode.INSUFFICIENT_INFORMATION, RefusalGroundCode.NO_DUAL_CRIMINALITY, RefusalGroundCode.INSUFFICIENT_INFORMATION,
  RefusalGroundCode.SOVEREIGNTY_SECURITY, RefusalGroundCode.NE_BIS_IN_IDEM, RefusalGroundCode.OTHER];

/**
 * Deterministic SYNTHETIC demo data: MLA requests, cases, outcomes and histories that look like the
 * department's work but come from no source. Every row has synthetic = true and a SYN- reference, and
 * the same N always gives the same rows. Agreement ids are those of the real agreements seed.
 */

/** mulberry32: a small seeded PRNG, so the data is the same on every machine. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

/** Agreements that plausibly carry MLA, their partner countries and how well they work in the demo. */
const LEGAL_BASES: { agreement: string | null; countries: string[]; weight: number; effectiveness: number }[] = [
  { agreement: "cis-legal-assistance-convention", countries: ["RU", "KZ", "BY", "UA", "KG", "TJ", "MD"], weight: 8, effectiveness: 0.5 },
  { agreement: "cis-combating-crime-cooperation", countries: ["RU", "KZ", "BY", "UA", "KG"], weight: 4, effectiveness: 0.35 },
  { agreement: "az-tr-cooperation", countries: ["TR"], weight: 6, effectiveness: 0.45 },
  { agreement: "bsec-combating-crime", countries: ["TR", "RO", "BG", "GE", "UA", "RU"], weight: 3, effectiveness: 0.2 },
  { agreement: "az-ge-tr-terrorism-organised-crime", countries: ["GE", "TR"], weight: 2, effectiveness: 0.25 },
  { agreement: "guam-terrorism-organised-crime", countries: ["GE", "UA", "MD"], weight: 1, effectiveness: 0.1 },
  { agreement: "un-toc-convention-2000", countries: ["AE", "US", "AT", "PK", "IR"], weight: 3, effectiveness: 0.3 },
  { agreement: "az-ae-cooperation", countries: ["AE"], weight: 3, effectiveness: 0.15 },
  { agreement: "az-ir-cooperation", countries: ["IR"], weight: 1, effectiveness: 0 },
  { agreement: "az-us-cooperation", countries: ["US"], weight: 1, effectiveness: 0.4 },
  { agreement: "az-ro-cooperation", countries: ["RO"], weight: 1, effectiveness: 0 },
  { agreement: "az-interpol-cooperation", countries: ["TR", "RU", "AE", "UA"], weight: 2, effectiveness: 0.3 },
  { agreement: null, countries: ["AE", "PK", "CN", "EG"], weight: 2, effectiveness: 0.1 },
];
const ASSISTANCE = ["EVIDENCE", "WITNESS_VICTIM_INTERVIEW", "IDENTIFICATION", "SEARCH_AND_SEIZURE", "ASSET_TRACING", "EXTRADITION",
  "TRANSFER_OF_PROCEEDINGS", "VICTIM_REPATRIATION", "INFORMATION_EXCHANGE", "JOINT_INVESTIGATION"] as const;
const ARTICLES = [["144-1"], ["144-1", "144-2"], ["144-2"], ["144-3"], ["144-1", "144-3"]];
const OUTCOMES = ["SUSPECTS_ARRESTED", "VICTIMS_IDENTIFIED", "VICTIMS_ASSISTED", "INDICTMENTS", "CONVICTIONS", "ASSETS_SEIZED"] as const;
const DAY = 86_400_000;
const START = Date.UTC(2014, 0, 1);
const END = Date.UTC(2026, 9, 31);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Generated {
  cases: Record<string, unknown[]>;
  requests: Record<string, unknown[]>;
  transitions: Record<string, unknown[]>;
  outcomes: Record<string, unknown[]>;
  contributions: Record<string, unknown[]>;
}

function column<T>(rows: T[], pick: (row: T) => unknown): unknown[] {
  return rows.map(pick);
}

/** A path through the workflow from the start to `final`, following only allowed transitions. */
function pathTo(start: MlaStatus, final: MlaStatus, random: ReturnType<typeof prng>): MlaStatus[] {
  const path = [start];
  let current = start;
  for (let guard = 0; current !== final && guard < 8; guard++) {
    const options = ALLOWED_TRANSITIONS[current];
    let next: MlaStatus;
    if (options.includes(final) && (guard > 0 || random.chance(0.4))) next = final;
    else if (options.includes(MlaStatus.IN_PROGRESS) && current !== MlaStatus.IN_PROGRESS) next = MlaStatus.IN_PROGRESS;
    else if (current === MlaStatus.IN_PROGRESS && random.chance(0.2)) next = MlaStatus.ADDITIONAL_INFO_REQUESTED;
    else next = options.includes(final) ? final : options[0];
    path.push(next);
    current = next;
  }
  return path;
}

export function generateSyntheticCooperation(count: number, seed = 20131): Generated {
  const random = prng(seed);
  const totalWeight = LEGAL_BASES.reduce((sum, b) => sum + b.weight, 0);
  const chooseBasis = () => {
    let roll = random.next() * totalWeight;
    for (const basis of LEGAL_BASES) if ((roll -= basis.weight) < 0) return basis;
    return LEGAL_BASES[0];
  };
  const caseCount = Math.max(1, Math.ceil(count / 3));
  const cases = Array.from({ length: caseCount }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`,
    reference: `SYN-CASE-${String(i + 1).padStart(6, "0")}`,
    articles: random.pick(ARTICLES),
    openedOn: iso(START + random.int(0, Math.floor((END - START) / DAY) - 400) * DAY),
    victimDetails: `SYNTHETIC victim record V-${String(i + 1).padStart(6, "0")} (not a real person)`,
  }));
  const requests: { id: string; reference: string; direction: string; country: string; basis: string | null; caseId: string; types: string[];
    priority: string; spontaneous: boolean; status: MlaStatus; openedOn: string; dueOn: string; closedOn: string | null; refusal: string | null;
    refusalCode: RefusalGroundCode | null;
    effectiveness: number; path: MlaStatus[] }[] = [];
  for (let i = 0; i < count; i++) {
    const basis = chooseBasis();
    const direction = random.chance(0.55) ? "INCOMING" : "OUTGOING";
    const caseRow = cases[Math.floor(random.next() * caseCount)];
    const opened = Date.parse(caseRow.openedOn) + random.int(0, 300) * DAY;
    const roll = random.next();
    const final = roll < 0.45 ? MlaStatus.EXECUTED : roll < 0.55 ? MlaStatus.PARTIALLY_EXECUTED : roll < 0.65 ? MlaStatus.REFUSED
      : roll < 0.7 ? MlaStatus.WITHDRAWN : roll < 0.85 ? MlaStatus.IN_PROGRESS : direction === "OUTGOING" ? MlaStatus.SENT : MlaStatus.RECEIVED;
    const start = direction === "OUTGOING" ? MlaStatus.DRAFT : MlaStatus.RECEIVED;
    const path = direction === "OUTGOING" ? [MlaStatus.DRAFT, ...pathTo(MlaStatus.SENT, final, random)] : pathTo(start, final, random);
    const closed = FINAL_STATUSES.includes(final) ? Math.min(opened + random.int(10, 400) * DAY, END) : null;
    requests.push({
      id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, "0")}`,
      reference: `SYN-${direction === "INCOMING" ? "IN" : "OUT"}-${String(i + 1).padStart(6, "0")}`,
      direction,
      country: random.pick(basis.countries),
      basis: basis.agreement,
      caseId: caseRow.id,
      types: [...new Set([random.pick(ASSISTANCE), random.pick(ASSISTANCE)])],
      priority: random.pick(["LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"]),
      spontaneous: random.chance(0.05),
      status: path.at(-1)!,
      openedOn: iso(opened),
      dueOn: iso(opened + random.int(30, 180) * DAY),
      closedOn: closed === null ? null : iso(Math.max(closed, opened)),
      refusal: path.at(-1) === MlaStatus.REFUSED ? "SYNTHETIC: demo refusal" : null,
      // Taken from the position, not the generator, so adding codes changed no other generated value.
      refusalCode: path.at(-1) === MlaStatus.REFUSED ? DEMO_REFUSAL_CODES[i % DEMO_REFUSAL_CODES.length] : null,
      effectiveness: basis.effectiveness,
      path,
    });
  }
  const transitions = requests.flatMap((r) =>
    r.path.map((to, step) => ({
      requestId: r.id, from: step === 0 ? null : r.path[step - 1], to,
      refusal: to === MlaStatus.REFUSED ? r.refusal : null, refusalCode: to === MlaStatus.REFUSED ? r.refusalCode : null,
    })),
  );
  const outcomes: { id: string; caseId: string; kind: string; quantity: number; recordedOn: string }[] = [];
  const contributions: { outcomeId: string; requestId: string }[] = [];
  for (const request of requests) {
    if (!EXECUTED_STATUSES.includes(request.status) || !random.chance(request.effectiveness)) continue;
    const kind = random.pick(OUTCOMES);
    const id = `00000000-0000-4000-a000-${String(outcomes.length + 1).padStart(12, "0")}`;
    outcomes.push({
      id,
      caseId: request.caseId,
      kind,
      quantity: kind === "ASSETS_SEIZED" ? random.int(1, 200) * 1000 : random.int(1, 4),
      recordedOn: request.closedOn ?? request.openedOn,
    });
    contributions.push({ outcomeId: id, requestId: request.id });
  }
  return {
    cases: {
      id: column(cases, (c) => c.id), reference: column(cases, (c) => c.reference), articles: column(cases, (c) => `{${c.articles.join(",")}}`),
      opened_on: column(cases, (c) => c.openedOn), victim_details: column(cases, (c) => c.victimDetails),
    },
    requests: {
      id: column(requests, (r) => r.id), reference: column(requests, (r) => r.reference), direction: column(requests, (r) => r.direction),
      counterpart_country_code: column(requests, (r) => r.country), legal_basis_kind: column(requests, (r) => (r.basis ? "AGREEMENT" : "RECIPROCITY")),
      legal_basis_agreement_id: column(requests, (r) => r.basis), case_id: column(requests, (r) => r.caseId),
      assistance_types: column(requests, (r) => `{${r.types.join(",")}}`), priority: column(requests, (r) => r.priority),
      spontaneous: column(requests, (r) => r.spontaneous), status: column(requests, (r) => r.status), opened_on: column(requests, (r) => r.openedOn),
      due_on: column(requests, (r) => r.dueOn), closed_on: column(requests, (r) => r.closedOn), refusal_ground: column(requests, (r) => r.refusal),
      refusal_ground_code: column(requests, (r) => r.refusalCode), version: column(requests, (r) => r.path.length),
    },
    transitions: {
      request_id: column(transitions, (t) => t.requestId), from_status: column(transitions, (t) => t.from), to_status: column(transitions, (t) => t.to),
      refusal_ground: column(transitions, (t) => t.refusal), refusal_ground_code: column(transitions, (t) => t.refusalCode),
    },
    outcomes: {
      id: column(outcomes, (o) => o.id), case_id: column(outcomes, (o) => o.caseId), kind: column(outcomes, (o) => o.kind),
      quantity: column(outcomes, (o) => o.quantity), recorded_on: column(outcomes, (o) => o.recordedOn),
    },
    contributions: { outcome_id: column(contributions, (c) => c.outcomeId), request_id: column(contributions, (c) => c.requestId) },
  };
}

const CHUNK = 20_000;

/**
 * Inserts column arrays with `unnest`, a chunk at a time (100k requests in a few statements); `constants`
 * are SQL literals for columns that are the same on every row. A type "text->text[]" sends text (an
 * array literal '{a,b}', since unnest cannot take arrays of arrays) and casts it to text[].
 */
async function insertColumns(
  manager: EntityManager,
  table: string,
  columns: Record<string, unknown[]>,
  types: Record<string, string>,
  constants: Record<string, string> = {},
): Promise<void> {
  const names = Object.keys(columns);
  const length = columns[names[0]]?.length ?? 0;
  const constantNames = Object.keys(constants);
  for (let start = 0; start < length; start += CHUNK) {
    const params = names.map((name) => columns[name].slice(start, start + CHUNK));
    const arrays = names.map((name, i) => `$${i + 1}::${types[name].split("->")[0]}[]`);
    const selected = names.map((name, i) => (types[name].includes("->") ? `u.c${i}::${types[name].split("->")[1]}` : `u.c${i}`));
    await manager.query(
      `INSERT INTO ${table} (${[...names, ...constantNames].join(", ")})
       SELECT ${[...selected, ...constantNames.map((name) => constants[name])].join(", ")}
         FROM unnest(${arrays.join(", ")}) AS u(${names.map((_, i) => `c${i}`).join(", ")})`,
      params,
    );
  }
}

/** Replaces the synthetic set with exactly `count` generated requests (real records are never touched). */
export async function loadSyntheticCooperation(dataSource: DataSource, count: number): Promise<{ requests: number; cases: number; outcomes: number }> {
  const data = generateSyntheticCooperation(count);
  await dataSource.transaction(async (manager) => {
    await manager.query(`DELETE FROM mla.case_outcome WHERE synthetic`);
    // The transition history is append-only for people; the synthetic set is replaced as a whole.
    await manager.query(`ALTER TABLE mla.mla_request_transition DISABLE TRIGGER mla_request_transition_append_only`);
    await manager.query(`DELETE FROM mla.mla_request WHERE synthetic`);
    await manager.query(`ALTER TABLE mla.mla_request_transition ENABLE TRIGGER mla_request_transition_append_only`);
    await manager.query(`DELETE FROM mla.criminal_case WHERE synthetic`);
    await insertColumns(manager, "mla.criminal_case", data.cases, { id: "uuid", reference: "text", articles: "text->text[]", opened_on: "date", victim_details: "text" }, { synthetic: "true" });
    await insertColumns(manager, "mla.mla_request", data.requests, {
      id: "uuid", reference: "text", direction: "text", counterpart_country_code: "text", legal_basis_kind: "text", legal_basis_agreement_id: "text",
      case_id: "uuid", assistance_types: "text->text[]", priority: "text", spontaneous: "boolean", status: "text", opened_on: "date", due_on: "date",
      closed_on: "date", refusal_ground: "text", refusal_ground_code: "text", version: "integer",
    }, { synthetic: "true" });
    await insertColumns(manager, "mla.mla_request_transition", data.transitions, { request_id: "uuid", from_status: "text", to_status: "text", refusal_ground: "text", refusal_ground_code: "text" },
      { changed_by: "'synthetic'", changed_by_name: "'Synthetic data'" });
    await insertColumns(manager, "mla.case_outcome", data.outcomes, { id: "uuid", case_id: "uuid", kind: "text", quantity: "numeric", recorded_on: "date" },
      { synthetic: "true", recorded_by: "'synthetic'" });
    await insertColumns(manager, "mla.outcome_contribution", data.contributions, { outcome_id: "uuid", request_id: "uuid" });
  });
  return { requests: count, cases: data.cases.id.length, outcomes: data.outcomes.id.length };
}

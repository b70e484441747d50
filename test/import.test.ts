import { caseReference, csv, postImport, register, requestReference, workbook, type Register } from "./support/import-files";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const COUNTS = { cases: 60, requests: 200, outcomes: 80 };
const data = register(COUNTS);

/** Everything the mla subgraph holds, as one hash: equal before and after means nothing changed. */
async function fingerprint(): Promise<string> {
  const tables = ["mla_request", "mla_request_transition", "criminal_case", "case_outcome", "outcome_contribution"];
  const parts = [];
  for (const table of tables) {
    const { rows } = await hub.pool.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM mla.${table} t`);
    parts.push(`${table}:${rows[0].n}:${rows[0].h}`);
  }
  return parts.join(" ");
}

/** The same register with five bad request rows: each must be reported at its row and column, and only it. */
function withBadRows(good: Register): { file: Register; expected: { row: number; column: string }[] } {
  const requests = { ...good["mla-requests"], rows: good["mla-requests"].rows.map((row) => [...row]) };
  const column = (name: string) => requests.header.indexOf(name);
  const at = (i: number) => requests.rows[i - 1]; // request i is on sheet row i + 1
  at(5)[column("legal_basis_agreement")] = "no-such-agreement";
  at(8)[column("counterpart_country")] = "ZZ";
  at(11)[column("opened_on")] = "2024-13-45";
  at(16)[column("reference")] = requestReference(13); // both incoming: the same key twice
  at(20)[column("status")] = "FINISHED";
  return {
    file: { ...good, "mla-requests": requests },
    expected: [
      { row: 6, column: "legal_basis_agreement" },
      { row: 9, column: "counterpart_country" },
      { row: 12, column: "opened_on" },
      { row: 17, column: "reference" },
      { row: 21, column: "status" },
    ],
  };
}

describe("importing the department's register from an .xlsx built with exceljs", () => {
  let good: Buffer;
  let bad: Buffer;
  const broken = withBadRows(data);

  beforeAll(async () => {
    good = await workbook(data);
    bad = await workbook(broken.file);
  });

  it("imports the 60 cases", async () => {
    const { status, body } = await postImport(hub, "cases", good);
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "cases", rows: 60, created: 60, updated: 0, unchanged: 0, errors: [] });
  });

  it("refuses a copy with 5 bad request rows: changes nothing and reports exactly those rows and columns", async () => {
    const before = await fingerprint();
    const { status, body } = await postImport(hub, "mla-requests", bad, { lang: "en" });
    expect(status).toBe(200);
    expect(body.errors.map(({ row, column }) => ({ row, column }))).toEqual(broken.expected);
    expect(body).toMatchObject({ rows: 200, created: 0, updated: 0, unchanged: 0 });
    expect(body.errors.map((e) => e.code)).toEqual(["agreement_unknown", "country_unknown", "date_impossible", "repeated_in_file", "value_unknown"]);
    expect(body.errors[3].message).toBe(`${requestReference(13)} appears again in this file (first in row 14)`);
    expect(await fingerprint()).toBe(before);
  });

  it("imports the 200 requests, then the 80 outcomes that link them by reference", async () => {
    const requests = await postImport(hub, "mla-requests", good);
    expect(requests.body).toMatchObject({ rows: 200, created: 200, updated: 0, unchanged: 0, errors: [] });
    const outcomes = await postImport(hub, "outcomes", good);
    expect(outcomes.body).toMatchObject({ rows: 80, created: 80, updated: 0, unchanged: 0, errors: [] });
    const { rows } = await hub.pool.query(`SELECT count(*)::int AS n FROM mla.outcome_contribution c JOIN mla.case_outcome o ON o.id = c.outcome_id JOIN mla.criminal_case k ON k.id = o.case_id WHERE k.reference LIKE 'IMP-C-%'`);
    expect(rows[0].n).toBe(data.outcomes.rows.reduce((n, row) => n + String(row[4]).split(";").filter((s) => s.trim()).length, 0));
  });

  it("keeps each imported request's dates, names and status, with one history entry saying it was imported", async () => {
    type Node = { reference: string; direction: string; status: string; openedOn: string | null; dueOn: string | null; closedOn: string | null;
      counterpartCountryCode: string; counterpartCountry: { nameEn: string } | null; legalBasisKind: string; legalBasisAgreementId: string | null;
      priority: string; assistanceTypes: string[]; case: { reference: string } | null;
      history: { kind: string; origin: string; from: string | null; to: string; changedByName: string; case: { reference: string } | null }[] };
    const { body } = await hub.query<{ mlaRequestsByReference: { requests: Node[] }[] }>(
      `query R($references: [String!]!) { mlaRequestsByReference(references: $references) { requests { reference direction status openedOn dueOn closedOn
          counterpartCountryCode counterpartCountry { nameEn } legalBasisKind legalBasisAgreementId priority assistanceTypes case { reference }
          history { kind origin from to changedByName case { reference } } } } }`,
      { references: [1, 3, 8].map(requestReference) },
      { role: "officer" },
    );
    expect(body.errors).toBeUndefined();
    const [first, third, eighth] = body.data!.mlaRequestsByReference.map((match) => match.requests[0]);
    // Request 1: "Türkiyə", the convention by its title typed in lower case, EXECUTED with ISO and dotted dates.
    expect(first).toMatchObject({ direction: "INCOMING", status: "EXECUTED", counterpartCountryCode: "TR", counterpartCountry: { nameEn: "Türkiye" },
      legalBasisAgreementId: "cis-legal-assistance-convention", priority: "HIGH", assistanceTypes: ["EVIDENCE", "WITNESS_VICTIM_INTERVIEW"] });
    // Request 3: outgoing, "Россия", SENT.
    expect(third).toMatchObject({ direction: "OUTGOING", status: "SENT", counterpartCountryCode: "RU", legalBasisAgreementId: "bsec-combating-crime", case: { reference: caseReference(2) } });
    // Request 8: opened on an Excel date cell (2015-01-01 + 404 days), due and closed written as text in the two forms.
    expect(eighth).toMatchObject({
      direction: "INCOMING", status: "PARTIALLY_EXECUTED", counterpartCountryCode: "AE", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "cis-legal-assistance-convention",
      openedOn: "2016-02-09", dueOn: "2016-04-09", closedOn: "2016-03-18", priority: "NORMAL", assistanceTypes: ["IDENTIFICATION"], case: { reference: caseReference(7) },
    });
    expect(eighth.history).toEqual([{ kind: "IMPORTED", origin: "IMPORT", from: null, to: "PARTIALLY_EXECUTED", changedByName: "Import Officer", case: { reference: caseReference(7) } }]);
  });

  it("reports every row unchanged when the same workbook is imported again, and changes nothing", async () => {
    const before = await fingerprint();
    for (const [kind, rows] of [["cases", 60], ["mla-requests", 200], ["outcomes", 80]] as const) {
      const { body } = await postImport(hub, kind, good);
      expect(body).toMatchObject({ kind, rows, created: 0, updated: 0, unchanged: rows, errors: [] });
    }
    expect(await fingerprint()).toBe(before);
  });

  it("gives ranking figures equal to a direct SQL count over the imported rows", async () => {
    const { body } = await hub.query<{ cooperationRanking: { agreementId: string; agreement: { kind: string } | null;
      cooperation: { requestsIn: number; requestsOut: number; executed: number; refused: number; pending: number;
        outcomes: { suspectsArrested: number; victimsIdentified: number; convictions: number; assetsSeized: number } } }[] }>(
      `{ cooperationRanking(first: 100) { agreementId agreement { kind } cooperation { requestsIn requestsOut executed refused pending
          outcomes { suspectsArrested victimsIdentified convictions assetsSeized } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const ranking = body.data!.cooperationRanking;
    const counted = await hub.pool.query(
      `SELECT legal_basis_agreement_id AS id,
              count(*) FILTER (WHERE direction = 'INCOMING')::int AS "requestsIn", count(*) FILTER (WHERE direction = 'OUTGOING')::int AS "requestsOut",
              count(*) FILTER (WHERE status IN ('EXECUTED', 'PARTIALLY_EXECUTED'))::int AS executed, count(*) FILTER (WHERE status = 'REFUSED')::int AS refused,
              count(*) FILTER (WHERE status IN ('SENT', 'RECEIVED', 'IN_PROGRESS', 'ADDITIONAL_INFO_REQUESTED'))::int AS pending
         FROM mla.mla_request WHERE imported_version IS NOT NULL AND legal_basis_agreement_id IS NOT NULL GROUP BY 1`,
    );
    const results = await hub.pool.query(
      `SELECT a.id, coalesce(sum(o.quantity) FILTER (WHERE o.kind = 'SUSPECTS_ARRESTED'), 0)::float AS "suspectsArrested",
              coalesce(sum(o.quantity) FILTER (WHERE o.kind = 'VICTIMS_IDENTIFIED'), 0)::float AS "victimsIdentified",
              coalesce(sum(o.quantity) FILTER (WHERE o.kind = 'CONVICTIONS'), 0)::float AS convictions,
              coalesce(sum(o.quantity) FILTER (WHERE o.kind = 'ASSETS_SEIZED'), 0)::float AS "assetsSeized"
         FROM (SELECT DISTINCT r.legal_basis_agreement_id AS id, c.outcome_id FROM mla.mla_request r JOIN mla.outcome_contribution c ON c.request_id = r.id
                WHERE r.imported_version IS NOT NULL AND r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED')) a
         JOIN mla.case_outcome o ON o.id = a.outcome_id GROUP BY a.id`,
    );
    const zero = { suspectsArrested: 0, victimsIdentified: 0, convictions: 0, assetsSeized: 0 };
    const expected = counted.rows.map(({ id, ...figures }) => ({
      agreementId: id, agreement: { kind: expect.any(String) },
      cooperation: { ...figures, outcomes: { ...zero, ...(({ id: _id, ...rest }) => rest)(results.rows.find((r) => r.id === id) ?? { id }) } },
    }));
    expect([...ranking].sort((a, b) => a.agreementId.localeCompare(b.agreementId))).toEqual(expected.sort((a, b) => a.agreementId.localeCompare(b.agreementId)));
    // And the counts are the spreadsheet's: every row whose legal basis names an agreement is in some row of the ranking.
    const basisColumn = data["mla-requests"].header.indexOf("legal_basis_agreement");
    const withAgreement = data["mla-requests"].rows.filter((row) => !["", "RECIPROCITY", "взаимность"].includes(String(row[basisColumn]))).length;
    expect(ranking.reduce((n, row) => n + row.cooperation.requestsIn + row.cooperation.requestsOut, 0)).toBe(withAgreement);
    expect(ranking.some((row) => row.cooperation.outcomes.suspectsArrested > 0)).toBe(true);
  });
});

describe("refusal grounds as codes", () => {
  const header = data["mla-requests"].header;
  const cellOf = (row: (string | number | Date)[], column: string) => String(row[header.indexOf(column)]);
  /** The register's refused requests: number and the code its refusal_ground_code cell names (empty: words only). */
  const refused = data["mla-requests"].rows.map((row, index) => ({ i: index + 1, row })).filter(({ row }) => cellOf(row, "status") === "REFUSED");
  const CODE_OF: Record<string, string> = {
    "": "OTHER", NO_DUAL_CRIMINALITY: "NO_DUAL_CRIMINALITY", "İkili cinayətkarlıq yoxdur": "NO_DUAL_CRIMINALITY", "insufficient information": "INSUFFICIENT_INFORMATION",
    "Отсутствие двойной преступности": "NO_DUAL_CRIMINALITY", "Political offence": "POLITICAL_OFFENCE",
  };
  const figures = async () => {
    const { body } = await hub.query<{ countries: { code: string; cooperation: { refused: number; refusalGrounds: { ground: string; refused: number }[] } }[] }>(
      `{ countries { code cooperation { refused refusalGrounds { ground refused } } } }`, undefined, { role: "officer" });
    expect(body.errors).toBeUndefined();
    return body.data!.countries.flatMap((c) => c.cooperation.refusalGrounds.map((g) => ({ country: c.code, ground: g.ground, refused: g.refused })))
      .sort((a, b) => `${a.country}${a.ground}`.localeCompare(`${b.country}${b.ground}`));
  };
  const counted = async () => (await hub.pool.query(
    `SELECT counterpart_country_code AS country, coalesce(refusal_ground_code, 'OTHER') AS ground, count(*)::int AS refused
       FROM mla.mla_request WHERE status = 'REFUSED' AND NOT synthetic GROUP BY 1, 2`,
  )).rows.sort((a, b) => `${a.country}${a.ground}`.localeCompare(`${b.country}${b.ground}`));

  it("stores each refusal's ground from its code or its name in az, en or ru; words alone are OTHER", async () => {
    expect(new Set(refused.map(({ row }) => cellOf(row, "refusal_ground_code")))).toEqual(new Set(Object.keys(CODE_OF)));
    const { rows } = await hub.pool.query(`SELECT reference, refusal_ground_code, refusal_ground FROM mla.mla_request WHERE reference = ANY($1)`, [refused.map(({ i }) => requestReference(i))]);
    const stored = new Map(rows.map((r) => [r.reference, [r.refusal_ground_code, r.refusal_ground]]));
    for (const { i, row } of refused) expect([requestReference(i), stored.get(requestReference(i))]).toEqual([requestReference(i), [CODE_OF[cellOf(row, "refusal_ground_code")], "Dual criminality not met"]]);
    // The history entry of the import carries the code too.
    const coded = refused.find(({ row }) => cellOf(row, "refusal_ground_code") === "Отсутствие двойной преступности")!;
    const { body } = await hub.query<{ mlaRequestsByReference: { requests: { refusalGroundCode: string; history: { kind: string; refusalGroundCode: string | null }[] }[] }[] }>(
      `query R($r: [String!]!) { mlaRequestsByReference(references: $r) { requests { refusalGroundCode history { kind refusalGroundCode } } } }`,
      { r: [requestReference(coded.i)] }, { role: "officer" });
    expect(body.data!.mlaRequestsByReference[0].requests[0]).toEqual({ refusalGroundCode: "NO_DUAL_CRIMINALITY", history: [{ kind: "IMPORTED", refusalGroundCode: "NO_DUAL_CRIMINALITY" }] });
  });

  it("counts the imported refusals per code in the cooperation figures, as a plain SELECT does", async () => {
    const answered = await figures();
    expect(answered).toEqual(await counted());
    expect(new Set(answered.map((g) => g.ground))).toEqual(new Set(["NO_DUAL_CRIMINALITY", "INSUFFICIENT_INFORMATION", "POLITICAL_OFFENCE", "OTHER"]));
  });

  it("refuses a code on a request that is not refused, and a ground it does not know, each at its row and column", async () => {
    const before = await fingerprint();
    const executed = data["mla-requests"].rows.findIndex((row) => cellOf(row, "status") === "EXECUTED") + 1;
    const [words] = refused.filter(({ row }) => cellOf(row, "refusal_ground_code") === "");
    const { body } = await postImport(hub, "mla-requests", await only("mla-requests", [
      requestRow(executed, { refusal_ground_code: "NO_DUAL_CRIMINALITY" }),
      requestRow(words.i, { refusal_ground_code: "the victim's lawyer objected" }),
      requestRow(words.i, { reference: "NEW-REFUSED-1", refusal_ground_code: "OTHER", refusal_ground: "" }),
    ]), { lang: "en" });
    expect(body.errors).toEqual([
      { row: 2, column: "refusal_ground_code", code: "refusal_ground_only_refused", message: "only a refusal has a ground" },
      { row: 3, column: "refusal_ground_code", code: "refusal_ground_unknown", message: expect.stringMatching(/^not a refusal ground: write its code \(SOVEREIGNTY_SECURITY, .*OTHER\)/) },
      { row: 4, column: "refusal_ground", code: "refusal_ground_required", message: "a refusal must state its ground" },
    ]);
    // The cell's words are never quoted back: they may describe a person.
    expect(JSON.stringify(body.errors)).not.toContain("lawyer");
    expect(await fingerprint()).toBe(before);
  });

  it("leaves a refusal imported in words before codes existed unchanged, and moves the figures when a later file gives its code", async () => {
    const [words] = refused.filter(({ row }) => cellOf(row, "refusal_ground_code") === "");
    // As the import wrote refusals before this column: words, no code.
    await hub.pool.query(`UPDATE mla.mla_request SET refusal_ground_code = NULL WHERE reference = $1`, [requestReference(words.i)]);
    const again = await postImport(hub, "mla-requests", await only("mla-requests", [words.row]));
    expect(again.body).toMatchObject({ unchanged: 1, updated: 0, errors: [] });
    const coded = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(words.i, { refusal_ground_code: "ne bis in idem" })]));
    expect(coded.body).toMatchObject({ updated: 1, errors: [] });
    const request = await history(requestReference(words.i));
    expect(request.history.at(-1)).toMatchObject({ kind: "UPDATED", origin: "IMPORT", changedFields: ["refusal_ground_code"] });
    expect(await figures()).toEqual(await counted());
    expect((await figures()).some((g) => g.ground === "NE_BIS_IN_IDEM" && g.refused === 1)).toBe(true);
    // A code alone, without words, is a refusal with its ground.
    const alone = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(words.i, { refusal_ground_code: "NE_BIS_IN_IDEM", refusal_ground: "" })]));
    expect(alone.body).toMatchObject({ updated: 1, errors: [] });
    expect((await hub.pool.query(`SELECT refusal_ground, refusal_ground_code FROM mla.mla_request WHERE reference = $1`, [requestReference(words.i)])).rows).toEqual([{ refusal_ground: null, refusal_ground_code: "NE_BIS_IN_IDEM" }]);
  });
});

/** A file of one kind holding only the given rows of the register (an import never deletes what a file leaves out). */
async function only(kind: keyof Register, rows: (string | number | Date)[][]): Promise<Buffer> {
  return workbook({ [kind]: { header: data[kind].header, rows } });
}

function requestRow(i: number, change: Record<string, string> = {}): (string | number | Date)[] {
  const header = data["mla-requests"].header;
  const row = [...data["mla-requests"].rows[i - 1]];
  for (const [column, value] of Object.entries(change)) row[header.indexOf(column)] = value;
  return row;
}

async function history(reference: string) {
  const { body } = await hub.query<{ mlaRequestsByReference: { requests: { id: string; version: number; status: string; case: { reference: string } | null;
    history: { kind: string; origin: string; from: string | null; to: string; changedFields: string[]; case: { reference: string } | null }[] }[] }[] }>(
    `query H($r: [String!]!) { mlaRequestsByReference(references: $r) { requests { id version status case { reference }
        history { kind origin from to changedFields case { reference } } } } }`,
    { r: [reference] },
    { role: "officer" },
  );
  return body.data!.mlaRequestsByReference[0].requests[0];
}

describe("a changed row goes through the same rules as the console", () => {
  it("moves a request one allowed step, kept in history with the import as its origin", async () => {
    // Request 13 is incoming and IN_PROGRESS in the register.
    const { body } = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(13, { status: "EXECUTED", closed_on: "2018-01-10" })]));
    expect(body).toMatchObject({ rows: 1, created: 0, updated: 1, unchanged: 0, errors: [] });
    const request = await history(requestReference(13));
    expect(request.status).toBe("EXECUTED");
    expect(request.history.map(({ kind, origin, from, to, changedFields }) => ({ kind, origin, from, to, changedFields }))).toEqual([
      { kind: "IMPORTED", origin: "IMPORT", from: null, to: "IN_PROGRESS", changedFields: [] },
      { kind: "UPDATED", origin: "IMPORT", from: "IN_PROGRESS", to: "IN_PROGRESS", changedFields: ["closed_on"] },
      { kind: "STATUS", origin: "IMPORT", from: "IN_PROGRESS", to: "EXECUTED", changedFields: [] },
    ]);
  });

  it("refuses a status change the workflow does not allow, and changes nothing", async () => {
    // Request 16 is incoming and RECEIVED: it must be in progress before it is executed.
    const before = await fingerprint();
    const { body } = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(16, { status: "EXECUTED", closed_on: "2018-01-10" })]), { lang: "en" });
    expect(body.errors).toEqual([{ row: 2, column: "status", code: "transition_not_allowed",
      message: "cannot go from RECEIVED to EXECUTED; allowed: IN_PROGRESS, ADDITIONAL_INFO_REQUESTED, REFUSED, WITHDRAWN" }]);
    expect(await fingerprint()).toBe(before);
  });

  it("reports a request changed in the hub since the last import as a conflict, and never overwrites it", async () => {
    // Request 22 is incoming, ADDITIONAL_INFO_REQUESTED; an officer moves it on in the console.
    const request = await history(requestReference(22));
    const moved = await hub.query(`mutation { transitionMlaRequest(id: "${request.id}", expectedVersion: ${request.version}, input: { to: IN_PROGRESS, on: "2018-02-01" }) { version } }`, undefined, { role: "officer" });
    expect(moved.body.errors).toBeUndefined();
    const stale = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(22, { priority: "URGENT" })]), { lang: "en" });
    expect(stale.body.errors).toEqual([{ row: 2, column: "reference", code: "conflict_edited",
      message: `changed in the hub since the last import (now version ${request.version + 1}): make this row match the hub, or leave it out` }]);
    expect((await history(requestReference(22))).status).toBe("IN_PROGRESS");
    // The row as the hub now holds it is simply unchanged.
    const matching = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(22, { status: "IN_PROGRESS" })]));
    expect(matching.body).toMatchObject({ unchanged: 1, errors: [] });
  });

  it("reports a request entered in the console as a conflict unless the row matches it", async () => {
    const created = await hub.query(
      `mutation { createMlaRequest(input: { idempotencyKey: "console-1", reference: "CONSOLE-1", direction: INCOMING, counterpartCountry: "TR",
         legalBasisKind: AGREEMENT, legalBasisAgreementId: "az-tr-cooperation", openedOn: "2024-01-05", assistanceTypes: [EVIDENCE] }) { id } }`,
      undefined,
      { role: "officer" },
    );
    expect(created.body.errors).toBeUndefined();
    const row = ["CONSOLE-1", "INCOMING", "Türkiyə", "", "az-tr-cooperation", "", "EVIDENCE", "", "", "05.01.2024", "", "", ""];
    expect((await postImport(hub, "mla-requests", await only("mla-requests", [row]))).body).toMatchObject({ unchanged: 1, errors: [] });
    const other = [...row];
    other[3] = "Ankara prosecutor";
    const { body } = await postImport(hub, "mla-requests", await only("mla-requests", [other]));
    expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, "reference", "conflict_entered"]]);
  });

  it("moves a request to another case, kept in history, but not one credited with results of its case", async () => {
    // Outcomes of case 1 credit requests 1 and 61; request 121 serves the same case and is not credited.
    const credited = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(1, { case_reference: caseReference(1) })]), { lang: "en" });
    expect(credited.body.errors).toEqual([{ row: 2, column: "case_reference", code: "case_has_credited_outcomes",
      message: `the request is credited with results of case ${caseReference(0)}: it cannot leave that case` }]);
    const moved = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(121, { case_reference: caseReference(1) })]));
    expect(moved.body).toMatchObject({ updated: 1, errors: [] });
    const request = await history(requestReference(121));
    expect(request.case).toEqual({ reference: caseReference(1) });
    expect(request.history.slice(1).map((h) => [h.kind, h.origin, h.case?.reference])).toEqual([
      ["CASE_DETACHED", "IMPORT", caseReference(0)],
      ["CASE_ATTACHED", "IMPORT", caseReference(1)],
    ]);
  });
});

describe("a dry run, languages and file forms", () => {
  it("previews every row with its action and its problems, and writes nothing", async () => {
    const before = await fingerprint();
    const rows = [requestRow(2), requestRow(3, { priority: "LOW" }), ["NEW-1", "OUTGOING", "RU", "", "", "", "", "", "", "", "", "", ""],
      ["NEW-2", "OUTGOING", "Atlantis", "", "", "", "", "", "", "", "", "", ""]];
    const { body } = await postImport(hub, "mla-requests", await only("mla-requests", rows), { dryRun: true, lang: "en" });
    expect(body).toMatchObject({ dryRun: true, rows: 4, created: 0, updated: 0, unchanged: 0 });
    expect(body.preview!.map((row) => [row.row, row.action])).toEqual([[2, "UNCHANGED"], [3, "UPDATE"], [4, "CREATE"], [5, "INVALID"]]);
    expect(body.preview![3].cells.counterpart_country).toBe("Atlantis");
    expect(body.errors).toEqual([expect.objectContaining({ row: 5, column: "counterpart_country", code: "country_unknown" })]);
    expect(await fingerprint()).toBe(before);
    // Without the invalid row, the dry run counts what the import would do.
    const clean = await postImport(hub, "mla-requests", await only("mla-requests", rows.slice(0, 3)), { dryRun: true });
    expect(clean.body).toMatchObject({ created: 1, updated: 1, unchanged: 1, errors: [] });
    expect(await fingerprint()).toBe(before);
  });

  it.each([
    ["az", "2024-13-45 təqvimdə olan gün deyil"],
    ["ru-RU,ru;q=0.9,en;q=0.8", "2024-13-45 не существующий день календаря"],
    ["en-GB", "2024-13-45 is not a day of the calendar"],
    ["de", "2024-13-45 təqvimdə olan gün deyil"],
  ])("names each problem in the reader's language (Accept-Language: %s)", async (lang, message) => {
    const { body } = await postImport(hub, "mla-requests", await only("mla-requests", [requestRow(2, { due_on: "2024-13-45" })]), { lang });
    expect(body.errors).toEqual([{ row: 2, column: "due_on", code: "date_impossible", message }]);
  });

  it("reads CSV as Excel writes it in the az and ru locales: `;`, a byte-order mark, DD.MM.YYYY, quoted cells with line breaks", async () => {
    const sheet = { header: data.cases.header, rows: [["CSV-C-1", "144-1; 144-2", "05.03.2024", "Line one;\nline \"two\"", "", ""], ["CSV-C-2", "", "2024-03-06", "", "", ""]] };
    const { body } = await postImport(hub, "cases", csv(sheet), { fileName: "cases.csv" });
    expect(body).toMatchObject({ rows: 2, created: 2, errors: [] });
    const { rows } = await hub.pool.query(`SELECT reference, articles, opened_on, summary FROM mla.criminal_case WHERE reference LIKE 'CSV-C-%' ORDER BY reference`);
    expect(rows).toEqual([
      { reference: "CSV-C-1", articles: ["144-1", "144-2"], opened_on: "2024-03-05", summary: 'Line one;\nline "two"' },
      { reference: "CSV-C-2", articles: [], opened_on: "2024-03-06", summary: null },
    ]);
    expect((await postImport(hub, "cases", csv(sheet, ","), { fileName: "cases.csv" })).body).toMatchObject({ unchanged: 2, errors: [] });
  });

  it.each([
    ["a missing column", workbook({ cases: { header: ["reference", "articles"], rows: [["X-1", ""]] } }), [[1, "opened_on", "column_missing"], [1, "summary", "column_missing"], [1, "victim_details", "column_missing"], [1, "internal_notes", "column_missing"]]],
    ["an unknown column", workbook({ cases: { header: [...data.cases.header, "remarks"], rows: [["X-1", "", "", "", "", "", "x"]] } }), [[1, "remarks", "column_unknown"]]],
    ["text that is not UTF-8", Promise.resolve(Buffer.from([0x72, 0x65, 0x66, 0xe9, 0x72, 0x65, 0x6e, 0x63, 0x65, 0x0a])), [[null, null, "file_not_utf8"]]],
    ["an old .xls workbook", Promise.resolve(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), [[null, null, "file_old_xls"]]],
    ["a broken .xlsx", Promise.resolve(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), [[null, null, "file_unreadable"]]],
    ["an empty file", Promise.resolve(Buffer.alloc(0)), [[null, null, "file_no_header"]]],
    ["a value under no column", workbook({ cases: { header: data.cases.header, rows: [["X-1", "", "", "", "", "", "stray"]] } }), [[2, "G", "cell_without_column"]]],
  ])("reports %s, and imports nothing", async (_what, file, expected) => {
    const { body } = await postImport(hub, "cases", await file);
    expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual(expected);
    expect(body.created).toBe(0);
  });
});

describe("recommendation-updates", () => {
  const header = ["recommendation", "reporting_period", "status", "note", "evidence_agreements", "evidence_measures", "evidence_mla_requests", "evidence_document", "evidence_document_url"];
  let measureId: string;
  beforeAll(async () => {
    measureId = String((await hub.pool.query(`SELECT id FROM agreements.measure ORDER BY id LIMIT 1`)).rows[0].id);
  });
  const file = (rows: string[][]) => workbook({ "recommendation-updates": { header, rows } });
  const rowsOf = (status = "IN_PROGRESS") => [
    ["needs-assessment-ch3:O", "2024", status, "", "Avropa Şurasının İnsan Alverinə qarşı mübarizə haqqında Konvensiyası; az-tr-cooperation", measureId, requestReference(1), "Protocol", "https://example.org/p.pdf"],
    ["needs-assessment-ch3:P", "2024-H1", "NOT_STARTED", "", "", "", "", "", ""],
  ];

  it("records status updates with evidence named by title, id and reference, then reports them unchanged", async () => {
    const { body } = await postImport(hub, "recommendation-updates", await file(rowsOf()));
    expect(body).toMatchObject({ rows: 2, created: 2, errors: [] });
    const again = await postImport(hub, "recommendation-updates", await file(rowsOf()));
    expect(again.body).toMatchObject({ unchanged: 2, errors: [] });
    const { body: read } = await hub.query<{ recommendation: { status: string; history: { status: string; origin: string; evidence: { kind: string; agreementId: string | null; measureId: string | null; mlaRequest: { reference: string } | null }[] }[] } }>(
      `{ recommendation(id: "needs-assessment-ch3:O") { status history { status origin evidence { kind agreementId measureId mlaRequest { reference } } } } }`,
      undefined,
      { role: "officer" },
    );
    expect(read.errors).toBeUndefined();
    const [update] = read.data!.recommendation.history;
    expect(update.origin).toBe("IMPORT");
    expect(update.evidence.map((e) => e.agreementId ?? e.measureId ?? e.mlaRequest?.reference ?? e.kind).sort()).toEqual(
      ["DOCUMENT", "az-tr-cooperation", "coe-thb-convention-2005", measureId, requestReference(1)].sort(),
    );
  });

  it("adds a correction when a row changes, and refuses to pass over an update a person recorded since", async () => {
    const changed = await postImport(hub, "recommendation-updates", await file(rowsOf("IMPLEMENTED")));
    expect(changed.body).toMatchObject({ updated: 1, unchanged: 1, errors: [] });
    const { rows } = await hub.pool.query(`SELECT status, corrects_id IS NOT NULL AS corrects FROM recommendations.status_update WHERE recommendation_id = 'needs-assessment-ch3:O' AND reporting_period = '2024' ORDER BY recorded_at`);
    expect(rows).toEqual([{ status: "IN_PROGRESS", corrects: false }, { status: "IMPLEMENTED", corrects: true }]);
    const version = (await hub.pool.query(`SELECT version FROM recommendations.recommendation WHERE id = 'needs-assessment-ch3:P'`)).rows[0].version;
    const recorded = await hub.query(`mutation { recordStatusUpdate(recommendationId: "needs-assessment-ch3:P", expectedVersion: ${version}, input: { status: IN_PROGRESS, reportingPeriod: "2024-H1" }) { id } }`, undefined, { role: "officer" });
    expect(recorded.body.errors).toBeUndefined();
    const { body } = await postImport(hub, "recommendation-updates", await file(rowsOf("IMPLEMENTED")));
    expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([[3, "recommendation", "conflict_edited"]]);
  });

  it("refuses unknown recommendations, agreements, measures and requests by row and column", async () => {
    const { body } = await postImport(hub, "recommendation-updates", await file([
      ["no-such:1", "2024", "IN_PROGRESS", "", "", "", "", "", ""],
      ["needs-assessment-ch3:Q", "2024", "IN_PROGRESS", "", "Palermo?", "999999", "NO-SUCH-REF", "", ""],
      ["needs-assessment-ch3:Q", "24", "DONE", "", "", "", "", "", "ftp://x"],
    ]));
    expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "recommendation", "recommendation_unknown"],
      [3, "evidence_agreements", "agreement_unknown"],
      [3, "evidence_measures", "measure_unknown"],
      [3, "evidence_mla_requests", "request_unknown"],
      [4, "reporting_period", "period_invalid"],
      [4, "status", "value_unknown"],
      [4, "evidence_document_url", "url_invalid"],
    ]);
  });
});

describe("names people use", () => {
  it("resolves agreements by id, title or short name, and countries by their names in three languages", async () => {
    const { body } = await hub.query<{ agreementsByName: { name: string; agreements: { id: string }[] }[]; countriesByName: { name: string; country: { code: string } | null }[] }>(
      `{ agreementsByName(names: ["palermo protocol", "Palermo Protokolu", "az-tr-cooperation", "no such"]) { name agreements { id } }
         countriesByName(names: ["tr", "Türkiye", "Турция", "turkiye", "Rusiya Federasiyası", "Germany", "ZZ", "Turkey", "Qazaxstan", "USA", "Russia"]) { name country { code } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.agreementsByName.map((m) => m.agreements.map((a) => a.id))).toEqual([["palermo-protocol-2000"], ["palermo-protocol-2000"], ["az-tr-cooperation"], []]);
    // Germany is a country, but not one the hub knows.
    expect(body.data!.countriesByName.map((m) => m.country?.code ?? null)).toEqual(["TR", "TR", "TR", "TR", "RU", null, null, "TR", "KZ", "US", "RU"]);
  });
});

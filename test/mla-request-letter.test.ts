import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { repoRoot } from "#shared/paths";
import { LETTER_TEXT } from "../gateway/src/documents/mla-request-letter/letter-text";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
let dir: string;
let requestId: string;
const officer = { role: "officer" as const };
const REFERENCE = "OUT-2025/17";
const VICTIM = "SECRET-VICTIM Ayşə Q.";
const CASE_SUMMARY = "SECRET-CASE-SUMMARY";
const FACTS = "Between March and May 2024 the suspects recruited three women in Baku.\nThey were taken to Istanbul and forced to work.";
const SOUGHT = "Hear the owner of the Istanbul workshop as a witness and obtain the workshop's payroll.";

beforeAll(async () => {
  hub = await startTestHub();
  dir = mkdtempSync(path.join(tmpdir(), "hub-letter-"));
  const created = await hub.query<{ createCase: { id: string } }>(
    `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
    { input: { reference: "CASE-LB-1", articles: ["144-1", "144-2"], summary: CASE_SUMMARY, victimDetails: VICTIM, internalNotes: "SECRET-NOTES" } },
    officer,
  );
  const request = await hub.query<{ createMlaRequest: { id: string } }>(
    `mutation R($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
    { input: { idempotencyKey: "letter-1", reference: REFERENCE, direction: "OUTGOING", counterpartCountry: "TR", legalBasisKind: "NOT_STATED",
      caseId: created.body.data!.createCase.id, assistanceTypes: ["WITNESS_VICTIM_INTERVIEW", "EVIDENCE"], internalNote: "SECRET-INTERNAL" } },
    officer,
  );
  requestId = request.body.data!.createMlaRequest.id;
});
afterAll(async () => {
  await hub?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function version(): Promise<number> {
  return Number((await hub.pool.query(`SELECT version FROM mla.mla_request WHERE id = $1`, [requestId])).rows[0].version);
}

const UPDATE = `mutation U($id: ID!, $v: Int!, $input: MlaRequestDetailsInput!) {
  updateMlaRequestDetails(id: $id, expectedVersion: $v, input: $input) { version legalBasisKind legalBasisArticle factsSummary letterCheck { ready missing { code field } } }
}`;

function draft(reference: string, lang: string, headers?: Record<string, string>) {
  return hub.token("officer").then((token) =>
    fetch(`${hub.gatewayOrigin}/documents/mla-requests/${encodeURIComponent(reference)}/draft?lang=${lang}`, { headers: headers ?? { authorization: `Bearer ${token}` } }),
  );
}

async function text(response: Response): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value;
}

describe("a request missing what its letter needs", () => {
  it("shows the gaps in letterCheck and is refused for drafting with the list (422), in the chosen language", async () => {
    const { body } = await hub.query<{ mlaRequest: { letterCheck: { ready: boolean; missing: { code: string; field: string }[] } } }>(
      `query Q($id: ID!) { mlaRequest(id: $id) { letterCheck { ready missing { code field } } } }`, { id: requestId },
    );
    expect(body.data!.mlaRequest.letterCheck).toEqual({
      ready: false,
      missing: [
        { code: "LEGAL_BASIS", field: "legalBasisKind" }, { code: "FACTS_SUMMARY", field: "factsSummary" }, { code: "ASSISTANCE_SOUGHT", field: "assistanceSought" },
        { code: "COUNTERPART_AUTHORITY", field: "counterpartAuthority" }, { code: "REQUESTING_AUTHORITY", field: "requestingAuthority" }, { code: "CONTACT", field: "contactName" },
      ],
    });
    const refused = await draft(REFERENCE, "en");
    expect(refused.status).toBe(422);
    const error = ((await refused.json()) as { errors: { message: string; extensions: { code: string; field: string; missing: { code: string; message: string }[] } }[] }).errors[0];
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reference" });
    expect(error.extensions.missing.map((gap) => gap.code)).toEqual(["LEGAL_BASIS", "FACTS_SUMMARY", "ASSISTANCE_SOUGHT", "COUNTERPART_AUTHORITY", "REQUESTING_AUTHORITY", "CONTACT"]);
    expect(error.extensions.missing[0].message).toBe("legal basis");
    expect(error.message).toContain("summary of the facts");
    const russian = (await (await draft(REFERENCE, "ru")).json()) as { errors: { extensions: { missing: { message: string }[] } }[] };
    expect(russian.errors[0].extensions.missing[1].message).toBe(LETTER_TEXT.ru.gaps.FACTS_SUMMARY);
  });
});

describe("updateMlaRequestDetails", () => {
  it("checks each field and names it: an unknown agreement, an article without one, an agreement missing, a bad e-mail, a text too long", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ legalBasisKind: "AGREEMENT", legalBasisAgreementId: "no-such-agreement" }, "input.legalBasisAgreementId"],
      [{ legalBasisKind: "RECIPROCITY", legalBasisArticle: "art. 18" }, "input.legalBasisArticle"],
      [{ legalBasisKind: "AGREEMENT" }, "input.legalBasisAgreementId"],
      [{ contactEmail: "not an address" }, "input.contactEmail"],
      [{ factsSummary: "x".repeat(20001) }, "input.factsSummary"],
    ];
    for (const [input, field] of cases) {
      const { body } = await hub.query(UPDATE, { id: requestId, v: await version(), input }, officer);
      expect([field, body.errors?.[0].extensions]).toEqual([field, expect.objectContaining({ code: "BAD_USER_INPUT", field })]);
    }
    const viewer = await hub.query(UPDATE, { id: requestId, v: await version(), input: { factsSummary: "x" } }, { role: "viewer" });
    expect(viewer.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await version()).toBe(1);
  });

  it("fills the gaps, keeps the change in history by field name only, and refuses a stale version", async () => {
    const v = await version();
    const { body } = await hub.query<{ updateMlaRequestDetails: { version: number; letterCheck: { ready: boolean } } }>(UPDATE, {
      id: requestId, v, input: {
        legalBasisKind: "AGREEMENT", legalBasisAgreementId: "palermo-protocol-2000", legalBasisArticle: "art. 10", factsSummary: FACTS,
        assistanceSought: SOUGHT, counterpartAuthority: "Ministry of Justice of the Republic of Türkiye", requestingAuthority: "Baş Prokurorluq",
        contactName: "R. Məmmədov", contactEmail: "r.mammadov@example.az", dueOn: "2030-03-31", priority: "URGENT",
      },
    }, officer);
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateMlaRequestDetails).toMatchObject({ version: v + 1, letterCheck: { ready: true } });
    const { rows } = await hub.pool.query(`SELECT kind, origin, changed_fields, note FROM mla.mla_request_transition WHERE request_id = $1 ORDER BY id DESC LIMIT 1`, [requestId]);
    expect(rows[0]).toMatchObject({ kind: "UPDATED", origin: "API", note: null });
    expect([...rows[0].changed_fields].sort()).toEqual(
      ["assistanceSought", "contactEmail", "contactName", "counterpartAuthority", "dueOn", "factsSummary", "legalBasisAgreementId", "legalBasisArticle",
        "legalBasisKind", "priority", "requestingAuthority"],
    );
    const stale = await hub.query(UPDATE, { id: requestId, v, input: { factsSummary: "other" } }, officer);
    expect(stale.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: v + 1 });
    const { rows: audit } = await hub.pool.query(`SELECT variables::text AS variables FROM gateway.audit_log WHERE operation_name = 'U' ORDER BY id DESC LIMIT 1`);
    expect(audit[0].variables).not.toContain("three women");
    expect(audit[0].variables).not.toContain("r.mammadov");
  });
});

describe("GET /documents/mla-requests/:reference/draft", () => {
  it.each(["az", "en", "ru"] as const)("drafts a DOCX in %s with the legal basis and its article, the articles, the assistance and the facts, and no other case text", async (lang) => {
    const response = await draft(REFERENCE, lang);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toContain(`mla-request-OUT-2025-17-${lang}.docx`);
    const letter = await text(response);
    const { body } = await hub.query<{ agreement: { title: string } }>(`query T($lang: Lang!) { agreement(id: "palermo-protocol-2000") { title(lang: $lang) } }`, { lang: lang.toUpperCase() });
    const t = LETTER_TEXT[lang];
    expect(letter).toContain(t.quote(body.data!.agreement.title));
    expect(letter).toContain("art. 10");
    expect(letter).toContain(`144-1${lang === "az" ? " (İnsan alveri)" : ""}, 144-2`);
    expect(letter).toContain(t.articleWord(2));
    expect(letter).toContain(t.assistanceTypes.WITNESS_VICTIM_INTERVIEW);
    expect(letter).toContain(t.assistanceTypes.EVIDENCE);
    expect(letter).toContain(t.sections.facts);
    expect(letter).toContain("They were taken to Istanbul and forced to work.");
    expect(letter).toContain(SOUGHT);
    expect(letter).toContain(t.urgent);
    expect(letter).toContain("r.mammadov@example.az");
    for (const secret of [VICTIM, CASE_SUMMARY, "SECRET-NOTES", "SECRET-INTERNAL"]) expect(letter).not.toContain(secret);
  });

  it("names an untitled agreement by its parties and reciprocity as such", async () => {
    await hub.query(UPDATE, { id: requestId, v: await version(), input: { legalBasisAgreementId: "az-tr-cooperation", legalBasisArticle: null } }, officer);
    expect(await text(await draft(REFERENCE, "en"))).toContain("under the following instrument: the cooperation agreement between the Republic of Azerbaijan and Türkiye.");
    expect(await text(await draft(REFERENCE, "ru"))).toContain("соглашение о сотрудничестве (Азербайджанская Республика — Турция)");
    await hub.query(UPDATE, { id: requestId, v: await version(), input: { legalBasisKind: "RECIPROCITY" } }, officer);
    expect(await text(await draft(REFERENCE, "az"))).toContain(LETTER_TEXT.az.legalBasisReciprocity);
  });

  it("is for officers: 401 without a credential, 403 for a viewer and for a partner key, 404 for no such request, 400 for an unknown language", async () => {
    expect((await draft(REFERENCE, "en", {})).status).toBe(401);
    expect((await draft(REFERENCE, "en", { authorization: `Bearer ${await hub.token("viewer")}` })).status).toBe(403);
    const partner = await draft(REFERENCE, "en", { "x-api-key": await hub.partnerKey() });
    expect(partner.status).toBe(403);
    expect(await partner.text()).not.toContain("Istanbul");
    const missing = await draft("NO-SUCH-REF", "en");
    expect(missing.status).toBe(404);
    expect((await draft(REFERENCE, "de")).status).toBe(400);
  });

  it("refuses an incoming request: only outgoing requests are drafted", async () => {
    await hub.pool.query(`INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, status) VALUES ('IN-LB-1', 'INCOMING', 'TR', 'RECIPROCITY', 'RECEIVED')`);
    const refused = await draft("IN-LB-1", "az");
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { errors: { extensions: { missing: { code: string }[] } }[] };
    expect(body.errors[0].extensions.missing[0].code).toBe("NOT_OUTGOING");
  });
});

/** `npm run --silent hub -- draft …` as a user runs it: the compiled CLI (npm test builds dist/ first). */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot(), "dist/hub/src/cli.js"), ...args], {
      env: { PATH: process.env.PATH, HUB_URL: hub.gatewayOrigin, HUB_STAFF_TOKEN_SECRET: hub.staffTokenSecret, HUB_INTERNAL_SECRET: hub.internalSecret,
        DATABASE_URL: hub.databaseUrl, HUB_DATA_DIR: dir },
      encoding: "utf8",
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe("hub draft mla-request", () => {
  it("writes the letter to --out, and exits 1 with the list when the request is incomplete", async () => {
    const out = path.join(dir, "letter.docx");
    const drafted = await cli(["draft", "mla-request", REFERENCE, "--lang", "en", "--out", out]);
    expect(drafted).toMatchObject({ code: 0 });
    expect((await mammoth.extractRawText({ buffer: readFileSync(out) })).value).toContain(LETTER_TEXT.en.title);
    await hub.query(UPDATE, { id: requestId, v: await version(), input: { factsSummary: null } }, officer);
    const refused = await cli(["draft", "mla-request", REFERENCE, "--lang", "en", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("summary of the facts (factsSummary)");
    expect((await cli(["draft", "mla-request"])).code).toBe(2);
  });
});

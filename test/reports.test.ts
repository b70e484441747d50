import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LABELS } from "../gateway/src/labels/dictionary";
import type { Language } from "../gateway/src/labels/labels";
import { amount, change } from "../gateway/src/documents/reports/report-context";
import { flat, pdfRow, readDocx, readPdf, type DocxText, type PdfText } from "./support/document-text";
import { hubCli } from "./support/hub-cli";
import { postImport, workbook } from "./support/import-files";
import { KINDS, perSubject, readRegister, standing, yearFigures, type Register, type SubjectFigures } from "./support/report-expectations";
import { REPORT_SECRETS, reportRegister, requestRef } from "./support/report-register";
import { startTestHub, type TestHub } from "./support/test-hub";

const YEAR = 2019;
const CIS_PROGRAMME = "cis-thb-programme-2007-2010";
/** Requests and a result of the year turned into demo data: out of every draft unless asked. */
const SYNTHETIC_REQUESTS = [requestRef(4 * 5 + 4), requestRef(9), requestRef(144)];

let hub: TestHub;
let register: Register;
let measures: { id: string; number: string | null }[];
const names = { agreement: new Map<string, { az: string | null; en: string | null; ru: string | null; description: string | null }>(), country: new Map<string, { az: string; en: string }>() };

async function report(kind: string, query: Record<string, string>, headers?: Record<string, string>) {
  const response = await fetch(`${hub.gatewayOrigin}/documents/reports/${kind}?${new URLSearchParams(query)}`, {
    headers: headers ?? { authorization: `Bearer ${await hub.token("viewer", "Report Viewer")}` },
  });
  return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), body: Buffer.from(await response.arrayBuffer()) };
}

async function docx(kind: string, lang: Language, extra: Record<string, string> = {}): Promise<DocxText> {
  const answer = await report(kind, { year: String(YEAR), lang, format: "docx", ...extra });
  expect(answer.status).toBe(200);
  expect(answer.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  return readDocx(answer.body);
}

async function pdf(kind: string, lang: Language, extra: Record<string, string> = {}): Promise<PdfText> {
  const answer = await report(kind, { year: String(YEAR), lang, format: "pdf", ...extra });
  expect(answer.status).toBe(200);
  expect(answer.type).toBe("application/pdf");
  return readPdf(answer.body);
}

const marker = " [az]";
function agreementName(lang: Language, id: string): string {
  const a = names.agreement.get(id)!;
  const local = lang === "az" ? a.az : lang === "en" ? a.en : a.ru;
  return local ?? `${a.az ?? a.description}${lang === "az" ? "" : marker}`;
}
function countryName(lang: Language, code: string): string {
  const c = names.country.get(code)!;
  return lang === "az" ? c.az : lang === "en" ? c.en : new Intl.DisplayNames(["ru"], { type: "region" }).of(code)!;
}
const n = (value: number) => String(value);
const requestFigures = (now: SubjectFigures | undefined, before: SubjectFigures | undefined) =>
  [n(now?.total ?? 0), n(before?.total ?? 0), change(now?.total ?? 0, before?.total ?? 0), n(now?.executed ?? 0), n(now?.refused ?? 0), n(now?.pending ?? 0)];

function docxRow(doc: DocxText, label: string): string[] | undefined {
  return doc.tables.flat().find((row) => row[0] === flat(label));
}

beforeAll(async () => {
  hub = await startTestHub();
  const file = await workbook(reportRegister(YEAR));
  for (const kind of ["cases", "mla-requests", "outcomes"]) expect((await postImport(hub, kind, file)).body.errors).toEqual([]);
  measures = (await hub.pool.query(`SELECT id::text, number FROM agreements.measure WHERE agreement_id = $1 AND parent_id IS NULL ORDER BY position`, [CIS_PROGRAMME])).rows;
  const measure = (number: string) => measures.find((m) => m.number === number)!.id;
  const updates = {
    header: ["recommendation", "reporting_period", "status", "note", "evidence_agreements", "evidence_measures", "evidence_mla_requests", "evidence_document", "evidence_document_url"],
    rows: [
      ["needs-assessment-ch3:O", "2018", "IN_PROGRESS", "", "", "", "", "", ""],
      ["needs-assessment-ch3:O", "2019-H1", "PARTIALLY_IMPLEMENTED", "RPT-SECRET-NOTES", "", measure("2.8"), "", "Protocol of the CIS working group, 2019", ""],
      ["needs-assessment-ch3:P", "2019", "IMPLEMENTED", "", "", measure("3.2"), "", "", ""],
      ["needs-assessment-ch3:A", "2018", "IMPLEMENTED", "", "", "", "", "", ""],
      ["us-tip-2013:3", "2019", "IMPLEMENTED", "", "", "", "", "", ""],
      ["us-tip-2013:10", "2017", "IN_PROGRESS", "", "", "", "", "", ""],
      ["us-tip-2013:10", "2020", "IMPLEMENTED", "", "", "", "", "", ""],
    ],
  };
  expect((await postImport(hub, "recommendation-updates", await workbook({ "recommendation-updates": updates }))).body.errors).toEqual([]);
  await hub.pool.query(`UPDATE mla.mla_request SET synthetic = true WHERE reference = ANY($1)`, [SYNTHETIC_REQUESTS]);
  register = await readRegister(hub.pool);
  for (const row of (await hub.pool.query(`SELECT id, title_az, title_en, title_ru, description FROM agreements.agreement`)).rows) {
    names.agreement.set(row.id, { az: row.title_az, en: row.title_en, ru: row.title_ru, description: row.description });
  }
  for (const row of (await hub.pool.query(`SELECT code, name_az, name_en FROM agreements.country`)).rows) names.country.set(row.code, { az: row.name_az, en: row.name_en });
});
afterAll(() => hub?.stop());

describe("report drafts: who may produce them and how they are asked for", () => {
  it("are for staff: no credential 401, a partner key 403, a viewer gets the file with its name", async () => {
    expect((await report("tip", { year: "2019" }, {})).status).toBe(401);
    const partner = await report("tip", { year: "2019" }, { "x-api-key": await hub.partnerKey() });
    expect(partner.status).toBe(403);
    expect(JSON.parse(partner.body.toString()).errors[0].extensions.code).toBe("FORBIDDEN");
    const viewer = await report("tip", { year: "2019", lang: "en", format: "pdf" });
    expect(viewer.status).toBe(200);
    expect(viewer.disposition).toContain('filename="tip-2019-en.pdf"');
  });

  it.each([
    ["tip", { lang: "en" }, 400, "year"],
    ["tip", { year: "19" }, 400, "year"],
    ["tip", { year: "2019", format: "odt" }, 400, "format"],
    ["tip", { year: "2019", lang: "de" }, 400, "lang"],
    ["tip", { year: "2019", includeSynthetic: "yes" }, 400, "includeSynthetic"],
    ["annual-review", { year: "2019" }, 404, undefined],
  ])("%s %j answers %i naming %s", async (kind, query, status, field) => {
    const answer = await report(kind, query as Record<string, string>);
    expect(answer.status).toBe(status);
    const error = JSON.parse(answer.body.toString()).errors[0];
    expect(error.extensions.code).toBe(status === 400 ? "BAD_USER_INPUT" : "NOT_FOUND");
    if (field) expect(error.extensions.field).toBe(field);
  });
});

describe("(a) the CIS programme report, measure 6.3", () => {
  const cisInstruments = () => [...names.agreement.keys()].filter((id) => id.startsWith("cis-"));

  async function frameworkCis(): Promise<string[]> {
    return (await hub.pool.query(`SELECT id FROM agreements.agreement WHERE framework_organization_id = 'CIS' ORDER BY id`)).rows.map((r) => r.id);
  }

  it("holds every measure with its executors, what the hub records for the year, and the MLA figures of every CIS instrument (DOCX, English)", async () => {
    const doc = await docx("cis-6.3", "en");
    const labels = LABELS.en.report;
    expect(doc.text).toContain(labels.cis.title(YEAR));
    expect(doc.text).toContain("due by 2020-02-29");
    expect(doc.headings.filter((h) => h.startsWith("Measure "))).toEqual(measures.map((m) => labels.cis.measure(m.number)));
    const executors = (await hub.pool.query(`SELECT DISTINCT o.name_en, o.name_az FROM agreements.measure_executor e JOIN agreements.organization o ON o.id = e.organization_id
      JOIN agreements.measure m ON m.id = e.measure_id WHERE m.agreement_id = $1 AND m.parent_id IS NULL`, [CIS_PROGRAMME])).rows;
    expect(executors.length).toBeGreaterThan(5);
    for (const executor of executors) expect(doc.text).toContain(executor.name_en ?? `${executor.name_az}${marker}`);
    expect(doc.text).toContain("recommendation O: partially implemented (2019-H1); documents: Protocol of the CIS working group, 2019");
    expect(doc.text).toContain("recommendation P: implemented (2019)");
    // The 2018 update names no measure and is not of the year: not listed.
    expect(doc.text).not.toContain("(2018)");
    const expected = perSubject(register, "agreement", YEAR);
    const instruments = await frameworkCis();
    expect(instruments.sort()).toEqual(cisInstruments().sort());
    for (const id of instruments) {
      const f = expected.get(id);
      const row = docxRow(doc, agreementName("en", id));
      expect({ id, row: row?.slice(1) }).toEqual({ id, row: [n(f?.incoming ?? 0), n(f?.outgoing ?? 0), n(f?.executed ?? 0), n(f?.refused ?? 0), n(f?.pending ?? 0),
        n(f?.outcomes.SUSPECTS_ARRESTED ?? 0), n(f?.outcomes.VICTIMS_IDENTIFIED ?? 0), n(f?.outcomes.CONVICTIONS ?? 0)] });
    }
    const total = instruments.reduce((sum, id) => sum + (expected.get(id)?.total ?? 0), 0);
    expect(total).toBeGreaterThan(10);
    const totalRow = docxRow(doc, labels.columns.total)!;
    expect(Number(totalRow[1]) + Number(totalRow[2])).toBe(total);
  });

  it("says the same in Azerbaijani as a PDF, and nothing confidential", async () => {
    const doc = await pdf("cis-6.3", "az");
    const labels = LABELS.az.report;
    expect(doc.text).toContain(flat(labels.cis.title(YEAR)));
    for (const m of measures) expect(doc.text).toContain(labels.cis.measure(m.number));
    expect(doc.text).toContain("tövsiyə O: qismən icra edilib (2019-H1); sənədlər: Protocol of the CIS working group, 2019");
    const expected = perSubject(register, "agreement", YEAR);
    for (const id of await frameworkCis()) {
      const f = expected.get(id);
      expect(pdfRow(doc, agreementName("az", id), [n(f?.incoming ?? 0), n(f?.outgoing ?? 0), n(f?.executed ?? 0), n(f?.refused ?? 0), n(f?.pending ?? 0),
        n(f?.outcomes.SUSPECTS_ARRESTED ?? 0), n(f?.outcomes.VICTIMS_IDENTIFIED ?? 0), n(f?.outcomes.CONVICTIONS ?? 0)])).toBe(true);
    }
    for (const secret of REPORT_SECRETS) expect(doc.text).not.toContain(secret);
  });
});

describe("(b) the National Coordinator's chapter on international cooperation", () => {
  const previous = YEAR - 1;

  function checkCooperation(find: (label: string, figures: string[]) => boolean, lang: Language) {
    const now = perSubject(register, "agreement", YEAR);
    const before = perSubject(register, "agreement", previous);
    const agreements = new Set([...now.keys(), ...before.keys()]);
    expect(agreements.size).toBeGreaterThan(3);
    for (const id of agreements) expect({ id, found: find(agreementName(lang, id), requestFigures(now.get(id), before.get(id))) }).toEqual({ id, found: true });
    const countriesNow = perSubject(register, "country", YEAR);
    const countriesBefore = perSubject(register, "country", previous);
    for (const code of new Set([...countriesNow.keys(), ...countriesBefore.keys()])) {
      expect({ code, found: find(countryName(lang, code), requestFigures(countriesNow.get(code), countriesBefore.get(code))) }).toEqual({ code, found: true });
    }
    const sum = (m: Map<string, SubjectFigures>, pick: (f: SubjectFigures) => number) => [...m.values()].reduce((s, f) => s + pick(f), 0);
    const [t, b] = [sum(countriesNow, (f) => f.total), sum(countriesBefore, (f) => f.total)];
    expect(find(LABELS[lang].report.columns.total, [n(t), n(b), change(t, b), n(sum(countriesNow, (f) => f.executed)), n(sum(countriesNow, (f) => f.refused)), n(sum(countriesNow, (f) => f.pending))])).toBe(true);
    // Results per country that executed requests of the year contributed to.
    for (const [code, f] of countriesNow) {
      if (!KINDS.some((kind) => f.outcomes[kind] > 0)) continue;
      const results = KINDS.map((kind) => (kind === "ASSETS_SEIZED" ? amount(lang, f.outcomes[kind]) : n(f.outcomes[kind])));
      expect({ code, found: find(countryName(lang, code), results) }).toEqual({ code, found: true });
    }
  }

  function checkOutcomes(find: (label: string, figures: string[]) => boolean, lang: Language) {
    const [now, before] = [yearFigures(register, YEAR), yearFigures(register, previous)];
    expect(KINDS.some((kind) => now.throughCooperation[kind] > 0)).toBe(true);
    for (const kind of KINDS) {
      const label = LABELS[lang].outcomeKinds[kind];
      const figure = (value: number) => (kind === "ASSETS_SEIZED" ? amount(lang, value) : n(value));
      const capitalised = `${label[0].toLocaleUpperCase(lang)}${label.slice(1)}`;
      expect({ kind, found: find(capitalised, [figure(now.throughCooperation[kind]), figure(before.throughCooperation[kind]), change(now.throughCooperation[kind], before.throughCooperation[kind])]) })
        .toEqual({ kind, found: true });
    }
    expect(find(LABELS[lang].report.nc.casesWithResults, [n(now.casesThroughCooperation), n(before.casesThroughCooperation), change(now.casesThroughCooperation, before.casesThroughCooperation)])).toBe(true);
  }

  it("holds cooperation per agreement and country against the year before, results on cases and recommendation progress by source (DOCX, Azerbaijani)", async () => {
    const doc = await docx("national-coordinator", "az");
    const find = (label: string, figures: string[]) => doc.tables.flat().some((row) => row[0] === flat(label) && row.slice(1).join("|") === figures.join("|"));
    expect(doc.text).toContain(LABELS.az.report.nc.title(YEAR));
    checkCooperation(find, "az");
    checkOutcomes(find, "az");
    const now = yearFigures(register, YEAR);
    const before = yearFigures(register, previous);
    expect(doc.text).toContain(`${now.incoming} qarşılıqlı hüquqi yardım sorğusu daxil olub, ${now.outgoing} sorğu göndərilib (cəmi ${now.incoming + now.outgoing}; 2018-ci ildə ${before.incoming + before.outgoing}`);
    const [standingNow, standingBefore] = [await standing(hub.pool, YEAR), await standing(hub.pool, previous)];
    const sources = (await hub.pool.query(`SELECT id, title FROM recommendations.recommendation_source ORDER BY id`)).rows;
    for (const source of sources) {
      const of = (m: Map<string, { source: string; status: string }>) => [...m.values()].filter((r) => r.source === source.id);
      const statuses = ["NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED", "NO_LONGER_RELEVANT"].map((s) => n(of(standingNow).filter((r) => r.status === s).length));
      const implemented = (m: Map<string, { source: string; status: string }>) => of(m).filter((r) => r.status === "IMPLEMENTED").length;
      expect({ source: source.id, found: find(source.title, [n(of(standingNow).length), ...statuses, n(implemented(standingBefore)), change(implemented(standingNow), implemented(standingBefore))]) })
        .toEqual({ source: source.id, found: true });
    }
    for (const secret of REPORT_SECRETS) expect(doc.text).not.toContain(secret);
  });

  it("says the same in Russian as a PDF", async () => {
    const doc = await pdf("national-coordinator", "ru");
    expect(doc.text).toContain(flat(LABELS.ru.report.nc.title(YEAR)));
    const find = (label: string, figures: string[]) => pdfRow(doc, label, figures);
    checkCooperation(find, "ru");
    checkOutcomes(find, "ru");
  });
});

describe("(c) the TIP data sheet", () => {
  const years = [YEAR - 4, YEAR - 3, YEAR - 2, YEAR - 1, YEAR];

  function checkYears(find: (label: string, figures: string[]) => boolean, lang: Language) {
    const t = LABELS[lang].report.tip;
    const figures = years.map((year) => yearFigures(register, year));
    const rows: [string, (f: (typeof figures)[number]) => string][] = [
      [t.investigations, (f) => n(f.casesOpened)],
      [t.prosecutions, (f) => n(f.outcomes.INDICTMENTS)],
      [t.convictions, (f) => n(f.outcomes.CONVICTIONS)],
      [t.suspectsArrested, (f) => n(f.outcomes.SUSPECTS_ARRESTED)],
      [t.victimsIdentified, (f) => n(f.outcomes.VICTIMS_IDENTIFIED)],
      [t.victimsAssisted, (f) => n(f.outcomes.VICTIMS_ASSISTED)],
      [t.assetsSeized, (f) => amount(lang, f.outcomes.ASSETS_SEIZED)],
      [t.requestsReceived, (f) => n(f.incoming)],
      [t.requestsSent, (f) => n(f.outgoing)],
      [t.requestsExecuted, (f) => n(f.executed)],
      [t.requestsRefused, (f) => n(f.refused)],
      [t.extraditionRequests, (f) => n(f.extradition)],
    ];
    for (const [label, value] of rows) expect({ label, found: find(label, figures.map(value)) }).toEqual({ label, found: true });
    expect(figures.reduce((s, f) => s + f.casesOpened + f.incoming, 0)).toBeGreaterThan(50);
  }

  async function checkPublished(find: (label: string, figures: string[]) => boolean, lang: Language) {
    const t = LABELS[lang].report.tip;
    const { rows } = await hub.pool.query(`SELECT metric, category, year, value::float8 AS value FROM recommendations.statistic WHERE source_id = 'us-tip-2013'`);
    const published = [...new Set(rows.map((r) => r.year as number))].sort();
    for (const key of new Set(rows.map((r) => `${r.metric}|${r.category}`))) {
      const [metric, category] = key.split("|");
      const values = published.map((year) => rows.find((r) => r.metric === metric && r.category === category && r.year === year));
      const label = t.metrics[metric as keyof typeof t.metrics];
      const categoryLabel = t.categories[category as keyof typeof t.categories];
      expect({ key, found: find(label, [`${categoryLabel[0].toLocaleUpperCase(lang)}${categoryLabel.slice(1)}`, ...values.map((v) => (v ? n(v.value) : "—"))]) }).toEqual({ key, found: true });
    }
  }

  it("holds the year's figures in the TIP categories with the four years before, the published TIP figures and the TIP recommendations' status (DOCX, Russian)", async () => {
    const doc = await docx("tip", "ru");
    const find = (label: string, figures: string[]) => doc.tables.flat().some((row) => row[0] === flat(label) && row.slice(1).join("|") === figures.join("|"));
    expect(doc.text).toContain(LABELS.ru.report.tip.title(YEAR));
    expect(doc.tables[0][0]).toEqual([LABELS.ru.report.columns.metric, ...years.map(String)]);
    checkYears(find, "ru");
    await checkPublished(find, "ru");
    const statuses = await standing(hub.pool, YEAR);
    const statusCell = (id: string) => { const s = LABELS.ru.recommendationStatuses[statuses.get(id)!.status as "IMPLEMENTED"]; return `${s[0].toLocaleUpperCase("ru")}${s.slice(1)}`; };
    expect(docxRow(doc, "3")?.[2]).toBe(statusCell("us-tip-2013:3"));
    expect(docxRow(doc, "10")?.[2]).toBe(statusCell("us-tip-2013:10"));
    expect(statuses.get("us-tip-2013:10")!.status).toBe("IN_PROGRESS"); // 2020's update is after the year
  });

  it("says the same in English as a PDF", async () => {
    const doc = await pdf("tip", "en");
    expect(doc.text).toContain(LABELS.en.report.tip.title(YEAR));
    const find = (label: string, figures: string[]) => pdfRow(doc, label, figures);
    checkYears(find, "en");
    await checkPublished(find, "en");
  });
});

describe("generated demo data", () => {
  it("stays out unless asked, and when asked every page of both formats says so", async () => {
    const warning = { en: LABELS.en.report.syntheticWarning, az: LABELS.az.report.syntheticWarning };
    const withDemo = yearFigures(register, YEAR, true);
    const real = yearFigures(register, YEAR);
    expect(withDemo.incoming + withDemo.outgoing).toBeGreaterThan(real.incoming + real.outgoing);

    const plain = await pdf("tip", "en");
    expect(plain.text).not.toContain(warning.en);
    expect(pdfRow(plain, LABELS.en.report.tip.requestsReceived, [YEAR - 4, YEAR - 3, YEAR - 2, YEAR - 1].map((y) => n(yearFigures(register, y).incoming)).concat(n(real.incoming)))).toBe(true);

    const demo = await pdf("national-coordinator", "en", { includeSynthetic: "true" });
    expect(demo.pages.length).toBeGreaterThan(1);
    for (const page of demo.pages) expect(flat(page).split(warning.en).length - 1).toBe(2); // header and footer
    const countries = perSubject(register, "country", YEAR, true);
    const total = [...countries.values()].reduce((s, f) => s + f.total, 0);
    expect(demo.text).toMatch(new RegExp(`${LABELS.en.report.columns.total} ${total} \\d`));

    const word = await docx("tip", "az", { includeSynthetic: "true" });
    expect(word.everyPage).toBe(true);
    expect(word.headers.join(" ")).toContain(warning.az);
    expect(word.footers.join(" ")).toContain(warning.az);
    expect(word.tables.flat().find((row) => row[0] === LABELS.az.report.tip.requestsReceived)?.at(-1)).toBe(n(withDemo.incoming));
    const clean = await docx("tip", "az");
    expect([...clean.headers, ...clean.footers].join(" ")).not.toContain(warning.az);
    expect(clean.everyPage).toBe(true);
    expect(clean.headers.join(" ")).toContain(LABELS.az.report.draftNotice(new Date().toISOString().slice(0, 10)));
  });
});

describe("hub report: the CLI, a thin client of the route", () => {
  it("writes the draft to --out, in the format its name asks for", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hub-report-"));
    try {
      const file = path.join(dir, "tip-2019.pdf");
      const result = await hubCli(hub, ["report", "tip", "--year", String(YEAR), "--lang", "en", "--out", file]);
      expect(result).toMatchObject({ code: 0, stdout: "" });
      expect(result.stderr).toContain(`written to ${file}`);
      const doc = await readPdf(readFileSync(file));
      expect(doc.text).toContain(LABELS.en.report.tip.title(YEAR));
      const received = [YEAR - 4, YEAR - 3, YEAR - 2, YEAR - 1, YEAR].map((y) => n(yearFigures(register, y).incoming));
      expect(pdfRow(doc, LABELS.en.report.tip.requestsReceived, received)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says how to call it (exit 2) and passes on the hub's refusal (exit 1)", async () => {
    const usage = await hubCli(hub, ["report", "annual-review", "--year", "2019"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("report <cis-6.3|national-coordinator|tip> --year YYYY");
    const refused = await hubCli(hub, ["report", "tip", "--year", "19"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/HTTP 400.*year/);
  });
});

import { Pool } from "pg";
import { createStaffTokenVerifier } from "#shared/auth/staff-token";
import { createLogger } from "#shared/logger";
import { partnerOperationsDir, supergraphPath } from "#shared/paths";
import { startGateway, type RunningGateway } from "../gateway/src/gateway";
import { DIGEST_ITEMS, DIGEST_QUERY } from "../gateway/src/digest/digest-mail";
import { addDays, requestsAround } from "./support/deadline-register";
import { hubCli } from "./support/hub-cli";
import { postImport, workbook } from "./support/import-files";
import { smtpPort, startSmtpSink, type SmtpSink } from "./support/smtp-sink";
import { startTestHub, type TestHub } from "./support/test-hub";

// The digest's day: Baku's date at 05:00 UTC (09:00 there, past DIGEST_HOUR 8). The CIS report on 2009 is
// due on 28 February 2010, within the 30 days.
const DAY = "2010-02-10";
const AT_NINE_IN_BAKU = new Date(`${DAY}T05:00:00Z`);
const AT_SEVEN_IN_BAKU = new Date(`${DAY}T03:00:00Z`);
const WITHIN = 30;
/** Confidential text planted where the digest must never reach: a case's summary, victim details, notes. */
const SECRETS = ["SECRET-SUMMARY-Aysel", "SECRET-VICTIM-Leyla-1990", "SECRET-CASE-NOTE", "SECRET-REQUEST-NOTE", "SECRET-TRANSITION-NOTE"];

let hub: TestHub;
let smtp: SmtpSink;
const gateways: RunningGateway[] = [];
const pools: Pool[] = [];

async function admin(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${hub.gatewayOrigin}${path}`, {
    method,
    headers: { authorization: `Bearer ${token ?? (await hub.token("admin", "Digest Admin"))}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: string; field?: string } };
}

/** A second gateway process, as in a deployment with several: same database, same subgraphs, its own pool. */
async function anotherGateway(): Promise<RunningGateway> {
  const pool = new Pool({ connectionString: hub.databaseUrl, max: 2 });
  pools.push(pool);
  const gateway = await startGateway({
    supergraphPath: supergraphPath(),
    partnerOperationsDir: partnerOperationsDir(),
    subgraphUrls: { agreements: hub.subgraphs.agreements.url, mla: hub.subgraphs.mla.url, recommendations: hub.subgraphs.recommendations.url },
    internalSecret: hub.internalSecret,
    verifyStaffToken: createStaffTokenVerifier({ secret: hub.staffTokenSecret }),
    pool,
    host: "127.0.0.1",
    port: 0,
    maxBodyBytes: 102400,
    rateLimits: { staff: 100_000, partner: 100_000 },
    authFailuresPerMinute: 100_000,
    subgraphTimeoutMs: 10_000,
    digest: { smtpUrl: smtp.url, from: "Cooperation Hub <hub@ministry.test>", hour: 8, timeZone: "Asia/Baku", withinDays: WITHIN },
    log: createLogger("test", "silent"),
  });
  gateways.push(gateway);
  return gateway;
}

/** The references the digest must list: open requests (past the draft, not final), real, due by the window's end. */
async function dueReferences(): Promise<{ overdue: string[]; soon: string[] }> {
  const { rows } = await hub.pool.query(
    `SELECT reference, due_on < $1 AS overdue FROM mla.mla_request
      WHERE status NOT IN ('DRAFT', 'EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN') AND due_on <= $2 AND NOT synthetic`,
    [DAY, addDays(DAY, WITHIN)],
  );
  return { overdue: rows.filter((r) => r.overdue).map((r) => r.reference), soon: rows.filter((r) => !r.overdue).map((r) => r.reference) };
}

beforeAll(async () => {
  hub = await startTestHub();
  smtp = await startSmtpSink(smtpPort(), ["bounce@ministry.test"]);
  const officer = { authorization: `Bearer ${await hub.token("officer", "Register Officer")}` };
  const cases = { header: ["reference", "articles", "opened_on", "summary", "victim_details", "internal_notes"], rows: [["DG-C-1", "144-1", "2009-11-02", SECRETS[0], SECRETS[1], SECRETS[2]]] };
  const requests = requestsAround(DAY, 45, "DG");
  requests.rows.forEach((row, i) => (row[5] = i % 3 === 0 ? "DG-C-1" : ""));
  const file = await workbook({ cases, "mla-requests": requests });
  expect((await postImport(hub, "cases", file, { headers: officer })).body).toMatchObject({ created: 1, errors: [] });
  expect((await postImport(hub, "mla-requests", file, { headers: officer })).body).toMatchObject({ created: 45, errors: [] });
  await hub.pool.query(`UPDATE mla.mla_request SET internal_note = $1 WHERE reference LIKE 'DG-%'`, [SECRETS[3]]);
  // A transition with an officer's note, through the API (the note is confidential).
  const { rows } = await hub.pool.query(`SELECT id, version FROM mla.mla_request WHERE reference = 'DG-001'`);
  const moved = await hub.query(`mutation($id: ID!, $v: Int!, $note: String) { transitionMlaRequest(id: $id, expectedVersion: $v, input: { to: IN_PROGRESS, on: "2010-01-05", note: $note }) { status } }`,
    { id: rows[0].id, v: rows[0].version, note: SECRETS[4] }, { role: "officer" });
  expect(moved.body.errors).toBeUndefined();
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.stop();
  for (const pool of pools) await pool.end();
  await smtp?.stop();
  await hub?.stop();
});

describe("digest recipients: staff addresses with a role, managed by admins", () => {
  it("lets an admin add, change and list recipients, and audits it without the address", async () => {
    const officer = await admin("POST", "/admin/digest-recipients", { email: "officer@ministry.test", name: "Nigar Officer", role: "officer", lang: "en" });
    expect(officer.status).toBe(201);
    expect(officer.body).toMatchObject({ email: "officer@ministry.test", role: "officer", lang: "en", active: true });
    expect((await admin("POST", "/admin/digest-recipients", { email: "viewer@ministry.test", name: "Rəşad Baxan", role: "viewer" })).body).toMatchObject({ lang: "az" });
    const paused = await admin("POST", "/admin/digest-recipients", { email: "paused@ministry.test", name: "Paused", role: "admin" });
    expect((await admin("PATCH", `/admin/digest-recipients/${paused.body.id}`, { active: false })).body).toMatchObject({ active: false });
    const list = await admin("GET", "/admin/digest-recipients");
    expect((list.body.recipients as { email: string }[]).map((r) => r.email)).toEqual(["officer@ministry.test", "paused@ministry.test", "viewer@ministry.test"]);
    const { rows } = await hub.pool.query(`SELECT operation_name, variables::text FROM gateway.audit_log WHERE operation_type = 'admin' ORDER BY id`);
    expect(rows.map((r) => r.operation_name)).toEqual(["createDigestRecipient", "createDigestRecipient", "createDigestRecipient", "updateDigestRecipient"]);
    expect(rows.map((r) => r.variables).join(" ")).not.toMatch(/ministry\.test|Nigar/);
  });

  it("answers BAD_USER_INPUT naming the field, CONFLICT for an address twice, NOT_FOUND for an unknown id", async () => {
    const bad = await admin("POST", "/admin/digest-recipients", { email: "not an address", name: "X", role: "officer" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: "BAD_USER_INPUT", field: "email" });
    const role = await admin("POST", "/admin/digest-recipients", { email: "x@ministry.test", name: "X", role: "partner" });
    expect(role.body).toMatchObject({ error: "BAD_USER_INPUT", field: "role" });
    const twice = await admin("POST", "/admin/digest-recipients", { email: "OFFICER@ministry.test", name: "Again", role: "viewer" });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: "CONFLICT", field: "email" });
    expect((await admin("DELETE", "/admin/digest-recipients/00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await admin("PATCH", "/admin/digest-recipients/nonsense", { active: true })).status).toBe(404);
  });

  it("refuses officers and partner keys", async () => {
    expect((await admin("GET", "/admin/digest-recipients", undefined, await hub.token("officer"))).status).toBe(403);
    const partner = await fetch(`${hub.gatewayOrigin}/admin/digest-recipients`, { headers: { "x-api-key": await hub.partnerKey() } });
    expect(partner.status).toBe(403);
    expect((await fetch(`${hub.gatewayOrigin}/admin/digest`)).status).toBe(401);
  });
});

describe("hub digest: the CLI, a thin client of the admin routes", () => {
  it("adds, lists, previews, pauses and removes a recipient", async () => {
    const added = await hubCli(hub, ["digest", "add", "--email", "cli@ministry.test", "--name", "CLI Officer", "--role", "officer", "--lang", "ru"]);
    expect(added).toMatchObject({ code: 0, stderr: "" });
    const id = added.stdout.trim();
    expect((await hubCli(hub, ["digest", "list"])).stdout).toContain(`${id}\tcli@ministry.test\tCLI Officer\tofficer\tru\tactive`);
    const preview = await hubCli(hub, ["digest", "preview", id, "--day", DAY]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^Subject: Cooperation Hub, 2010-02-10: просроченных/);
    expect(preview.stdout).toContain("Просроченные запросы о правовой помощи");
    expect((await hubCli(hub, ["digest", "set", id, "--active", "false"])).code).toBe(0);
    expect((await hubCli(hub, ["digest", "list"])).stdout).toContain("\tru\tpaused");
    const refused = await hubCli(hub, ["digest", "add", "--email", "cli@ministry.test", "--name", "Twice", "--role", "viewer"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/HTTP 409.*exists already/);
    expect((await hubCli(hub, ["digest", "remove", id])).code).toBe(0);
    expect((await hubCli(hub, ["digest", "list"])).stdout).not.toContain("cli@ministry.test");
    expect((await hubCli(hub, ["digest", "remove"])).code).toBe(2);
  });
});

describe("the daily digest, sent through a real SMTP server", () => {
  it("sends nothing before DIGEST_HOUR in Baku", async () => {
    const gateway = await anotherGateway();
    expect(await gateway.digest.tick(AT_SEVEN_IN_BAKU)).toBeUndefined();
    expect(smtp.mails).toHaveLength(0);
  });

  it("goes out once a day even when two gateways run it at the same moment", async () => {
    await admin("POST", "/admin/digest-recipients", { email: "bounce@ministry.test", name: "Gone", role: "officer" });
    const [first, second] = gateways.length > 1 ? gateways : [gateways[0], await anotherGateway()];
    const runs = await Promise.all([first.digest.tick(AT_NINE_IN_BAKU), second.digest.tick(AT_NINE_IN_BAKU)]);
    const total = (key: "sent" | "failed" | "skipped") => runs.reduce((n, run) => n + run![key], 0);
    expect(runs.map((run) => run!.day)).toEqual([DAY, DAY]);
    expect(total("sent")).toBe(2);
    expect(total("failed")).toBe(1); // the address the server refuses
    expect(total("skipped")).toBe(3); // each recipient was claimed by one gateway and skipped by the other
    expect(smtp.mails.map((mail) => mail.to.join()).sort()).toEqual(["officer@ministry.test", "viewer@ministry.test"]);
    // Later ticks the same day send nothing more; only the refused address is tried again.
    const again = await Promise.all([first.digest.tick(new Date(`${DAY}T09:00:00Z`)), second.digest.tick(new Date(`${DAY}T09:00:00Z`))]);
    expect(again.reduce((n, run) => n + run!.sent, 0)).toBe(0);
    expect(smtp.mails).toHaveLength(2);
    const { rows } = await hub.pool.query(`SELECT r.email, d.status, d.attempts, d.error_code FROM gateway.digest_delivery d JOIN gateway.digest_recipient r ON r.id = d.recipient_id WHERE d.day = $1 ORDER BY r.email`, [DAY]);
    expect(rows.map((r) => [r.email, r.status])).toEqual([["bounce@ministry.test", "FAILED"], ["officer@ministry.test", "SENT"], ["viewer@ministry.test", "SENT"]]);
    expect(rows[0].attempts).toBe(2);
    expect(rows[0].error_code).toBeTruthy();
  });

  it("gives the officer every overdue and soon-due request and the CIS report due, in English", async () => {
    const mail = smtp.mails.find((m) => m.to.includes("officer@ministry.test"))!;
    expect(mail.from).toBe("hub@ministry.test");
    const due = await dueReferences();
    expect(due.overdue.length).toBeGreaterThan(10);
    expect(due.overdue.length + due.soon.length).toBeLessThan(DIGEST_ITEMS);
    for (const reference of [...due.overdue, ...due.soon]) expect(mail.text).toContain(`${reference} ·`);
    const listed = mail.text.match(/DG-\d{3}/g) ?? [];
    expect(new Set(listed).size).toBe(due.overdue.length + due.soon.length);
    expect(mail.text).toContain(`Overdue MLA requests (${due.overdue.length})`);
    expect(mail.text).toContain(`MLA requests due in the next ${WITHIN} days (${due.soon.length})`);
    expect(mail.text).toMatch(/MDB-nin İcraiyyə Komitəsinə.*due 2010-02-28, 18 days left/);
    expect(mail.subject).toBe(`Cooperation Hub, ${DAY}: ${due.overdue.length} overdue MLA requests, ${due.soon.length} due soon, 1 measures and reports due`);
    expect(mail.html).toContain("<h2>Overdue MLA requests");
  });

  it("holds no confidential field: no note, case summary or victim detail in any mail", async () => {
    expect(smtp.mails.length).toBeGreaterThan(0);
    for (const mail of smtp.mails) {
      for (const secret of SECRETS) {
        expect(mail.raw).not.toContain(secret);
        expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toContain(secret);
      }
      expect(mail.text).not.toContain("DG-C-1");
    }
  });

  it("builds each recipient's digest as their role: the viewer's mail lists what the deadlines query answers a viewer, in Azerbaijani", async () => {
    const mail = smtp.mails.find((m) => m.to.includes("viewer@ministry.test"))!;
    const asViewer = await hub.query<{ deadlines: { items: { edges: { node: { mlaRequest: { reference: string } | null } }[] } } }>(
      DIGEST_QUERY, { asOf: DAY, withinDays: WITHIN, first: DIGEST_ITEMS, lang: "AZ" }, { role: "viewer" });
    const references = asViewer.body.data!.deadlines.items.edges.flatMap((e) => (e.node.mlaRequest ? [e.node.mlaRequest.reference] : []));
    expect(new Set(mail.text.match(/DG-\d{3}/g))).toEqual(new Set(references));
    expect(mail.text).toContain("Müddəti keçmiş hüquqi yardım sorğuları");
    expect(mail.text).toContain('"izləyici" rolu ilə');
    const partner = await hub.query(DIGEST_QUERY, { asOf: DAY, withinDays: WITHIN, first: 5, lang: "AZ" }, { headers: { "x-api-key": await hub.partnerKey() } });
    expect(partner.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("leaves generated demo requests out", async () => {
    const { rows } = await hub.pool.query(`SELECT id FROM gateway.digest_recipient WHERE email = 'officer@ministry.test'`);
    await hub.pool.query(`UPDATE mla.mla_request SET synthetic = true WHERE reference = 'DG-002'`);
    try {
      const preview = await admin("GET", `/admin/digest-recipients/${rows[0].id}/preview?day=${DAY}`);
      expect(preview.status).toBe(200);
      expect(preview.body.text).not.toContain("DG-002 ·");
      expect(preview.body.text).toContain("DG-003 ·");
    } finally {
      await hub.pool.query(`UPDATE mla.mla_request SET synthetic = false WHERE reference = 'DG-002'`);
    }
  });

  it("shows admins the settings and the deliveries, with ids and never content", async () => {
    const status = await admin("GET", "/admin/digest");
    expect(status.body).toMatchObject({ enabled: false, hour: 8, timeZone: "Asia/Baku", withinDays: 30 });
    expect(JSON.stringify(status.body)).not.toContain("ministry.test");
  });
});

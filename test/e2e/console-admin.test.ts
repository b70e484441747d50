import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import type { Browser, Page, Request } from "playwright-core";
import { partnerOperationsDir } from "#shared/paths";
import { azLabels } from "../../gateway/console/src/i18n/az-labels";
import { smtpPort, startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, launchBrowser, newTab, signedInTab, signIn, text, visit } from "./support/console-browser";

// The administration pages in a real browser, each result checked through the API: partner keys (shown
// once, used, revoked), the audit log filtered by actor and operation, digest recipients (added,
// previewed, sent to a real SMTP server, removed); viewers, officers and partner keys refused clearly.
let hub: TestHub;
let smtp: SmtpSink;
let browser: Browser;
let admin: Page;
let adminToken: string;
const lastYear = new Date().getFullYear() - 1;

beforeAll(async () => {
  smtp = await startSmtpSink(smtpPort(5));
  hub = await startTestHub({ digest: { smtpUrl: smtp.url, from: "Cooperation Hub <hub@ministry.test>", hour: 8, timeZone: "Asia/Baku", withinDays: 30 } });
  browser = await launchBrowser();
  adminToken = await hub.token("admin", "E2E Admin");
  admin = await signedInTab(browser, hub, adminToken);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await smtp?.stop();
});

/** A call to the gateway's REST routes, as an admin unless other headers are given. */
async function api<T = Record<string, unknown>>(method: string, route: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }> {
  const response = await fetch(`${hub.gatewayOrigin}${route}`, {
    method,
    headers: { ...(headers ?? { authorization: `Bearer ${adminToken}` }), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function createRequest(reference: string, extra: Record<string, unknown>, officerName = "E2E Officer"): Promise<void> {
  const { body } = await hub.query(
    `mutation CreateMlaRequest($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
    { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", ...extra } },
    { headers: { authorization: `Bearer ${await hub.token("officer", officerName)}` } },
  );
  expect(body.errors).toBeUndefined();
}

interface KeyRow {
  id: string;
  organization: string;
  name: string;
  prefix: string;
  revokedAt: string | null;
}

describeInBrowser("the console's administration pages", () => {
  it("creates a partner key shown once, which then reads (never writes) through the API, and revokes it after a confirmation", async () => {
    await visit(admin, hub, "#/admin/keys", "#api-keys");
    expect(await admin.getAttribute("#nav-admin", "aria-current")).toBe("page");
    await checkPage(admin, "admin-keys");

    // Errors beside their fields, in the user's language: one from the form, one from the server.
    await admin.fill("#key-name", "UNODC Vienna");
    await admin.click("#create-key");
    expect(await text(admin, "#key-organization-error")).toBe(azLabels["reason.required"]);
    await admin.fill("#key-organization", "U".repeat(101));
    await admin.click("#create-key");
    await admin.waitForSelector("#key-organization-error");
    expect(await text(admin, "#key-organization-error")).toBe(azLabels["reason.tooLong"]);
    await admin.click("#lang-en");
    await admin.fill("#key-organization", "U".repeat(102));
    await admin.click("#create-key");
    await admin.waitForSelector("#key-organization-error");
    expect(await text(admin, "#key-organization-error")).toBe("The text is too long.");
    await admin.click("#lang-az");
    expect((await api<{ keys: KeyRow[] }>("GET", "/admin/api-keys")).body.keys).toEqual([]);

    await admin.fill("#key-organization", "UNODC");
    await admin.fill("#key-expiresInDays", "30");
    await admin.click("#create-key");
    await admin.waitForSelector("#new-key");
    const key = await admin.inputValue("#new-key-value");
    expect(key).toMatch(/^hubk_[A-Za-z0-9_-]{43}$/);
    expect(await text(admin, "#new-key-once")).toBe(azLabels["admin.keys.once"]);
    await checkPage(admin, "admin-key-created");
    await admin.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: hub.gatewayOrigin });
    await admin.click("#copy-key");
    await admin.waitForSelector("#copy-result");
    expect(await text(admin, "#copy-result")).toBe(azLabels["admin.keys.copied"]);
    expect(await admin.evaluate("navigator.clipboard.readText()")).toBe(key);

    // Once the panel is closed the key is nowhere on the page, and the list (page and API) never holds it.
    await admin.click("#key-done");
    expect(await admin.locator("#new-key").count()).toBe(0);
    expect(await admin.content()).not.toContain(key);
    const listed = await api<{ keys: KeyRow[] }>("GET", "/admin/api-keys");
    expect(JSON.stringify(listed.body)).not.toContain(key);
    const [record] = listed.body.keys;
    expect(record).toMatchObject({ organization: "UNODC", name: "UNODC Vienna", prefix: key.slice(0, 11), revokedAt: null });
    const row = admin.locator("#api-keys tbody tr", { hasText: "UNODC Vienna" });
    expect(await row.textContent()).toContain(`${key.slice(0, 11)}…`);
    expect(await row.textContent()).toContain(azLabels["admin.keys.active"]);

    // The key works, read-only: a registered operation answers, a mutation is refused.
    const period = { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` };
    const read = await hub.registered("PartnerOverview", { period }, { "x-api-key": key });
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    const write = await hub.query(`mutation { createCase(input: { reference: "KEY-WRITE", articles: ["144-1"] }) { id } }`, {}, { headers: { "x-api-key": key } });
    expect(write.status).toBe(403);
    expect(write.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Revoking asks first; cancelling changes nothing.
    await row.locator("button.revoke").click();
    expect(await text(admin, "#revoke-question")).toBe(azLabels["admin.keys.revokeConfirm"].replace("{name}", "UNODC Vienna").replace("{organization}", "UNODC"));
    await checkPage(admin, "admin-key-revoke-confirm");
    await admin.click("#revoke-no");
    expect(await admin.locator("#revoke-confirm").count()).toBe(0);
    expect((await hub.registered("PartnerOverview", { period }, { "x-api-key": key })).status).toBe(200);
    await row.locator("button.revoke").click();
    await admin.click("#revoke-yes");
    await admin.waitForSelector("#key-notice");
    await row.locator("button.revoke").waitFor({ state: "detached" });
    expect(await row.textContent()).toContain(azLabels["admin.keys.revoked"].split("{at}")[0]!.trim());
    expect((await api<{ keys: KeyRow[] }>("GET", "/admin/api-keys")).body.keys[0]!.revokedAt).not.toBeNull();
    const refused = await hub.registered("PartnerOverview", { period }, { "x-api-key": key });
    expect(refused.status).toBe(401);
  });

  it("shows the officer's earlier mutation in the audit log filtered by actor and operation, without its confidential note", async () => {
    await createRequest("E2E-AUDIT-1", { openedOn: "2026-01-05", internalNote: "CONFIDENTIAL-AUDIT-NOTE" }, "Audit Officer");
    await createRequest("E2E-AUDIT-2", { openedOn: "2026-01-06" }, "Other Officer");
    await visit(admin, hub, "#/admin/audit", "#audit-log");
    await checkPage(admin, "admin-audit");

    await admin.fill("#audit-actor", "Audit Off");
    await admin.fill("#audit-operation", "CreateMlaRequest");
    await admin.click("#audit-apply");
    await admin.locator("#audit-log tbody tr").nth(1).waitFor({ state: "detached" });
    const expected = await api<{ entries: { id: number; actorSubject: string; operationName: string; outcome: string }[] }>("GET", "/audit?actor=Audit%20Off&operation=CreateMlaRequest");
    expect(expected.body.entries).toHaveLength(1);
    expect(expected.body.entries[0]).toMatchObject({ actorSubject: "staff:audit-officer", operationName: "CreateMlaRequest", outcome: "OK" });
    const row = await text(admin, "#audit-log tbody tr");
    for (const shown of ["Audit Officer", "staff:audit-officer", "CreateMlaRequest", azLabels["admin.outcome.OK"]]) expect(row).toContain(shown);
    expect(await text(admin, "main")).not.toContain("CONFIDENTIAL-AUDIT-NOTE");

    // By the subject alone: both of that officer's entries and nobody else's; a day with nothing says so.
    await admin.fill("#audit-actor", "staff:other-officer");
    await admin.fill("#audit-operation", "");
    await admin.click("#audit-apply");
    await admin.locator("#audit-log tbody tr", { hasNotText: "staff:other-officer" }).first().waitFor({ state: "detached" });
    expect(await admin.locator("#audit-log tbody tr").count()).toBe((await api<{ entries: unknown[] }>("GET", "/audit?actor=staff:other-officer")).body.entries.length);
    // Paged as the route pages (nextBefore): the newest ten, then the one older entry, then back to the ten.
    for (let i = 1; i <= 11; i++) await createRequest(`E2E-AUDIT-PAGE-${i}`, { openedOn: "2026-01-07" }, "Paging Officer");
    const first = await api<{ entries: { id: number }[]; nextBefore: number; total: number }>("GET", "/audit?actor=staff:paging-officer&limit=10");
    expect(first.body.total).toBe(11);
    const second = await api<{ entries: { id: number }[]; nextBefore: number | null }>("GET", `/audit?actor=staff:paging-officer&limit=10&before=${first.body.nextBefore}`);
    expect([first.body.entries.length, second.body.entries.length, second.body.nextBefore]).toEqual([10, 1, null]);
    await admin.selectOption("#audit-limit", "10");
    await admin.fill("#audit-actor", "staff:paging-officer");
    await admin.click("#audit-apply");
    await admin.locator("#audit-log tbody tr", { hasNotText: "staff:paging-officer" }).first().waitFor({ state: "detached" });
    expect(await admin.locator("#audit-log tbody tr").count()).toBe(10);
    // "n of total": the route's total for these filters, not only the page's count.
    expect(await text(admin, "#audit-range")).toBe(azLabels["admin.audit.range"].replace("{from}", "1").replace("{to}", "10").replace("{total}", "11"));
    await admin.click("#audit-older");
    await admin.locator("#audit-log tbody tr").nth(1).waitFor({ state: "detached" });
    expect(await admin.isDisabled("#audit-older")).toBe(true);
    expect(await text(admin, "#audit-range")).toBe(azLabels["admin.audit.range"].replace("{from}", "11").replace("{to}", "11").replace("{total}", "11"));
    await admin.click("#audit-newer");
    await admin.locator("#audit-log tbody tr").nth(9).waitFor();
    expect(await admin.isDisabled("#audit-newer")).toBe(true);

    await admin.fill("#audit-from", "2001-01-01");
    await admin.fill("#audit-to", "2001-01-02");
    await admin.click("#audit-apply");
    await admin.waitForSelector(`#audit-log:has-text("${azLabels["admin.audit.none"]}")`);
  });

  it("adds a digest recipient, previews and sends today's digest through the real SMTP server, pauses and removes it", async () => {
    const settings = await api<{ today: string; enabled: boolean }>("GET", "/admin/digest");
    expect(settings.body.enabled).toBe(true);
    const due = new Date(`${settings.body.today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 5);
    await createRequest("E2E-DIGEST-DUE", { openedOn: settings.body.today, dueOn: due.toISOString().slice(0, 10) });
    await visit(admin, hub, "#/admin/digest", "#digest-settings");
    expect(await text(admin, "#digest-today")).toBe(settings.body.today);
    await checkPage(admin, "admin-digest");

    // The form's check, then the server's refusals, each beside its field.
    await admin.fill("#recipient-email", "not an address");
    await admin.fill("#recipient-name", "Digest Officer");
    await admin.click("#add-recipient");
    expect(await text(admin, "#recipient-email-error")).toBe(azLabels["admin.reason.email"]);
    await admin.fill("#recipient-email", "digest.officer@ministry.test");
    await admin.fill("#recipient-name", "D".repeat(201));
    await admin.click("#add-recipient");
    await admin.waitForSelector("#recipient-name-error");
    expect(await text(admin, "#recipient-name-error")).toBe(azLabels["admin.reason.name"]);

    await admin.fill("#recipient-name", "Digest Officer");
    await admin.selectOption("#recipient-role", "officer");
    await admin.selectOption("#recipient-lang", "en");
    await admin.click("#add-recipient");
    await admin.waitForSelector("#digest-notice");
    const recipients = async () => (await api<{ recipients: { id: string; email: string; role: string; lang: string; active: boolean }[] }>("GET", "/admin/digest-recipients")).body.recipients;
    const [added] = await recipients();
    expect(added).toMatchObject({ email: "digest.officer@ministry.test", role: "officer", lang: "en", active: true });
    await admin.fill("#recipient-email", "DIGEST.officer@ministry.test");
    await admin.fill("#recipient-name", "Twice");
    await admin.click("#add-recipient");
    await admin.waitForSelector("#recipient-email-error");
    expect(await text(admin, "#recipient-email-error")).toBe(azLabels["admin.reason.emailTaken"]);
    expect(await recipients()).toHaveLength(1);

    // The preview is the API's, and holds the request due in five days.
    const row = admin.locator("#digest-recipients tbody tr", { hasText: "digest.officer@ministry.test" });
    await row.locator("button.preview").click();
    await admin.waitForSelector("#preview-subject");
    const preview = await api<{ subject: string; text: string; items: number }>("GET", `/admin/digest-recipients/${added!.id}/preview?day=${settings.body.today}`);
    expect(await text(admin, "#preview-subject")).toBe(preview.body.subject);
    expect(preview.body.items).toBeGreaterThan(0);
    expect(await text(admin, "#preview-text")).toContain("E2E-DIGEST-DUE");
    await checkPage(admin, "admin-digest-preview");
    expect(smtp.mails).toHaveLength(0);

    // Sent now: one mail, the one previewed, and a delivery recorded.
    await admin.click("#digest-run");
    await admin.waitForSelector(`#digest-notice:has-text("${settings.body.today}")`);
    expect(smtp.mails.map((mail) => [mail.to.join(), mail.subject])).toEqual([["digest.officer@ministry.test", preview.body.subject]]);
    await admin.waitForSelector("#digest-deliveries");
    expect(await text(admin, "#digest-deliveries tbody")).toContain(azLabels["admin.delivery.SENT"]);

    await row.locator("button.toggle").click();
    await admin.waitForSelector(`#digest-recipients tbody tr:has-text("${azLabels["admin.digest.paused"]}")`);
    expect((await recipients())[0]!.active).toBe(false);

    await row.locator("button.remove").click();
    expect(await text(admin, "#remove-question")).toBe(azLabels["admin.digest.removeConfirm"].replace("{email}", "digest.officer@ministry.test"));
    await admin.click("#remove-yes");
    await row.waitFor({ state: "detached" });
    expect(await recipients()).toEqual([]);
  });

  it("shows viewers and officers no administration entry and a clear refusal at its addresses, asking the server nothing", async () => {
    for (const role of ["viewer", "officer"] as const) {
      const page = await newTab(browser);
      const asked: string[] = [];
      page.on("request", (request) => asked.push(new URL(request.url()).pathname));
      await signIn(page, hub, await hub.token(role, `E2E ${role}`));
      expect(await page.locator("#nav-overview").count()).toBe(1);
      expect(await page.locator("#nav-admin").count()).toBe(0);
      for (const hash of ["#/admin/keys", "#/admin/audit", "#/admin/digest"]) {
        await visit(page, hub, hash, "#admin-only");
        expect(await text(page, "#admin-only [role=alert]")).toBe(azLabels["admin.onlyAdmins"]);
        expect(await page.locator("#key-form, #audit-log, #recipient-form").count()).toBe(0);
      }
      await checkPage(page, `admin-refused-${role}`);
      expect(asked.filter((pathname) => pathname.startsWith("/admin") || pathname === "/audit")).toEqual([]);
      // The routes refuse them too.
      const headers = { authorization: `Bearer ${await hub.token(role)}` };
      for (const route of ["/admin/api-keys", "/audit", "/admin/digest-recipients"]) expect((await api("GET", route, undefined, headers)).status).toBe(403);
      await page.close();
    }
  });

  it("shows a partner key the overview's figures through registered operations only, and no staff page", async () => {
    // Five real requests of last year under one agreement: enough for a figure a partner may see (k = 5).
    for (let i = 1; i <= 5; i++) await createRequest(`E2E-PARTNER-${i}`, { openedOn: `${lastYear}-03-0${i}` });
    const registered = new Set(
      readdirSync(partnerOperationsDir())
        .filter((file) => file.endsWith(".graphql"))
        .map((file) => print(parse(readFileSync(path.join(partnerOperationsDir(), file), "utf8")))),
    );
    const key = await hub.partnerKey("IOM");
    const page = await newTab(browser);
    const sent: Request[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin === hub.gatewayOrigin && request.resourceType() === "fetch") sent.push(request);
    });
    await signIn(page, hub, key);
    await page.locator("main p.muted[role=status]").waitFor({ state: "detached" });

    // The figures are the registered operation's, as the API gives them to this key.
    const answer = await hub.registered<{ cooperationRanking: { agreementId: string; cooperation: { requestsIn: number | null } }[] }>(
      "PartnerOverview",
      { period: { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` } },
      { "x-api-key": key },
    );
    const ranking = answer.body.data!.cooperationRanking;
    expect(ranking.find((row) => row.agreementId === "az-tr-cooperation")?.cooperation.requestsIn).toBe(5);
    expect(await page.locator("#ranking tbody tr").count()).toBe(ranking.length);
    const shown = await page.locator("#ranking tbody tr", { has: page.locator('a[href="#/agreements/az-tr-cooperation"]') }).locator("td").allTextContents();
    expect(shown[3]).toBe("5");
    expect(await page.locator("#overdue").count()).toBe(0);
    await checkPage(page, "partner-overview");

    // Only the partner pages in the menu (test/e2e/console-partner.test.ts browses them); every staff address
    // says why and sends nothing.
    expect(await page.locator("#nav a").evaluateAll((links) => links.map((link) => link.id))).toEqual(["nav-overview", "nav-agreements", "nav-legal-acts", "nav-recommendations", "nav-indicators", "nav-statistics"]);
    const before = sent.length;
    for (const hash of ["#/agreements/new", "#/mla", "#/cases", "#/report?year=2024", "#/import", "#/admin/keys", "#/admin/audit"]) {
      await visit(page, hub, hash, "#partner-refused");
      expect(await text(page, "#partner-refused [role=alert]")).toBe(azLabels["admin.partner.message"]);
    }
    await checkPage(page, "partner-refused");
    expect(sent.length).toBe(before);

    // Everything the console sent was a registered document, and nothing went to a REST route.
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(new URL(request.url()).pathname).toBe("/graphql");
      const body = request.postDataJSON() as { query: string };
      expect(registered.has(print(parse(body.query)))).toBe(true);
    }
    await page.close();
  });
});

import { issueStaffToken } from "#shared/auth/staff-token";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

interface Entry {
  id: number;
  actorKind: string;
  actorSubject: string;
  actorName: string;
  operationType: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  outcome: string | null;
  errorCodes: string[];
}

async function audit(query = ""): Promise<{ status: number; entries: Entry[]; nextBefore: number | null; total: number; body: Record<string, unknown> }> {
  const response = await fetch(`${hub.gatewayOrigin}/audit${query}`, { headers: { authorization: `Bearer ${await hub.token("admin")}` } });
  const body = (await response.json()) as { entries: Entry[]; nextBefore: number | null; total: number };
  return { status: response.status, entries: body.entries, nextBefore: body.nextBefore, total: body.total, body };
}

const entryNamed = async (name: string) => (await audit(`?operation=${name}`)).entries[0];
const officer = { role: "officer" as const };

describe("the audit log", () => {
  it("redacts free text by what the schema says it feeds, not by the variable's name", async () => {
    const { body } = await hub.query(
      `mutation NewCase($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      { input: { reference: "AUDIT-1", articles: ["144-1"], openedOn: "2024-02-01", victimDetails: "Jane Doe, born 1990", internalNotes: "secret" } },
      officer,
    );
    expect(body.errors).toBeUndefined();
    const sneaky = await hub.query(
      `mutation Sneaky($x: String, $ref: String!) { createCase(input: { reference: $ref, articles: ["144-2"], victimDetails: $x }) { id } }`,
      { x: "Jane Doe, born 1990", ref: "AUDIT-2" },
      officer,
    );
    expect(sneaky.body.errors).toBeUndefined();
    const partnerVisible = await hub.query(
      `mutation Retitle($t: String) { updateAgreement(id: "echr-1950", expectedVersion: 1, input: { titleEn: $t }) { id } }`,
      { t: "European Convention on Human Rights" },
      { role: "admin" },
    );
    expect(partnerVisible.body.errors).toBeUndefined();
    const text = JSON.stringify((await audit("?limit=1000")).entries);
    expect(text).not.toContain("Jane Doe");
    expect(text).not.toContain("secret");
    expect((await entryNamed("NewCase")).variables).toEqual({
      input: { reference: "[redacted]", articles: ["[redacted]"], openedOn: "2024-02-01", victimDetails: "[redacted]", internalNotes: "[redacted]" },
    });
    expect((await entryNamed("Sneaky")).variables).toEqual({ x: "[redacted]", ref: "[redacted]" });
    // A value that feeds a partner-visible field is not confidential: kept as sent.
    expect((await entryNamed("Retitle")).variables).toEqual({ t: "European Convention on Human Rights" });
  });

  it("has a row for a mutation sent with odd variables (NUL bytes in unused ones), and stores no unused variable", async () => {
    const { status, body } = await hub.query(
      `mutation Odd($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      { input: { reference: "AUDIT-NUL", articles: ["144-1"] }, extra: "a\u0000b", "\u0000": "\ud800" },
      officer,
    );
    expect([status, body.errors]).toEqual([200, undefined]);
    const entry = await entryNamed("Odd");
    expect(entry).toMatchObject({ operationType: "mutation", outcome: "OK" });
    expect(Object.keys(entry.variables)).toEqual(["input"]);
    // A declared variable the operation never uses fails validation: refused, and recorded as refused.
    const declared = await hub.query(
      `mutation OddDeclared($input: CreateCaseInput!, $unused: String) { createCase(input: $input) { id } }`,
      { input: { reference: "AUDIT-NUL-2", articles: ["144-1"] }, unused: "a\u0000b" },
      officer,
    );
    expect(declared.status).toBe(400);
    expect(await entryNamed("OddDeclared")).toMatchObject({ outcome: "ERROR", errorCodes: ["GRAPHQL_VALIDATION_FAILED"] });
    expect(JSON.stringify(await entryNamed("OddDeclared"))).not.toContain("unused");
  });

  it("refuses a NUL byte in a value the operation uses, naming the field, and records the refusal", async () => {
    const { status, body } = await hub.query(
      `mutation NulCase($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      { input: { reference: "AUDIT\u0000X", articles: ["144-1"] } },
      officer,
    );
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reference" });
    expect(await entryNamed("NulCase")).toMatchObject({ outcome: "ERROR", errorCodes: ["BAD_USER_INPUT"] });
    expect((await hub.pool.query(`SELECT count(*)::int AS n FROM mla.criminal_case WHERE reference LIKE 'AUDIT%X'`)).rows[0].n).toBe(0);
  });

  it("writes the row before the mutation runs: when the row cannot be written, nothing is done", async () => {
    // Only rows of this one operation are refused by the database.
    await hub.pool.query(`ALTER TABLE gateway.audit_log ADD CONSTRAINT test_refuse CHECK (operation_name IS DISTINCT FROM 'Blocked') NOT VALID`);
    try {
      const { status, body } = await hub.query(`mutation Blocked { createCase(input: { reference: "AUDIT-BLOCKED", articles: ["144-1"] }) { id } }`, undefined, officer);
      expect(status).toBe(503);
      expect(body.errors?.[0].extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect((await hub.pool.query(`SELECT count(*)::int AS n FROM mla.criminal_case WHERE reference = 'AUDIT-BLOCKED'`)).rows[0].n).toBe(0);
    } finally {
      await hub.pool.query(`ALTER TABLE gateway.audit_log DROP CONSTRAINT test_refuse`);
    }
  });

  it("names the actor by the token's subject and name", async () => {
    const token = await issueStaffToken(hub.staffTokenSecret, { name: "Əli Həsənov", role: "officer" });
    await hub.query(`mutation Who { createCase(input: { reference: "AUDIT-WHO", articles: ["144-1"] }) { id } }`, undefined, { headers: { authorization: `Bearer ${token}` } });
    expect(await entryNamed("Who")).toMatchObject({ actorKind: "staff", actorSubject: "staff:eli-hesenov", actorName: "Əli Həsənov" });
  });

  it("is append-only, outcomes included", async () => {
    await expect(hub.pool.query(`DELETE FROM gateway.audit_log`)).rejects.toThrow(/append-only/);
    await expect(hub.pool.query(`UPDATE gateway.audit_outcome SET outcome = 'OK'`)).rejects.toThrow(/append-only/);
  });
});

describe("GET /audit", () => {
  it("is for admins only", async () => {
    expect((await fetch(`${hub.gatewayOrigin}/audit`)).status).toBe(401);
    expect((await fetch(`${hub.gatewayOrigin}/audit`, { headers: { authorization: `Bearer ${await hub.token("officer")}` } })).status).toBe(403);
    expect((await fetch(`${hub.gatewayOrigin}/audit`, { headers: { "x-api-key": await hub.partnerKey() } })).status).toBe(403);
  });

  it("filters by actor (subject or part of the name), operation and time, and pages with before", async () => {
    const token = await issueStaffToken(hub.staffTokenSecret, { name: "Filter Person", role: "officer" });
    for (const reference of ["AUDIT-F1", "AUDIT-F2", "AUDIT-F3"]) {
      await hub.query(`mutation Filtered($r: String!) { createCase(input: { reference: $r, articles: ["144-1"] }) { id } }`, { r: reference }, { headers: { authorization: `Bearer ${token}` } });
    }
    expect((await audit("?actor=staff:filter-person")).entries.map((e) => e.operationName)).toEqual(["Filtered", "Filtered", "Filtered"]);
    expect((await audit("?actor=filter pers")).entries).toHaveLength(3);
    expect((await audit("?operation=Filtered&limit=2")).entries).toHaveLength(2);
    const first = await audit("?operation=Filtered&limit=2");
    const second = await audit(`?operation=Filtered&limit=2&before=${first.nextBefore}`);
    expect(second.entries).toHaveLength(1);
    expect(second.nextBefore).toBeNull();
    expect(second.entries[0].id).toBeLessThan(first.entries[1].id);
    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(`?operation=Filtered&from=${today}&to=${today}`)).entries).toHaveLength(3);
    expect((await audit(`?operation=Filtered&to=2000-01-01`)).entries).toHaveLength(0);
  });

  it("gives the total its filters match, the same on every page, as a plain COUNT says", async () => {
    for (const [name, references] of [["Total Person", ["AUDIT-T1", "AUDIT-T2", "AUDIT-T3"]], ["Other Total", ["AUDIT-T4"]]] as const) {
      const token = await issueStaffToken(hub.staffTokenSecret, { name, role: "officer" });
      for (const reference of references) {
        await hub.query(`mutation Totalled($r: String!) { createCase(input: { reference: $r, articles: ["144-1"] }) { id } }`, { r: reference }, { headers: { authorization: `Bearer ${token}` } });
      }
    }
    const count = async (where: string, params: unknown[] = []) => Number((await hub.pool.query(`SELECT count(*) AS n FROM gateway.audit_log WHERE ${where}`, params)).rows[0].n);
    const first = await audit("?operation=Totalled&limit=2");
    expect(first.total).toBe(4);
    expect(first.total).toBe(await count(`operation_name = 'Totalled'`));
    expect((await audit(`?operation=Totalled&limit=2&before=${first.nextBefore}`)).total).toBe(4);
    expect((await audit("?operation=Totalled&actor=total pers")).total).toBe(await count(`operation_name = 'Totalled' AND actor_name ILIKE '%total pers%'`));
    expect((await audit("?operation=Totalled&actor=total pers")).total).toBe(3);
    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(`?from=${today}`)).total).toBe(await count(`at >= $1::date`, [today]));
    expect((await audit("?operation=Totalled&to=2000-01-01")).total).toBe(0);
    expect((await audit()).total).toBe(await count("true"));
  });

  it("counts part of an actor's name with an index, not by reading the whole log", async () => {
    const client = await hub.pool.connect();
    try {
      await client.query("BEGIN");
      // With sequential scans priced out, the plan shows which index can answer the filter at all.
      await client.query("SET LOCAL enable_seqscan = off");
      const { rows } = await client.query(`EXPLAIN SELECT count(*) FROM gateway.audit_log l WHERE (l.actor_subject = $1 OR l.actor_name ILIKE '%' || $1 || '%')`, ["total pers"]);
      expect(rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")).toMatch(/audit_log_actor_name_trgm_idx/);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });

  it("refuses malformed filters with 400 naming the parameter", async () => {
    for (const query of ["?limit=0", "?limit=abc", "?before=-1", "?from=2024-13-45", "?from=0000-01-01", "?to=yesterday", `?actor=${"x".repeat(300)}`]) {
      const { status, body } = await audit(query);
      expect([query, status]).toEqual([query, 400]);
      expect(body).toMatchObject({ error: "BAD_REQUEST" });
    }
  });
});

describe("partner keys over HTTP (admins)", () => {
  const admin = async () => ({ authorization: `Bearer ${await hub.token("admin", "Key Admin")}` });
  const json = { "content-type": "application/json" };

  it("creates a key (shown once), lists it without the key, revokes it; each change audited", async () => {
    const created = await fetch(`${hub.gatewayOrigin}/admin/api-keys`, {
      method: "POST",
      headers: { ...json, ...(await admin()) },
      body: JSON.stringify({ organization: "OSCE", name: "OSCE Vienna", expiresInDays: 30 }),
    });
    expect(created.status).toBe(201);
    const { key, id } = (await created.json()) as { key: string; id: string };
    expect(key).toMatch(/^hubk_/);
    expect((await hub.registered("Indicators", {}, { "x-api-key": key })).status).toBe(200);
    const listed = await fetch(`${hub.gatewayOrigin}/admin/api-keys`, { headers: await admin() });
    const text = await listed.text();
    expect(text).toContain(id);
    expect(text).not.toContain(key);
    const revoked = await fetch(`${hub.gatewayOrigin}/admin/api-keys/${id}/revoke`, { method: "POST", headers: { ...json, ...(await admin()) }, body: "{}" });
    expect(revoked.status).toBe(200);
    expect((await hub.registered("Indicators", {}, { "x-api-key": key })).status).toBe(401);
    const again = await fetch(`${hub.gatewayOrigin}/admin/api-keys/${id}/revoke`, { method: "POST", headers: { ...json, ...(await admin()) }, body: "{}" });
    expect(again.status).toBe(404);
    expect(await entryNamed("createApiKey")).toMatchObject({ operationType: "admin", actorName: "Key Admin", outcome: "OK", variables: { organization: "OSCE", name: "OSCE Vienna", expiresInDays: 30 } });
    expect(await entryNamed("revokeApiKey")).toMatchObject({ outcome: "OK", variables: { id } });
  });

  it("refuses non-admins, form or text bodies (CSRF) and bad input", async () => {
    const body = JSON.stringify({ organization: "IOM", name: "x" });
    const post = (headers: Record<string, string>, payload = body) => fetch(`${hub.gatewayOrigin}/admin/api-keys`, { method: "POST", headers, body: payload });
    expect((await post(json)).status).toBe(401);
    expect((await post({ ...json, authorization: `Bearer ${await hub.token("officer")}` })).status).toBe(403);
    expect((await post({ "content-type": "text/plain", ...(await admin()) })).status).toBe(415);
    expect((await post({ "content-type": "application/x-www-form-urlencoded", ...(await admin()) }, "organization=IOM&name=x")).status).toBe(415);
    for (const bad of [{ name: "x" }, { organization: "IOM", name: "" }, { organization: "I\u0000OM", name: "x" }, { organization: "IOM", name: "x", expiresInDays: 0 }, { organization: "IOM", name: "x", expiresInDays: 1.5 }]) {
      expect((await post({ ...json, ...(await admin()) }, JSON.stringify(bad))).status).toBe(400);
    }
    expect((await fetch(`${hub.gatewayOrigin}/admin/api-keys/not-a-uuid/revoke`, { method: "POST", headers: { ...json, ...(await admin()) }, body: "{}" })).status).toBe(404);
  });
});
